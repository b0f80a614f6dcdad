import type { TaskPayload } from '@fg/delegate-protocol';

export const TASK_TYPES = ['SHELL_SCRIPT', 'HTTP', 'NOOP'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const TASK_STATUSES = ['QUEUED', 'ACQUIRED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'EXPIRED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Statuses in which a delegate holds the task's lease. */
export const LEASED_STATUSES = ['ACQUIRED', 'RUNNING'] as const satisfies readonly TaskStatus[];
export const FINAL_STATUSES = ['SUCCEEDED', 'FAILED', 'EXPIRED'] as const satisfies readonly TaskStatus[];

export {
  HTTP_METHODS,
  type HttpMethod,
  type HttpPayloadV1,
  type NoopPayloadV1,
  type ShellScriptPayloadV1,
  type TaskPayload,
} from '@fg/delegate-protocol';

export interface TaskResult {
  exitCode?: number;
  output?: string;
  httpStatus?: number;
  error?: string;
}

export interface DelegateTask {
  id: string;
  accountId: string;
  type: TaskType;
  payload: TaskPayload;
  /** Tags a delegate must all have to be offered the task. */
  selectors: string[];
  /** How long the task may stay QUEUED before it becomes EXPIRED. */
  timeoutMs: number;
  /** How long an acquisition lasts without renewal before the task is offered again. */
  leaseMs: number;
  status: TaskStatus;
  /** Acquisitions so far; more than one means a delegate lost its lease. */
  attempts: number;
  delegateId: string | null;
  leaseUntil: Date | null;
  result: TaskResult | null;
  /** Why the platform (not a delegate) ended the task, e.g. for EXPIRED. */
  reason: string | null;
  createdAt: Date;
  /** When a QUEUED task expires. */
  queuedUntil: Date;
  acquiredAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export interface EnqueueTaskInput {
  type: TaskType;
  payload: TaskPayload;
  selectors?: string[];
  timeoutMs: number;
  leaseMs: number;
}

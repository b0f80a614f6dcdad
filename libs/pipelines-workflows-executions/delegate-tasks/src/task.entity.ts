import type { RefusalReason, TaskPayload, TaskResult, TaskType } from '@fg/delegate-protocol';

export { TASK_TYPES, HTTP_METHODS, type TaskType, type HttpMethod, type TaskPayload, type TaskResult } from '@fg/delegate-protocol';
export type { HttpPayloadV1, HttpPayloadV2, NoopPayloadV1, ShellScriptPayloadV1 } from '@fg/delegate-protocol';

export const TASK_STATUSES = ['QUEUED', 'ACQUIRED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'EXPIRED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Statuses in which a delegate holds the task's lease. */
export const LEASED_STATUSES = ['ACQUIRED', 'RUNNING'] as const satisfies readonly TaskStatus[];
export const FINAL_STATUSES = ['SUCCEEDED', 'FAILED', 'EXPIRED'] as const satisfies readonly TaskStatus[];

/** Who holds a task, and until when unless renewed. Kept after the task finishes, as a record of its last holder. */
export interface TaskLease {
  delegateId: string;
  /** Proves the holder: every start, renewal and report names it. A new acquisition gets a new one. */
  token: string;
  until: Date;
}

/**
 * What a task runs for: the application and environment that decide which secrets it may use, and the execution
 * (with its step) that waits for it. Null for a task queued on its own (createDelegateTask without them).
 */
export interface TaskContext {
  applicationId: string | null;
  environmentId: string | null;
  /** That environment's type, for secrets scoped to production or non-production environments. */
  environmentType: 'PROD' | 'NON_PROD' | null;
  executionId: string | null;
  /** The step of that execution, as the engine names it. */
  stepId: string | null;
}

export interface DelegateTask {
  id: string;
  accountId: string;
  type: TaskType;
  payload: TaskPayload;
  context: TaskContext | null;
  /** Tags a delegate must all have to be offered the task. */
  selectors: string[];
  /** How long the task may stay QUEUED before it becomes EXPIRED. */
  timeoutMs: number;
  /** How long an acquisition lasts without renewal before the task is offered again. */
  leaseMs: number;
  status: TaskStatus;
  /** Acquisitions so far; more than one means a delegate lost its lease. */
  attempts: number;
  /** The delegate holding the task, or the one that last held it. */
  delegateId: string | null;
  /** Until when the current lease holds (null unless ACQUIRED or RUNNING). */
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
  context?: TaskContext | null;
}

/** A task that reached a final status, as TaskQueueOptions.onTaskEnded hears of it. */
export interface EndedTask {
  id: string;
  accountId: string;
  status: 'SUCCEEDED' | 'FAILED' | 'EXPIRED';
  context: TaskContext | null;
}

export type { RefusalReason };

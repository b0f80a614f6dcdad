import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';
import type { TaskTraceContext } from '@fg/tracing';
import { TASK_STATUSES, TASK_TYPES, type TaskContext, type TaskLease, type TaskPayload, type TaskResult, type TaskStatus, type TaskType } from './task.entity';

/**
 * One document per task: its definition (never changed once stored) and its state. Every change of state is a
 * compare-and-set update whose filter names the state it leaves (status, attempt, and for a held task its lease
 * token), so of two racing writers exactly one wins and the other learns it lost.
 */
export interface TaskDoc extends AccountOwned {
  type: TaskType;
  payload: TaskPayload;
  context: TaskContext | null;
  /** The trace of the request that enqueued the task (W3C trace context), when tracing was on; else null. */
  trace: TaskTraceContext | null;
  selectors: string[];
  /** The selectors' canonical name: the queue the task is delivered through. */
  selectorSet: string;
  timeoutMs: number;
  leaseMs: number;
  status: TaskStatus;
  /** Acquisitions so far. A queued task's delivery is for this attempt: a stale delivery names an older one. */
  attempt: number;
  lease: TaskLease | null;
  result: TaskResult | null;
  reason: string | null;
  /** The batch call that finished the task: tells a batch which of its writes were the ones that counted. */
  finishedBy: string | null;
  createdAt: Date;
  queuedUntil: Date;
  acquiredAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export const TASK_COLLECTION = 'delegate_tasks';

const leaseSchema = new Schema<TaskLease>(
  { delegateId: { type: String, required: true }, token: { type: String, required: true }, until: { type: Date, required: true } },
  { _id: false },
);

export const taskSchema = new Schema<TaskDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    type: { type: String, enum: TASK_TYPES, required: true },
    payload: { type: Schema.Types.Mixed, required: true },
    context: { type: Schema.Types.Mixed, default: null },
    trace: { type: Schema.Types.Mixed, default: null },
    selectors: { type: [String], default: [] },
    selectorSet: { type: String, required: true },
    timeoutMs: { type: Number, required: true },
    leaseMs: { type: Number, required: true },
    status: { type: String, enum: TASK_STATUSES, required: true },
    attempt: { type: Number, required: true },
    lease: { type: leaseSchema, default: null },
    result: { type: Schema.Types.Mixed, default: null },
    reason: { type: String, default: null },
    finishedBy: { type: String, default: null },
    createdAt: { type: Date, required: true },
    queuedUntil: { type: Date, required: true },
    acquiredAt: { type: Date, default: null },
    startedAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
  },
  { collection: TASK_COLLECTION, versionKey: false, minimize: false },
);

// delegateTasks(status:) lists an account's tasks by status, oldest first; delegateTask counts the queued ones ahead.
taskSchema.index({ accountId: 1, status: 1, createdAt: 1 });
// The expiry sweep: queued tasks whose queuedUntil has passed, in every account.
taskSchema.index({ status: 1, queuedUntil: 1 });
// The lease sweep: held tasks whose lease ran out, in every account.
taskSchema.index({ status: 1, 'lease.until': 1 });

import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';
import { TASK_TYPES, type TaskPayload, type TaskType } from './task.entity';

/**
 * A task's definition, written once at enqueue and never changed. What happens to the task is kept beside it, in
 * documents that are only ever inserted (or, rarely, replaced) under the task's own id: its current lease
 * (task-lease.schema) and its outcome (task-outcome.schema). FerretDB 1.24 makes every update a read and a rewrite of
 * the whole document and applies no conditional update atomically, while batched inserts are cheap and a unique _id
 * is atomic on every store; so acquiring and reporting tasks in batches costs a few inserts, not one update per task.
 */
export interface TaskDoc extends AccountOwned {
  type: TaskType;
  payload: TaskPayload;
  selectors: string[];
  timeoutMs: number;
  leaseMs: number;
  createdAt: Date;
  queuedUntil: Date;
}

export const TASK_COLLECTION = 'delegate_tasks';

export const taskSchema = new Schema<TaskDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    type: { type: String, enum: TASK_TYPES, required: true },
    payload: { type: Schema.Types.Mixed, required: true },
    selectors: { type: [String], default: [] },
    timeoutMs: { type: Number, required: true },
    leaseMs: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    queuedUntil: { type: Date, required: true },
  },
  // Stored payloads are versioned by hand; mongoose's own version key would only add a second, unused counter.
  { collection: TASK_COLLECTION, versionKey: false, minimize: false },
);
// Read only by bare _id (the account is checked on the result): no other index.

import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';
import { TASK_STATUSES, TASK_TYPES, type TaskPayload, type TaskResult, type TaskStatus, type TaskType } from './task.entity';

export interface TaskDoc extends AccountOwned {
  type: TaskType;
  payload: TaskPayload;
  selectors: string[];
  timeoutMs: number;
  leaseMs: number;
  status: TaskStatus;
  attempts: number;
  /** Number of state changes so far; the next one must win transition `${_id}:${seq + 1}` first. */
  seq: number;
  delegateId?: string | null;
  /** The BullMQ lock token of the current acquisition, so that any platform process can renew or finish the job. */
  leaseToken?: string | null;
  leaseUntil?: Date | null;
  result?: TaskResult | null;
  reason?: string | null;
  createdAt: Date;
  queuedUntil: Date;
  acquiredAt?: Date | null;
  startedAt?: Date | null;
  finishedAt?: Date | null;
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
    status: { type: String, enum: TASK_STATUSES, required: true },
    attempts: { type: Number, required: true, default: 0 },
    seq: { type: Number, required: true, default: 0 },
    delegateId: { type: String, default: null },
    leaseToken: { type: String, default: null },
    leaseUntil: { type: Date, default: null },
    result: { type: Schema.Types.Mixed, default: null },
    reason: { type: String, default: null },
    createdAt: { type: Date, required: true },
    queuedUntil: { type: Date, required: true },
    acquiredAt: { type: Date, default: null },
    startedAt: { type: Date, default: null },
    finishedAt: { type: Date, default: null },
  },
  // Stored payloads are versioned by hand; mongoose's own version key would only add a second, unused counter.
  { collection: TASK_COLLECTION, versionKey: false, minimize: false },
);

// getTask reads by bare _id and every transition writes by {_id, accountId}: the _id index serves them.
// expireOverdue: {status: 'QUEUED', queuedUntil: {$lte: now}}, across accounts. (FerretDB 1.24 has no TTL indexes,
// and a TTL index would delete the task rather than record that it expired.)
taskSchema.index({ status: 1, queuedUntil: 1 });

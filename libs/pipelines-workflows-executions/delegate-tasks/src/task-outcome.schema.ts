import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';
import type { TaskResult } from './task.entity';

export const OUTCOME_STATUSES = ['SUCCEEDED', 'FAILED', 'EXPIRED'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

/**
 * How a task ended (_id: the task's id). Only ever inserted: the unique _id is what records a result exactly once,
 * atomically on MongoDB and FerretDB alike, whoever races (duplicate reports, a late delegate, the expiry sweep).
 */
export interface TaskOutcomeDoc extends AccountOwned {
  status: OutcomeStatus;
  /** The delegate that reported it; null when the platform ended the task. */
  delegateId: string | null;
  result: TaskResult | null;
  /** Why the platform ended the task (EXPIRED, or FAILED after lapsed leases); absent for a delegate's report. */
  reason?: string | null;
  finishedAt: Date;
}

export const TASK_OUTCOME_COLLECTION = 'delegate_task_outcomes';

export const taskOutcomeSchema = new Schema<TaskOutcomeDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    status: { type: String, enum: OUTCOME_STATUSES, required: true },
    delegateId: { type: String, default: null },
    result: { type: Schema.Types.Mixed, default: null },
    reason: { type: String, default: null },
    finishedAt: { type: Date, required: true },
  },
  { collection: TASK_OUTCOME_COLLECTION, versionKey: false, minimize: false },
);
// Read and written only by bare _id.

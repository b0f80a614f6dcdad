import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';

/**
 * What a delegate said about a task it holds (_id: the task's id): that it started it, and the lease renewals.
 * Written only by those calls, never on the acquire path; it applies to the acquisition it names only.
 */
export interface TaskLeaseDoc extends AccountOwned {
  acquisitionId: string;
  leaseUntil: Date;
  startedAt: Date | null;
}

export const TASK_LEASE_COLLECTION = 'delegate_task_leases';

export const taskLeaseSchema = new Schema<TaskLeaseDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    acquisitionId: { type: String, required: true },
    leaseUntil: { type: Date, required: true },
    startedAt: { type: Date, default: null },
  },
  { collection: TASK_LEASE_COLLECTION, versionKey: false, minimize: false },
);
// Read and written only by bare _id.

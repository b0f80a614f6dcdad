import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';

/**
 * The current acquisition of a task (_id: the task's id). Inserted when a task is first acquired, replaced when a
 * lapsed task is acquired again. BullMQ's job lock is what makes a lease exclusive; this is its durable record.
 */
export interface TaskLeaseDoc extends AccountOwned {
  delegateId: string;
  /** The BullMQ lock token of this acquisition; any platform process can renew or finish the job with it. */
  token: string;
  /** 1 for the first acquisition; one more each time a lease lapsed. */
  attempt: number;
  acquiredAt: Date;
  leaseUntil: Date;
  startedAt: Date | null;
}

export const TASK_LEASE_COLLECTION = 'delegate_task_leases';

export const taskLeaseSchema = new Schema<TaskLeaseDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    delegateId: { type: String, required: true },
    token: { type: String, required: true },
    attempt: { type: Number, required: true },
    acquiredAt: { type: Date, required: true },
    leaseUntil: { type: Date, required: true },
    startedAt: { type: Date, default: null },
  },
  { collection: TASK_LEASE_COLLECTION, versionKey: false, minimize: false },
);
// Read and written only by bare _id.

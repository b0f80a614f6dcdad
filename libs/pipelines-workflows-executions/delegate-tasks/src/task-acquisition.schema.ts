import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';

/**
 * One acquire call's hand-out from one queue: the tasks a delegate acquired together, in one document. Acquiring a
 * hundred tasks is one insert, not a hundred. BullMQ's job lock is what makes each lease exclusive; this is its
 * durable record. A task acquired again after its lease lapsed appears in a later acquisition.
 */
export interface TaskAcquisitionDoc extends AccountOwned {
  delegateId: string;
  selectorSet: string;
  /** The BullMQ lock token of every job of this acquisition; any platform process can renew or finish them with it. */
  token: string;
  acquiredAt: Date;
  taskIds: string[];
  /** Per task, in taskIds order: 1 for its first acquisition, one more each time a lease of it lapsed. */
  attempts: number[];
}

export const TASK_ACQUISITION_COLLECTION = 'delegate_task_acquisitions';

export const taskAcquisitionSchema = new Schema<TaskAcquisitionDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    delegateId: { type: String, required: true },
    selectorSet: { type: String, required: true },
    token: { type: String, required: true },
    acquiredAt: { type: Date, required: true },
    taskIds: { type: [String], required: true },
    attempts: { type: [Number], required: true },
  },
  { collection: TASK_ACQUISITION_COLLECTION, versionKey: false, minimize: false },
);

// The latest acquisition of a task (its current lease) when the caller has no lease token naming it.
taskAcquisitionSchema.index({ accountId: 1, taskIds: 1, acquiredAt: -1 });

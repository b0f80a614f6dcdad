import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';

/**
 * One state change of a task, at its sequence number. FerretDB 1.24 applies a conditional update as read, then write
 * of the whole document, so two "status = QUEUED" updates can both succeed and one can undo the other. Only a unique
 * key is atomic there: a writer first inserts the transition `${taskId}:${seq}`, and only the insert that wins may
 * write the task. The collection doubles as the task's audit trail.
 */
export interface TaskTransitionDoc extends AccountOwned {
  taskId: string;
  seq: number;
  /** The fields the winner writes, so that a writer that died after winning can be completed by the next one. */
  set: Record<string, unknown>;
  at: Date;
}

export const TASK_TRANSITION_COLLECTION = 'delegate_task_transitions';

export const taskTransitionSchema = new Schema<TaskTransitionDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    taskId: { type: String, required: true },
    seq: { type: Number, required: true },
    set: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
  },
  { collection: TASK_TRANSITION_COLLECTION, versionKey: false, minimize: false },
);
// Only looked up by _id (`${taskId}:${seq}`), whose uniqueness is the lock.

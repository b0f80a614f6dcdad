import type { Connection, Model } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError } from '@fg/tenancy';
import { taskTransitionSchema, type TaskTransitionDoc } from './task-transition.schema';

const MODEL_NAME = 'DelegateTaskTransition';

export class TaskTransitionRepository extends AccountScopedRepository<TaskTransitionDoc, TaskTransitionDoc> {
  constructor(connection: Connection) {
    super(
      (connection.models[MODEL_NAME] ?? connection.model<TaskTransitionDoc>(MODEL_NAME, taskTransitionSchema)) as Model<TaskTransitionDoc>,
    );
  }

  protected toEntity(doc: TaskTransitionDoc): TaskTransitionDoc {
    return doc;
  }

  /** True if this call took the sequence number; false if another writer already has it. */
  async take(accountId: string, taskId: string, seq: number, set: Record<string, unknown>, at: Date): Promise<boolean> {
    try {
      await this.insert(accountId, { _id: `${taskId}:${seq}`, taskId, seq, set, at });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  get(accountId: string, taskId: string, seq: number): Promise<TaskTransitionDoc | null> {
    return this.findOne(accountId, { _id: `${taskId}:${seq}` });
  }
}

import type { Connection } from 'mongoose';
import { AccountScopedRepository } from '@fg/tenancy';
import { mutationRecordSchema, type MutationRecordDoc } from './mutation-record.schema';

export type MutationRecord = Omit<MutationRecordDoc, 'accountId'> & { accountId: string };

/** The ledger's store: inserts take the lock (the unique _id), compare-and-set updates finish or release it. */
export class MutationRecordRepository extends AccountScopedRepository<MutationRecordDoc, MutationRecord> {
  constructor(connection: Connection) {
    super(connection.model<MutationRecordDoc>('IdempotentMutation', mutationRecordSchema));
  }

  protected toEntity(doc: MutationRecordDoc): MutationRecord {
    return doc;
  }

  /** Claims the key; a duplicate-key error means someone holds (or held) it. */
  claim(accountId: string, record: Omit<MutationRecordDoc, 'accountId'>): Promise<MutationRecord> {
    return this.insert(accountId, record);
  }

  find(accountId: string, id: string): Promise<MutationRecord | null> {
    return this.findOne(accountId, { _id: id });
  }

  /** Records the answer, only if this claim still holds the lock. */
  complete(accountId: string, id: string, lockedUntil: Date, result: string): Promise<MutationRecord | null> {
    return this.updateOne(accountId, { _id: id, status: 'RUNNING', lockedUntil }, { $set: { status: 'DONE', result } });
  }

  /** Removes a record exactly as it was read (a failed run, an expired record, a dead holder's lock). */
  removeIfUnchanged(accountId: string, record: Pick<MutationRecord, '_id' | 'status' | 'lockedUntil'>): Promise<boolean> {
    return this.deleteOne(accountId, { _id: record._id, status: record.status, lockedUntil: record.lockedUntil });
  }
}

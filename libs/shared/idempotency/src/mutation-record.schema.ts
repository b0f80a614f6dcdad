import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';

export type MutationRecordStatus = 'RUNNING' | 'DONE';

/** One mutation a client sent with a clientMutationId: who sent it, the input it ran with, and the answer it got. */
export interface MutationRecordDoc extends AccountOwned {
  /** Hash of (account, principal, mutation name, clientMutationId): the record's identity and its lock. */
  _id: string;
  mutation: string;
  clientMutationId: string;
  /** Hash of the mutation's arguments: a retry must send the same input. */
  inputHash: string;
  status: MutationRecordStatus;
  /** The answer as JSON, replayed to every retry. */
  result?: string;
  /** While RUNNING: after this the process that runs it is presumed dead and another may take over. */
  lockedUntil: Date;
  createdAt: Date;
  expiresAt: Date;
}

export const mutationRecordSchema = new Schema<MutationRecordDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    mutation: { type: String, required: true },
    clientMutationId: { type: String, required: true },
    inputHash: { type: String, required: true },
    status: { type: String, required: true, enum: ['RUNNING', 'DONE'] },
    result: { type: String },
    lockedUntil: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'idempotent_mutations', versionKey: false },
);
// Drops records once their retention ends (readers also ignore expired ones: the TTL monitor runs once a minute).
// Every other access is by _id.
mutationRecordSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

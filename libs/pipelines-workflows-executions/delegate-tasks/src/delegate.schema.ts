import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';

export interface DelegateDoc extends AccountOwned {
  name: string;
  tags: string[];
  version: string;
  lastHeartbeatAt: Date;
  createdAt: Date;
}

export const DELEGATE_COLLECTION = 'delegates';

export const delegateSchema = new Schema<DelegateDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    tags: { type: [String], default: [] },
    version: { type: String, required: true },
    lastHeartbeatAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: DELEGATE_COLLECTION, versionKey: false },
);

// registerDelegate finds a re-registering delegate by {accountId, name}; listDelegates sorts an account's by name.
delegateSchema.index({ accountId: 1, name: 1 }, { unique: true });

import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';
import { DELEGATE_STATUSES, DELEGATE_TYPES, type DelegateStatus, type DelegateType } from './delegate.entity';

export interface DelegateDoc extends AccountOwned {
  name: string;
  status: DelegateStatus;
  tags: string[];
  version: string;
  hostName: string | null;
  ip: string | null;
  delegateType: DelegateType | null;
  description: string | null;
  profileId: string | null;
  supportedTasks: string[];
  includeScopeIds: string[];
  excludeScopeIds: string[];
  lastHeartbeatAt: Date;
  createdAt: Date;
}

export const DELEGATE_COLLECTION = 'delegates';

export const delegateSchema = new Schema<DelegateDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    status: { type: String, enum: DELEGATE_STATUSES, required: true },
    tags: { type: [String], default: [] },
    version: { type: String, required: true },
    hostName: { type: String, default: null },
    ip: { type: String, default: null },
    delegateType: { type: String, enum: [...DELEGATE_TYPES, null], default: null },
    description: { type: String, default: null },
    profileId: { type: String, default: null },
    supportedTasks: { type: [String], default: [] },
    includeScopeIds: { type: [String], default: [] },
    excludeScopeIds: { type: [String], default: [] },
    lastHeartbeatAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: DELEGATE_COLLECTION, versionKey: false },
);

// registerDelegate finds a re-registering delegate by {accountId, name}; delegateList sorts an account's by name.
delegateSchema.index({ accountId: 1, name: 1 }, { unique: true });
// The delegate-count metric: delegates (not deleted) in every account, counted by last heartbeat.
delegateSchema.index({ lastHeartbeatAt: 1, status: 1 });

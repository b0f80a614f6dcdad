import { Schema } from 'mongoose';
import { newId, type AccountOwned } from '@fg/tenancy';
import type { EnvironmentType } from './environment.entity';

export interface EnvironmentDoc extends AccountOwned {
  appId: string;
  name: string;
  description: string | null;
  type: EnvironmentType;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const environmentSchema = new Schema<EnvironmentDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    appId: { type: String, required: true },
    name: { type: String, required: true, trim: true, maxlength: 256 },
    description: { type: String, default: null, maxlength: 4096 },
    type: { type: String, required: true, enum: ['PROD', 'NON_PROD'] },
    createdById: { type: String, default: null },
  },
  { collection: 'environments', timestamps: true, versionKey: false },
);

// Names are unique within an application (createEnvironment, updateEnvironment).
environmentSchema.index({ accountId: 1, appId: 1, name: 1 }, { unique: true });
// environments(limit, offset) and environments filtered by environment id: newest first within the account.
environmentSchema.index({ accountId: 1, createdAt: -1, _id: 1 });
// environments(filters: [{ application }]), Application.environments, the application-tag filter and the cascade.
environmentSchema.index({ accountId: 1, appId: 1, createdAt: -1, _id: 1 });
// environments(filters: [{ environmentType }]).
environmentSchema.index({ accountId: 1, type: 1, createdAt: -1, _id: 1 });

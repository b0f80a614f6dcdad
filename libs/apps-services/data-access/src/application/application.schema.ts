import { Schema } from 'mongoose';
import { newId, type AccountOwned } from '@fg/tenancy';
import type { GitSyncConfig } from './application.entity';

export interface ApplicationDoc extends AccountOwned {
  name: string;
  description: string | null;
  isManualTriggerAuthorized: boolean;
  areWebHookSecretsMandated: boolean;
  disableTriggers: boolean;
  createdById: string | null;
  gitSyncConfig: GitSyncConfig | null;
  createdAt: Date;
  updatedAt: Date;
}

export const applicationSchema = new Schema<ApplicationDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    name: { type: String, required: true, trim: true, maxlength: 256 },
    description: { type: String, default: null, maxlength: 4096 },
    isManualTriggerAuthorized: { type: Boolean, default: false },
    areWebHookSecretsMandated: { type: Boolean, default: false },
    disableTriggers: { type: Boolean, default: false },
    createdById: { type: String, default: null },
    gitSyncConfig: {
      type: new Schema<GitSyncConfig>(
        {
          gitConnectorId: { type: String, required: true },
          branch: { type: String, required: true, maxlength: 256 },
          repositoryName: { type: String, default: null, maxlength: 512 },
          syncEnabled: { type: Boolean, required: true },
        },
        { _id: false },
      ),
      default: null,
    },
  },
  { collection: 'applications', timestamps: true, versionKey: false },
);

// applicationByName, and the rule that names are unique within an account.
applicationSchema.index({ accountId: 1, name: 1 }, { unique: true });
// applications(limit, offset): newest first within the account. application(id) uses the _id index.
applicationSchema.index({ accountId: 1, createdAt: -1, _id: 1 });

import { Schema } from 'mongoose';
import { newId, type AccountOwned } from '@fg/tenancy';

export interface ServiceDoc extends AccountOwned {
  appId: string;
  name: string;
  description: string | null;
  artifactType: string | null;
  deploymentType: string | null;
  cfCliVersion: string | null;
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const serviceSchema = new Schema<ServiceDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    appId: { type: String, required: true },
    name: { type: String, required: true, trim: true, maxlength: 256 },
    description: { type: String, default: null, maxlength: 4096 },
    artifactType: { type: String, default: null },
    deploymentType: { type: String, default: null },
    cfCliVersion: { type: String, default: null },
    createdById: { type: String, default: null },
  },
  { collection: 'services', timestamps: true, versionKey: false },
);

// Names are unique within an application (createService, updateService).
serviceSchema.index({ accountId: 1, appId: 1, name: 1 }, { unique: true });
// services(limit, offset) and services filtered by service id: newest first within the account.
serviceSchema.index({ accountId: 1, createdAt: -1, _id: 1 });
// services(filters: [{ application }]), Application.services, the application-tag filter and the application's cascade.
serviceSchema.index({ accountId: 1, appId: 1, createdAt: -1, _id: 1 });
// services(filters: [{ deploymentType }]).
serviceSchema.index({ accountId: 1, deploymentType: 1, createdAt: -1, _id: 1 });

import { Schema } from 'mongoose';
import { newId, type AccountOwned } from '@fg/tenancy';
import type { EnvironmentType } from '../environment/environment.entity';

export interface InfrastructureDefinitionDoc extends AccountOwned {
  appId: string;
  environmentId: string;
  environmentType: EnvironmentType;
  name: string;
  deploymentType: string;
  cloudProviderId: string | null;
  scopedToServices: string[];
  createdById: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const infrastructureDefinitionSchema = new Schema<InfrastructureDefinitionDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    appId: { type: String, required: true },
    environmentId: { type: String, required: true },
    environmentType: { type: String, required: true, enum: ['PROD', 'NON_PROD'] },
    name: { type: String, required: true, trim: true, maxlength: 256 },
    deploymentType: { type: String, required: true },
    cloudProviderId: { type: String, default: null },
    scopedToServices: { type: [String], default: [] },
    createdById: { type: String, default: null },
  },
  { collection: 'infrastructure_definitions', timestamps: true, versionKey: false },
);

// infrastructureDefinitionByName(infrastructureName, environmentId), and names unique within an environment.
infrastructureDefinitionSchema.index({ accountId: 1, environmentId: 1, name: 1 }, { unique: true });
// infrastructureDefinitions(limit, offset) and filtered by infrastructure definition id: newest first.
infrastructureDefinitionSchema.index({ accountId: 1, createdAt: -1, _id: 1 });
// infrastructureDefinitions(filters: [{ environment }]), Environment.infrastructureDefinitions, the environment-tag filter.
infrastructureDefinitionSchema.index({ accountId: 1, environmentId: 1, createdAt: -1, _id: 1 });
// infrastructureDefinitions(filters: [{ deploymentType }]).
infrastructureDefinitionSchema.index({ accountId: 1, deploymentType: 1, createdAt: -1, _id: 1 });
// The application's cascade on deleteApplication.
infrastructureDefinitionSchema.index({ accountId: 1, appId: 1 });
// Dropping a deleted service from the definitions scoped to it.
infrastructureDefinitionSchema.index({ accountId: 1, scopedToServices: 1 });

import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned } from '@fg/tenancy';
import type { FiringArtifact } from './trigger-firing.entity';

/** The artifact a workflow or pipeline last deployed successfully for a service (from execution.ended events). */
export interface DeployedArtifact extends FiringArtifact {
  accountId: string;
  /** The workflow's or pipeline's id. */
  entityId: string;
  executionId: string;
  endedAt: number;
}

interface DeployedArtifactDoc extends AccountOwned, Omit<DeployedArtifact, 'accountId' | 'endedAt'> {
  endedAt: Date;
}

const deployedArtifactSchema = new Schema<DeployedArtifactDoc>(
  {
    // `${entityId}:${serviceId}`: one row per (workflow or pipeline, service).
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    entityId: { type: String, required: true },
    serviceId: { type: String, required: true },
    artifactSourceId: { type: String, required: true },
    artifactId: { type: String, required: true },
    buildNo: { type: String, required: true },
    executionId: { type: String, required: true },
    endedAt: { type: Date, required: true },
  },
  { collection: 'trigger_deployed_artifacts', versionKey: false },
);
// Rows are read by _id only (LAST_DEPLOYED_WORKFLOW / LAST_DEPLOYED_PIPELINE selections); the _id index serves it.

export class DeployedArtifactRepository extends AccountScopedRepository<DeployedArtifactDoc, DeployedArtifact> {
  constructor(connection: Connection) {
    super(connection.model<DeployedArtifactDoc>('TriggerDeployedArtifact', deployedArtifactSchema));
  }

  protected toEntity(doc: DeployedArtifactDoc): DeployedArtifact {
    const { _id: _key, endedAt, ...fields } = doc;
    return { ...fields, endedAt: new Date(endedAt).getTime() };
  }

  /** Keeps the newest deployment per (entity, service): an older or redelivered event changes nothing. */
  async record(deployed: DeployedArtifact): Promise<void> {
    const { accountId, endedAt, ...fields } = deployed;
    const _id = `${deployed.entityId}:${deployed.serviceId}`;
    const newer = await this.updateOne(accountId, { _id, endedAt: { $lt: new Date(endedAt) } }, { $set: { ...fields, endedAt: new Date(endedAt) } });
    if (newer) return;
    try {
      await this.insert(accountId, { _id, ...fields, endedAt: new Date(endedAt) });
    } catch (error) {
      // The row exists and is at least as new.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  lastDeployed(accountId: string, entityId: string, serviceId: string): Promise<DeployedArtifact | null> {
    return this.findOne(accountId, { _id: `${entityId}:${serviceId}` });
  }
}

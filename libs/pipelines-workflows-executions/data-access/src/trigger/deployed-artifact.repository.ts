import { Schema, type Connection } from 'mongoose';
import { LatestDeploymentRepository, type LatestDeploymentDoc } from './latest-deployment.repository';
import type { FiringArtifact } from './trigger-firing.entity';

/** The artifact a workflow or pipeline last deployed successfully for a service (from execution.ended events). */
export interface DeployedArtifact extends FiringArtifact {
  accountId: string;
  /** The workflow's or pipeline's id. */
  entityId: string;
  executionId: string;
  endedAt: number;
}

type DeployedArtifactDoc = LatestDeploymentDoc & Omit<FiringArtifact, 'serviceId'>;

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

export class DeployedArtifactRepository extends LatestDeploymentRepository<DeployedArtifactDoc, DeployedArtifact> {
  constructor(connection: Connection) {
    super(connection.model<DeployedArtifactDoc>('TriggerDeployedArtifact', deployedArtifactSchema));
  }

  protected toEntity(doc: DeployedArtifactDoc): DeployedArtifact {
    const { _id: _key, endedAt, ...fields } = doc;
    return { ...fields, endedAt: new Date(endedAt).getTime() };
  }

  /** Keeps the newest deployment per (entity, service): an older or redelivered event changes nothing. */
  record(deployed: DeployedArtifact): Promise<void> {
    const { accountId, endedAt, ...fields } = deployed;
    return this.keepNewest(accountId, { ...fields, endedAt: new Date(endedAt) });
  }

  lastDeployed(accountId: string, entityId: string, serviceId: string): Promise<DeployedArtifact | null> {
    return this.latest(accountId, entityId, serviceId);
  }
}

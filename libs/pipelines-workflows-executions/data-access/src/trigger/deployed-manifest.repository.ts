import { Schema, type Connection } from 'mongoose';
import { LatestDeploymentRepository, type LatestDeploymentDoc } from './latest-deployment.repository';

/** The chart version a workflow or pipeline last deployed successfully for a service (from execution.ended events). */
export interface DeployedManifest {
  accountId: string;
  /** The workflow's or pipeline's id. */
  entityId: string;
  serviceId: string;
  appManifestId: string;
  /** The recorded version's id. */
  manifestId: string;
  version: string;
  executionId: string;
  endedAt: number;
}

type DeployedManifestDoc = LatestDeploymentDoc & Pick<DeployedManifest, 'appManifestId' | 'manifestId' | 'version'>;

const deployedManifestSchema = new Schema<DeployedManifestDoc>(
  {
    // `${entityId}:${serviceId}`: one row per (workflow or pipeline, service).
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    entityId: { type: String, required: true },
    serviceId: { type: String, required: true },
    appManifestId: { type: String, required: true },
    manifestId: { type: String, required: true },
    version: { type: String, required: true },
    executionId: { type: String, required: true },
    endedAt: { type: Date, required: true },
  },
  { collection: 'trigger_deployed_manifests', versionKey: false },
);
// Rows are read by _id only (LAST_DEPLOYED manifest selections); the _id index serves it.

export class DeployedManifestRepository extends LatestDeploymentRepository<DeployedManifestDoc, DeployedManifest> {
  constructor(connection: Connection) {
    super(connection.model<DeployedManifestDoc>('TriggerDeployedManifest', deployedManifestSchema));
  }

  protected toEntity(doc: DeployedManifestDoc): DeployedManifest {
    const { _id: _key, endedAt, ...fields } = doc;
    return { ...fields, endedAt: new Date(endedAt).getTime() };
  }

  /** Keeps the newest deployment per (entity, service): an older or redelivered event changes nothing. */
  record(deployed: DeployedManifest): Promise<void> {
    const { accountId, endedAt, ...fields } = deployed;
    return this.keepNewest(accountId, { ...fields, endedAt: new Date(endedAt) });
  }

  lastDeployed(accountId: string, entityId: string, serviceId: string): Promise<DeployedManifest | null> {
    return this.latest(accountId, entityId, serviceId);
  }
}

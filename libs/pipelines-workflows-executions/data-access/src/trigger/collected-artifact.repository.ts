import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned } from '@fg/tenancy';

/** A build the connectors subgraph collected (its artifact.collected event), as trigger firings choose artifacts. */
export interface CollectedArtifact {
  artifactId: string;
  accountId: string;
  applicationId: string;
  serviceId: string;
  artifactSourceId: string;
  buildNo: string;
  collectedAt: number;
}

interface CollectedArtifactDoc extends AccountOwned {
  applicationId: string;
  serviceId: string;
  artifactSourceId: string;
  buildNo: string;
  collectedAt: Date;
}

const collectedArtifactSchema = new Schema<CollectedArtifactDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    applicationId: { type: String, required: true },
    serviceId: { type: String, required: true },
    artifactSourceId: { type: String, required: true },
    buildNo: { type: String, required: true },
    collectedAt: { type: Date, required: true },
  },
  { collection: 'trigger_collected_artifacts', versionKey: false },
);
// LAST_COLLECTED selections and onNewArtifactOnly schedules: a source's builds, newest first.
collectedArtifactSchema.index({ accountId: 1, artifactSourceId: 1, collectedAt: -1, _id: 1 });
// FROM_PAYLOAD_SOURCE selections: a source's build named by a webhook payload.
collectedArtifactSchema.index({ accountId: 1, artifactSourceId: 1, buildNo: 1 });

/** How many recent builds a filtered LAST_COLLECTED lookup reads before giving up on a match. */
const FILTER_WINDOW = 500;

/** The projection of artifact.collected events this subgraph keeps for trigger firings. */
export class CollectedArtifactRepository extends AccountScopedRepository<CollectedArtifactDoc, CollectedArtifact> {
  constructor(connection: Connection) {
    super(connection.model<CollectedArtifactDoc>('TriggerCollectedArtifact', collectedArtifactSchema));
  }

  protected toEntity(doc: CollectedArtifactDoc): CollectedArtifact {
    return {
      artifactId: doc._id,
      accountId: doc.accountId,
      applicationId: doc.applicationId,
      serviceId: doc.serviceId,
      artifactSourceId: doc.artifactSourceId,
      buildNo: doc.buildNo,
      collectedAt: new Date(doc.collectedAt).getTime(),
    };
  }

  /** Idempotent: a redelivered event finds the artifact recorded (keyed by the artifact's id). */
  async record(artifact: CollectedArtifact): Promise<void> {
    const { artifactId, accountId, collectedAt, ...fields } = artifact;
    const existing = await this.findOne(accountId, { _id: artifactId });
    if (existing) return;
    try {
      await this.insert(accountId, { _id: artifactId, ...fields, collectedAt: new Date(collectedAt) });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  /** The newest build of a source whose build number passes the filter (every build when there is none). */
  async latestOfSource(accountId: string, artifactSourceId: string, accepts: (buildNo: string) => boolean = () => true): Promise<CollectedArtifact | null> {
    const recent = await this.findMany(accountId, { artifactSourceId }, { offset: 0, count: FILTER_WINDOW, sort: { collectedAt: -1, _id: 1 } });
    return recent.find((artifact) => accepts(artifact.buildNo)) ?? null;
  }

  byBuild(accountId: string, artifactSourceId: string, buildNo: string): Promise<CollectedArtifact | null> {
    return this.findOne(accountId, { artifactSourceId, buildNo });
  }
}

import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned, type ScopedFilter } from '@fg/tenancy';

/** The reference's artifact stream types: one per concrete ArtifactSource type. */
export const ARTIFACT_SOURCE_TYPES = [
  'JENKINS',
  'BAMBOO',
  'DOCKER',
  'ECR',
  'GCR',
  'ACR',
  'NEXUS',
  'ARTIFACTORY',
  'AMAZON_S3',
  'AMI',
  'GCS',
  'SMB',
  'SFTP',
  'AZURE_ARTIFACTS',
  'AZURE_MACHINE_IMAGE',
  'CUSTOM',
] as const;
export type ArtifactSourceType = (typeof ARTIFACT_SOURCE_TYPES)[number];

export interface ArtifactSource {
  id: string;
  accountId: string;
  appId: string;
  serviceId: string;
  type: ArtifactSourceType;
  name: string;
  /** The kind's settings as given (image name, job name, repository…). */
  settings: Record<string, unknown>;
  /** The connector the source reads through, when its kind has one. */
  connectorId: string | null;
  /** The cloud provider the source reads through, when its kind has one. */
  cloudProviderId: string | null;
  collectionEnabled: boolean;
  /** Sequence number of the last recorded build. */
  lastBuildSeq: number;
  createdById: string | null;
  createdAt: number;
}

interface ArtifactSourceDoc extends AccountOwned {
  appId: string;
  serviceId: string;
  type: ArtifactSourceType;
  name: string;
  settings: Record<string, unknown>;
  connectorId: string | null;
  cloudProviderId: string | null;
  collectionEnabled: boolean;
  /** SHA-256 of the token CI systems present to record builds; the token itself is never stored. */
  collectionTokenHash: string;
  /** Sequence number of the last recorded build: orders builds recorded within the same millisecond. */
  lastBuildSeq: number;
  createdById: string | null;
  createdAt: Date;
}

const artifactSourceSchema = new Schema<ArtifactSourceDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    appId: { type: String, required: true },
    serviceId: { type: String, required: true },
    type: { type: String, required: true },
    name: { type: String, required: true },
    settings: { type: Schema.Types.Mixed, default: {} },
    connectorId: { type: String, default: null },
    cloudProviderId: { type: String, default: null },
    collectionEnabled: { type: Boolean, default: true },
    collectionTokenHash: { type: String, required: true },
    lastBuildSeq: { type: Number, default: 0 },
    createdById: { type: String, default: null },
  },
  { collection: 'artifact_sources', timestamps: true, versionKey: false, minimize: false },
);
// Service.artifactSources for a batch of services (oldest first, as listed in the service); names unique per service.
artifactSourceSchema.index({ accountId: 1, serviceId: 1, name: 1 }, { unique: true });
// artifacts() for a caller limited to some applications: the readable sources of those applications.
artifactSourceSchema.index({ accountId: 1, appId: 1 });
// deleteConnector: the sources still reading through the connector.
artifactSourceSchema.index({ accountId: 1, connectorId: 1 });
// deleteCloudProvider: the sources still reading through the cloud provider.
artifactSourceSchema.index({ accountId: 1, cloudProviderId: 1 });
// The CI endpoint finds the source by its collection token (the token decides the account).
artifactSourceSchema.index({ collectionTokenHash: 1 }, { unique: true });

export type NewArtifactSource = Pick<
  ArtifactSource,
  'appId' | 'serviceId' | 'type' | 'name' | 'settings' | 'connectorId' | 'cloudProviderId' | 'createdById'
> & { collectionTokenHash: string };

export type ArtifactSourceChange = Pick<ArtifactSource, 'name' | 'settings' | 'connectorId' | 'cloudProviderId'>;

export class ArtifactSourceRepository extends AccountScopedRepository<ArtifactSourceDoc, ArtifactSource> {
  constructor(connection: Connection) {
    super(connection.model<ArtifactSourceDoc>('ArtifactSource', artifactSourceSchema));
  }

  protected toEntity(doc: ArtifactSourceDoc): ArtifactSource {
    return {
      id: doc._id,
      accountId: doc.accountId,
      appId: doc.appId,
      serviceId: doc.serviceId,
      type: doc.type,
      name: doc.name,
      settings: doc.settings ?? {},
      connectorId: doc.connectorId ?? null,
      cloudProviderId: doc.cloudProviderId ?? null,
      collectionEnabled: doc.collectionEnabled ?? true,
      lastBuildSeq: doc.lastBuildSeq ?? 0,
      createdById: doc.createdById ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  create(accountId: string, source: NewArtifactSource): Promise<ArtifactSource> {
    return this.insert(accountId, { _id: newId(), collectionEnabled: true, lastBuildSeq: 0, ...source } as Omit<
      ArtifactSourceDoc,
      'accountId'
    >);
  }

  /** The sources of several services in one read. */
  ofServices(accountId: string, serviceIds: readonly string[]): Promise<ArtifactSource[]> {
    // A service has a handful of sources; the cap only guards against a runaway batch.
    return this.findMany(accountId, { serviceId: { $in: [...serviceIds] } }, { offset: 0, count: 10_000, sort: { serviceId: 1, name: 1 } });
  }

  readingThroughConnector(accountId: string, connectorId: string, count: number): Promise<ArtifactSource[]> {
    return this.findMany(accountId, { connectorId }, { offset: 0, count, sort: { _id: 1 } });
  }

  readingThroughCloudProvider(accountId: string, cloudProviderId: string, count: number): Promise<ArtifactSource[]> {
    return this.findMany(accountId, { cloudProviderId }, { offset: 0, count, sort: { _id: 1 } });
  }

  byCollectionToken(token: string): Promise<ArtifactSource | null> {
    return this.findOneBySecret('collectionTokenHash', token, 'a collection token identifies its source and so its account');
  }

  /** The ids of the sources a caller may read (artifacts() narrowed to the applications the caller may read). */
  async idsMatching(accountId: string, scope: Record<string, unknown>): Promise<string[]> {
    const sources = await this.findMany(accountId, scope as ScopedFilter<ArtifactSourceDoc>, { offset: 0, count: 100_000, sort: { _id: 1 } });
    return sources.map((source) => source.id);
  }

  replaceSettings(accountId: string, id: string, change: ArtifactSourceChange): Promise<ArtifactSource | null> {
    return this.updateOne(accountId, { _id: id }, { $set: change });
  }

  setCollectionEnabled(accountId: string, id: string, appId: string, enabled: boolean): Promise<ArtifactSource | null> {
    return this.updateOne(accountId, { _id: id, appId }, { $set: { collectionEnabled: enabled } });
  }

  /**
   * Takes the next build sequence number (the returned source's lastBuildSeq) of a source whose collection is enabled,
   * atomically; null when the source is gone or its collection is disabled.
   */
  takeBuildSequence(accountId: string, id: string): Promise<ArtifactSource | null> {
    return this.updateOne(accountId, { _id: id, collectionEnabled: true }, { $inc: { lastBuildSeq: 1 } });
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }
}

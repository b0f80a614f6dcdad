import { Schema, type Connection, type Model } from 'mongoose';
import type { DomainEvent } from '@fg/domain-events';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned } from '@fg/tenancy';

/** A service's artifact source as connectors-cloudproviders-artifacts tells of it. */
export interface KnownArtifactSource {
  id: string;
  accountId: string;
  serviceId: string;
  appId: string;
  name: string;
}

/** A collected artifact (a build of a source). */
export interface KnownArtifact {
  id: string;
  accountId: string;
  artifactSourceId: string;
  serviceId: string;
  appId: string;
  buildNo: string;
}

interface SourceDoc extends AccountOwned {
  serviceId: string;
  appId: string;
  name: string;
  /** A tombstone: a late redelivery of the creation must not bring a deleted source back. */
  deleted: boolean;
  /** eventPosition of the last event applied: only a later one changes the document. */
  position: string;
}

interface ArtifactDoc extends AccountOwned {
  artifactSourceId: string;
  serviceId: string;
  appId: string;
  buildNo: string;
}

const sourceSchema = new Schema<SourceDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    serviceId: { type: String, required: true },
    appId: { type: String, required: true },
    name: { type: String, required: true },
    deleted: { type: Boolean, required: true },
    position: { type: String, required: true },
  },
  { collection: 'known_artifact_sources', versionKey: false },
);
// startExecution's BUILD_NUMBER input: a service's artifact source by name.
sourceSchema.index({ accountId: 1, serviceId: 1, name: 1 });

const artifactSchema = new Schema<ArtifactDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    artifactSourceId: { type: String, required: true },
    serviceId: { type: String, required: true },
    appId: { type: String, required: true },
    buildNo: { type: String, required: true },
  },
  { collection: 'known_artifacts', versionKey: false },
);
// Forgetting a deleted source's artifacts, and startExecution's BUILD_NUMBER input: a source's build by number.
artifactSchema.index({ accountId: 1, artifactSourceId: 1, buildNo: 1 });

export type ArtifactSourceEvent = DomainEvent<'artifactSource.created' | 'artifactSource.deleted' | 'artifact.collected'>;

class KnownArtifacts extends AccountScopedRepository<ArtifactDoc, KnownArtifact> {
  constructor(readonly collection: Model<ArtifactDoc>) {
    super(collection);
  }

  protected toEntity(doc: ArtifactDoc): KnownArtifact {
    return { id: doc._id, accountId: doc.accountId, artifactSourceId: doc.artifactSourceId, serviceId: doc.serviceId, appId: doc.appId, buildNo: doc.buildNo };
  }

  byId(accountId: string, id: string): Promise<KnownArtifact | null> {
    return this.findOne(accountId, { _id: id });
  }

  byBuild(accountId: string, artifactSourceId: string, buildNo: string): Promise<KnownArtifact | null> {
    return this.findOne(accountId, { artifactSourceId, buildNo });
  }
}

/**
 * Artifact sources and collected artifacts of connectors-cloudproviders-artifacts, fed by its domain events, for
 * startExecution's service inputs (a source by name, an artifact by id). Each source document applies only events
 * later than the last one it saw (eventPosition), so redeliveries and late retries change nothing.
 */
export class ArtifactSourceProjection extends AccountScopedRepository<SourceDoc, KnownArtifactSource> {
  private readonly sources: Model<SourceDoc>;
  private readonly artifacts: KnownArtifacts;

  constructor(connection: Connection) {
    const sources = (connection.models['KnownArtifactSource'] as Model<SourceDoc> | undefined) ?? connection.model<SourceDoc>('KnownArtifactSource', sourceSchema);
    super(sources);
    this.sources = sources;
    this.artifacts = new KnownArtifacts((connection.models['KnownArtifact'] as Model<ArtifactDoc> | undefined) ?? connection.model<ArtifactDoc>('KnownArtifact', artifactSchema));
  }

  protected toEntity(doc: SourceDoc): KnownArtifactSource {
    return { id: doc._id, accountId: doc.accountId, serviceId: doc.serviceId, appId: doc.appId, name: doc.name };
  }

  async apply(event: ArtifactSourceEvent, position: string): Promise<void> {
    if (event.type === 'artifact.collected') {
      const { accountId, artifactId, artifactSourceId, serviceId, appId, buildNo } = event.payload;
      const source = await this.sources.findOne({ _id: artifactSourceId, accountId }, { deleted: 1 }).lean<{ deleted: boolean }>().exec();
      if (source?.deleted) return;
      await this.artifacts.collection.updateOne({ _id: artifactId, accountId }, { $set: { artifactSourceId, serviceId, appId, buildNo } }, { upsert: true }).exec();
      return;
    }
    const { accountId, artifactSourceId, serviceId, appId, name } = event.payload;
    const deleted = event.type === 'artifactSource.deleted';
    try {
      await this.sources
        .updateOne({ _id: artifactSourceId, accountId, position: { $lt: position } }, { $set: { serviceId, appId, name, deleted, position } }, { upsert: true })
        .exec();
    } catch (error) {
      // The document exists with a later position: this event is older than what it holds.
      if (!isDuplicateKeyError(error)) throw error;
    }
    if (deleted) await this.artifacts.collection.deleteMany({ accountId, artifactSourceId }).exec();
  }

  async byName(accountId: string, serviceId: string, name: string): Promise<KnownArtifactSource | null> {
    return this.findOne(accountId, { serviceId, name, deleted: false });
  }

  /** The sources of these ids that exist (tombstones left out): trigger validation and names. */
  liveByIds(accountId: string, ids: readonly string[]): Promise<KnownArtifactSource[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.findMany(accountId, { _id: { $in: [...ids] }, deleted: false }, { offset: 0, count: ids.length, sort: { _id: 1 } });
  }

  artifact(accountId: string, artifactId: string): Promise<KnownArtifact | null> {
    return this.artifacts.byId(accountId, artifactId);
  }

  /** A collected build of a source, when one with that number was collected. */
  artifactByBuild(accountId: string, artifactSourceId: string, buildNo: string): Promise<KnownArtifact | null> {
    return this.artifacts.byBuild(accountId, artifactSourceId, buildNo);
  }
}

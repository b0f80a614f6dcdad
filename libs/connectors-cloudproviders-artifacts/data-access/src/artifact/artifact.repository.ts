import { Schema, type Connection, type Model } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned, type ScopedFilter } from '@fg/tenancy';
import type { ArtifactSourceType } from '../artifact-source/artifact-source.repository';

export interface Artifact {
  id: string;
  accountId: string;
  artifactSourceId: string;
  artifactStreamType: ArtifactSourceType;
  buildNo: string;
  collectedAt: number;
  /** The source's build sequence number: breaks ties between builds collected within the same millisecond. */
  seq: number;
}

interface ArtifactDoc extends AccountOwned {
  artifactSourceId: string;
  artifactStreamType: ArtifactSourceType;
  buildNo: string;
  collectedAt: Date;
  seq: number;
}

const artifactSchema = new Schema<ArtifactDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    artifactSourceId: { type: String, required: true },
    artifactStreamType: { type: String, required: true },
    buildNo: { type: String, required: true },
    collectedAt: { type: Date, required: true },
    seq: { type: Number, required: true },
  },
  { collection: 'artifacts', versionKey: false },
);
// A build is recorded once per source: a repeated call finds the stored artifact by its number.
artifactSchema.index({ accountId: 1, artifactSourceId: 1, buildNo: 1 }, { unique: true });
// artifacts(filters: [{ artifactSource }]) and ArtifactSource.artifacts: newest first within sources.
artifactSchema.index({ accountId: 1, artifactSourceId: 1, collectedAt: -1, seq: -1 });
// artifacts without a filter (or by artifact id): newest first.
artifactSchema.index({ accountId: 1, collectedAt: -1, seq: -1, _id: -1 });
// artifacts(filters: [{ artifactStreamType }]).
artifactSchema.index({ accountId: 1, artifactStreamType: 1, collectedAt: -1 });

export type NewArtifact = Omit<Artifact, 'id' | 'accountId'>;
export type ArtifactQuery = ScopedFilter<ArtifactDoc>;

const NEWEST_FIRST = { collectedAt: -1, seq: -1, _id: -1 } as const;

export class ArtifactRepository extends AccountScopedRepository<ArtifactDoc, Artifact> {
  private readonly artifacts: Model<ArtifactDoc>;

  constructor(connection: Connection) {
    const model = connection.model<ArtifactDoc>('Artifact', artifactSchema);
    super(model);
    this.artifacts = model;
  }

  protected toEntity(doc: ArtifactDoc): Artifact {
    return {
      id: doc._id,
      accountId: doc.accountId,
      artifactSourceId: doc.artifactSourceId,
      artifactStreamType: doc.artifactStreamType,
      buildNo: doc.buildNo,
      collectedAt: new Date(doc.collectedAt).getTime(),
      seq: doc.seq,
    };
  }

  create(accountId: string, artifact: NewArtifact): Promise<Artifact> {
    return this.insert(accountId, { _id: newId(), ...artifact, collectedAt: new Date(artifact.collectedAt) });
  }

  byBuildNo(accountId: string, artifactSourceId: string, buildNo: string): Promise<Artifact | null> {
    return this.findOne(accountId, { artifactSourceId, buildNo });
  }

  list(accountId: string, query: ArtifactQuery, offset: number, count: number): Promise<Artifact[]> {
    return this.findMany(accountId, query, { offset, count, sort: NEWEST_FIRST });
  }

  countMatching(accountId: string, query: ArtifactQuery): Promise<number> {
    return this.count(accountId, query);
  }

  /** The newest `count` artifacts of each source, in one read per call (the caller batches sources). */
  async newestOfSources(accountId: string, sourceIds: readonly string[], count: number): Promise<Map<string, Artifact[]>> {
    const bySource = new Map<string, Artifact[]>(sourceIds.map((id) => [id, []]));
    if (count === 0 || sourceIds.length === 0) return bySource;
    const rows = await this.findMany(
      accountId,
      { artifactSourceId: { $in: [...sourceIds] } },
      { offset: 0, count: count * sourceIds.length, sort: { artifactSourceId: 1, collectedAt: -1, seq: -1 } },
    );
    for (const row of rows) {
      const list = bySource.get(row.artifactSourceId);
      if (list && list.length < count) list.push(row);
    }
    // A full read may have stopped before the later sources' rows: read the ones left short once more, on their own.
    if (rows.length === count * sourceIds.length) {
      const lastSource = rows[rows.length - 1].artifactSourceId;
      const short = sourceIds.filter((id) => id >= lastSource && (bySource.get(id)?.length ?? 0) < count);
      await Promise.all(
        short.map(async (id) => {
          bySource.set(id, await this.list(accountId, { artifactSourceId: id }, 0, count));
        }),
      );
    }
    return bySource;
  }

  /** Deletes every artifact of a source, within the account; returns how many went. */
  async removeOfSource(accountId: string, artifactSourceId: string): Promise<number> {
    if (!accountId) throw new Error('accountId is required for every query');
    // The base class has no bulk delete; this is the one place that needs it, and it names the account itself.
    const result = await this.artifacts.deleteMany({ accountId, artifactSourceId }).exec();
    return result.deletedCount;
  }
}

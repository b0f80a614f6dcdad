import DataLoader from 'dataloader';
import { byIdLoader, idFilterCondition, lazyConnection, notFound, pageRequest, type Connection, type IdFilter } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import { applicationListScope, listScopeFilter } from '@fg/permissions';
import {
  allOf,
  type Artifact,
  type ArtifactQuery,
  type ArtifactRepository,
  type ArtifactSourceRepository,
} from '@fg/connectors-cloudproviders-artifacts/data-access';
import { listConnection } from '../list-page';
import type { ArtifactSourceService } from '../artifact-source/artifact-source.service';
import type { ArtifactCollection } from './artifact-collection';

export const ARTIFACT_NOT_FOUND = 'Artifact does not exist';

export interface ArtifactFilter {
  artifact?: IdFilter | null;
  artifactSource?: IdFilter | null;
  artifactStreamType?: IdFilter | null;
}

export class ArtifactService {
  private readonly byId: DataLoader<string, Artifact | null>;
  // One loader per page shape, so every source in a response asking for the same page shares one read.
  private readonly newestByShape = new Map<number, DataLoader<string, Artifact[]>>();

  private readonly accountId: string;

  constructor(
    private readonly principal: Principal,
    private readonly artifacts: ArtifactRepository,
    private readonly sources: ArtifactSourceService,
    private readonly sourceRepository: ArtifactSourceRepository,
    private readonly collection: ArtifactCollection,
  ) {
    const accountId = principal.accountId;
    this.accountId = accountId;
    this.byId = byIdLoader((ids) => artifacts.byIds(accountId, ids));
  }

  /** An artifact the caller may read (its source's service), or null. */
  async find(id: string): Promise<Artifact | null> {
    const artifact = await this.byId.load(id);
    return artifact && (await this.sources.find(artifact.artifactSourceId)) ? artifact : null;
  }

  /** FORBIDDEN when the artifact exists but the caller may not read its source's service. */
  async get(id: string): Promise<Artifact> {
    const artifact = await this.byId.load(id);
    if (!artifact) throw notFound(ARTIFACT_NOT_FOUND);
    await this.sources.get(artifact.artifactSourceId);
    return artifact;
  }

  /** Only artifacts of sources whose service the caller may read. */
  list(filters: (ArtifactFilter | null)[] | null | undefined, limit: number, offset: number | null | undefined): Connection<Artifact> {
    const query = artifactQuery(filters ?? []);
    const scope = applicationListScope(this.principal.permissions, 'SERVICE', 'READ');
    const readable = listScopeFilter(scope, { appId: 'appId', entityId: 'serviceId' });
    if (!readable) return listConnection(this.artifacts, this.accountId, query, limit, offset);
    const scoped = {
      list: async (accountId: string, q: ArtifactQuery, from: number, count: number) =>
        this.artifacts.list(accountId, await this.withinReadableSources(q, readable), from, count),
      countMatching: async (accountId: string, q: ArtifactQuery) => this.artifacts.countMatching(accountId, await this.withinReadableSources(q, readable)),
    };
    return listConnection(scoped, this.accountId, query, limit, offset);
  }

  /** ArtifactSource.artifacts: newest first. */
  ofSource(artifactSourceId: string, limit: number, offset: number | null | undefined): Connection<Artifact> {
    const page = pageRequest(limit, offset);
    const needed = page.offset + page.limit + 1;
    return lazyConnection(page, {
      fetch: async (from, count) => (await this.newestLoader(needed).load(artifactSourceId)).slice(from, from + count),
      count: () => this.artifacts.countMatching(this.accountId, { artifactSourceId }),
    });
  }

  async recordBuild(artifactSourceId: string, buildNo: string): Promise<Artifact> {
    await this.sources.forUpdate(artifactSourceId);
    return this.collection.record(this.accountId, artifactSourceId, buildNo);
  }

  /**
   * The reference removes artifacts its registry no longer has; with no registry to ask, cleanup forgets every
   * collected artifact of the source (builds recorded later start the list again).
   */
  async cleanup(artifactSourceId: string): Promise<string> {
    const source = await this.sources.forUpdate(artifactSourceId);
    const removed = await this.artifacts.removeOfSource(this.accountId, artifactSourceId);
    return `Cleaned up ${removed} artifact${removed === 1 ? '' : 's'} of artifact source ${source.name}`;
  }

  private newestLoader(needed: number): DataLoader<string, Artifact[]> {
    let loader = this.newestByShape.get(needed);
    if (!loader) {
      loader = new DataLoader(async (sourceIds) => {
        const bySource = await this.artifacts.newestOfSources(this.accountId, sourceIds, needed);
        return sourceIds.map((id) => bySource.get(id) ?? []);
      });
      this.newestByShape.set(needed, loader);
    }
    return loader;
  }

  private readableSources?: Promise<string[]>;

  /** Narrows a query to the sources the caller may read (read once per request). */
  private async withinReadableSources(query: ArtifactQuery, readable: Record<string, unknown>): Promise<ArtifactQuery> {
    this.readableSources ??= this.sourceRepository.idsMatching(this.accountId, readable);
    return allOf([query, { artifactSourceId: { $in: await this.readableSources } }]) as ArtifactQuery;
  }
}

function artifactQuery(filters: (ArtifactFilter | null)[]): ArtifactQuery {
  const conditions = filters.flatMap((filter) => {
    if (!filter) return [];
    return [
      ...(filter.artifact ? [{ _id: idFilterCondition(filter.artifact) }] : []),
      ...(filter.artifactSource ? [{ artifactSourceId: idFilterCondition(filter.artifactSource) }] : []),
      ...(filter.artifactStreamType ? [{ artifactStreamType: idFilterCondition(filter.artifactStreamType) }] : []),
    ];
  });
  return allOf(conditions) as ArtifactQuery;
}

import DataLoader from 'dataloader';
import { byIdLoader, idFilterCondition, lazyConnection, notFound, pageRequest, type Connection, type IdFilter } from '@fg/graphql-kit';
import { allOf, type Artifact, type ArtifactQuery, type ArtifactRepository } from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { Actor } from '../actor';
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

  constructor(
    private readonly accountId: string,
    private readonly actor: Actor,
    private readonly artifacts: ArtifactRepository,
    private readonly sources: ArtifactSourceService,
    private readonly collection: ArtifactCollection,
  ) {
    this.byId = byIdLoader((ids) => artifacts.byIds(accountId, ids));
  }

  find(id: string): Promise<Artifact | null> {
    return this.byId.load(id);
  }

  async get(id: string): Promise<Artifact> {
    return (await this.find(id)) ?? Promise.reject(notFound(ARTIFACT_NOT_FOUND));
  }

  list(filters: (ArtifactFilter | null)[] | null | undefined, limit: number, offset: number | null | undefined): Connection<Artifact> {
    return listConnection(this.artifacts, this.accountId, artifactQuery(filters ?? []), limit, offset);
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
    const source = await this.sources.get(artifactSourceId);
    this.authorizeCollect(source.appId);
    return this.collection.record(this.accountId, artifactSourceId, buildNo);
  }

  /**
   * The reference removes artifacts its registry no longer has; with no registry to ask, cleanup forgets every
   * collected artifact of the source (builds recorded later start the list again).
   */
  async cleanup(artifactSourceId: string): Promise<string> {
    const source = await this.sources.get(artifactSourceId);
    this.authorizeCollect(source.appId);
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

  /** Where the permission check goes once @fg/permissions lands (the service's application). */
  private authorizeCollect(appId: string): void {
    void this.actor;
    void appId;
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

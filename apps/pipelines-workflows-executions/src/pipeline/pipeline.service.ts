import DataLoader from 'dataloader';
import { byIdLoader, lazyConnection, notFound, pageRequest, type Connection } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import type { Pipeline, PipelineRepository } from '@fg/pipelines-workflows-executions/data-access';
import { firstRowsPerApplication } from './pipelines-per-application';

export const PIPELINE_NOT_FOUND = 'Pipeline does not exist';

export class PipelineService {
  private readonly byId: DataLoader<string, Pipeline | null>;
  // One loader per page shape, so every application in a list asking for the same page shares one batched read.
  private readonly pagesByShape = new Map<string, DataLoader<string, Pipeline[]>>();

  constructor(
    private readonly repository: PipelineRepository,
    private readonly principal: Principal,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(principal.accountId, ids));
  }

  find(id: string): Promise<Pipeline | null> {
    return this.byId.load(id);
  }

  async get(id: string): Promise<Pipeline> {
    return (await this.find(id)) ?? Promise.reject(notFound(PIPELINE_NOT_FOUND));
  }

  async getByName(applicationId: string, name: string): Promise<Pipeline> {
    const pipeline = await this.repository.byName(this.principal.accountId, applicationId, name);
    return pipeline ?? Promise.reject(notFound(PIPELINE_NOT_FOUND));
  }

  ofApplication(applicationId: string, limit: number, offset: number | null | undefined): Connection<Pipeline> {
    const page = pageRequest(limit, offset);
    const needed = page.offset + page.limit + 1;
    return lazyConnection(page, {
      fetch: async (from, count) => (await this.firstRowsLoader(needed).load(applicationId)).slice(from, from + count),
      count: () => this.repository.countOfApplication(this.principal.accountId, applicationId),
    });
  }

  private firstRowsLoader(needed: number): DataLoader<string, Pipeline[]> {
    const key = String(needed);
    let loader = this.pagesByShape.get(key);
    if (!loader) {
      loader = new DataLoader(async (applicationIds) => {
        const rows = await firstRowsPerApplication(applicationIds, needed, (ids, maxRows) =>
          this.repository.ofApplications(this.principal.accountId, ids, maxRows),
        );
        return applicationIds.map((id) => rows.get(id) ?? []);
      });
      this.pagesByShape.set(key, loader);
    }
    return loader;
  }
}

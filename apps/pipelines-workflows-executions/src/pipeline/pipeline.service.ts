import DataLoader from 'dataloader';
import { byIdLoader, lazyConnection, notFound, pageRequest, type Connection } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import { applicationListScope, hasAppPermission, listScopeFilter, requireAppPermission } from '@fg/permissions';
import type { Pipeline, PipelineFilter, PipelineRepository } from '@fg/pipelines-workflows-executions/data-access';
import { firstRowsPerApplication } from './pipelines-per-application';

export const PIPELINE_NOT_FOUND = 'Pipeline does not exist';

/**
 * Pipelines as one request sees them: scoped to the account, and to what the principal may read (the PIPELINE
 * application permission with READ; a pipeline it may not read is FORBIDDEN by id and absent from lists).
 */
export class PipelineService {
  private readonly byId: DataLoader<string, Pipeline | null>;
  private readonly visible: PipelineFilter | undefined;
  // One loader per page shape, so every application in a list asking for the same page shares one batched read.
  private readonly pagesByShape = new Map<string, DataLoader<string, Pipeline[]>>();

  constructor(
    private readonly repository: PipelineRepository,
    private readonly principal: Principal,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(principal.accountId, ids));
    this.visible = listScopeFilter(applicationListScope(principal.permissions, 'PIPELINE', 'READ'), { appId: 'applicationId', entityId: '_id' });
  }

  private readable(pipeline: Pipeline): boolean {
    return hasAppPermission(this.principal.permissions, { entityType: 'PIPELINE', action: 'READ', appId: pipeline.applicationId, entityId: pipeline.id });
  }

  /** An entity reference: null when it does not exist in the account or the principal may not read it. */
  async find(id: string): Promise<Pipeline | null> {
    const pipeline = await this.byId.load(id);
    return pipeline && this.readable(pipeline) ? pipeline : null;
  }

  async get(id: string): Promise<Pipeline> {
    return this.authorizedRead(await this.byId.load(id));
  }

  async getByName(applicationId: string, name: string): Promise<Pipeline> {
    return this.authorizedRead(await this.repository.byName(this.principal.accountId, applicationId, name));
  }

  private authorizedRead(pipeline: Pipeline | null): Pipeline {
    if (!pipeline) throw notFound(PIPELINE_NOT_FOUND);
    requireAppPermission(this.principal.permissions, { entityType: 'PIPELINE', action: 'READ', appId: pipeline.applicationId, entityId: pipeline.id });
    return pipeline;
  }

  ofApplication(applicationId: string, limit: number, offset: number | null | undefined): Connection<Pipeline> {
    const page = pageRequest(limit, offset);
    const needed = page.offset + page.limit + 1;
    return lazyConnection(page, {
      fetch: async (from, count) => (await this.firstRowsLoader(needed).load(applicationId)).slice(from, from + count),
      count: () => this.repository.countOfApplication(this.principal.accountId, applicationId, this.visible),
    });
  }

  private firstRowsLoader(needed: number): DataLoader<string, Pipeline[]> {
    const key = String(needed);
    let loader = this.pagesByShape.get(key);
    if (!loader) {
      loader = new DataLoader(async (applicationIds) => {
        const rows = await firstRowsPerApplication(applicationIds, needed, (ids, maxRows) =>
          this.repository.ofApplications(this.principal.accountId, ids, maxRows, this.visible),
        );
        return applicationIds.map((id) => rows.get(id) ?? []);
      });
      this.pagesByShape.set(key, loader);
    }
    return loader;
  }
}

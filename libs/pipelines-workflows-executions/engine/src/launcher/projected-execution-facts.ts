import type { ArtifactSourceProjection } from '@fg/pipelines-workflows-executions/data-access';
import type { ExecutionFacts } from './execution-facts';

/** The catalog projection's reads that executions need (apps-services' services and environments). */
export interface ServiceCatalog {
  servicesByIds(accountId: string, serviceIds: readonly string[]): Promise<Array<{ id: string; name: string }>>;
  environmentById(accountId: string, environmentId: string): Promise<{ environmentType: 'PROD' | 'NON_PROD' } | null>;
}

/**
 * ExecutionFacts over this subgraph's projections: apps-services' catalog (services, environments) and
 * connectors-cloudproviders-artifacts' artifact sources and artifacts. Both the subgraph (starting) and the broker
 * (pipeline members, task contexts) read them; only the subgraph keeps them up to date.
 */
export class ProjectedExecutionFacts implements ExecutionFacts {
  constructor(
    private readonly catalog: ServiceCatalog,
    private readonly artifactSources: Pick<ArtifactSourceProjection, 'byName' | 'artifact'>,
  ) {}

  async environmentType(accountId: string, environmentId: string): Promise<'PROD' | 'NON_PROD' | null> {
    return (await this.catalog.environmentById(accountId, environmentId))?.environmentType ?? null;
  }

  async services(accountId: string, serviceIds: readonly string[]): Promise<Array<{ id: string; name: string }>> {
    if (serviceIds.length === 0) return [];
    return (await this.catalog.servicesByIds(accountId, serviceIds)).map(({ id, name }) => ({ id, name }));
  }

  async artifactSourceByName(accountId: string, serviceId: string, name: string): Promise<{ id: string; name: string } | null> {
    const source = await this.artifactSources.byName(accountId, serviceId, name);
    return source ? { id: source.id, name: source.name } : null;
  }

  artifact(accountId: string, artifactId: string) {
    return this.artifactSources.artifact(accountId, artifactId);
  }
}

import type { AppManifestRepository, ArtifactSourceProjection, ManifestVersionRepository } from '@fg/pipelines-workflows-executions/data-access';
import type { ExecutionFacts, RecordedManifestVersion } from './execution-facts';

/** The catalog projection's reads that executions need (apps-services' services, environments and infrastructure definitions). */
export interface ServiceCatalog {
  servicesByIds(accountId: string, serviceIds: readonly string[]): Promise<Array<{ id: string; name: string }>>;
  environmentById(accountId: string, environmentId: string): Promise<{ environmentType: 'PROD' | 'NON_PROD' } | null>;
  environmentsByIds(accountId: string, environmentIds: readonly string[]): Promise<Array<{ id: string }>>;
  infrastructureDefinitionsByIds(accountId: string, ids: readonly string[]): Promise<Array<{ id: string }>>;
}

/** The chart versions recordManifestVersion keeps (this subgraph's own data, in the same database). */
export interface ManifestRecords {
  appManifests: Pick<AppManifestRepository, 'manifestsOfServices'>;
  versions: Pick<ManifestVersionRepository, 'byId' | 'byVersion'>;
}

/**
 * ExecutionFacts over this subgraph's projections: apps-services' catalog (services, environments) and
 * connectors-cloudproviders-artifacts' artifact sources and artifacts, plus the chart versions recordManifestVersion
 * recorded. Both the subgraph (starting) and the broker (pipeline members, task contexts, triggers) read them; only
 * the subgraph keeps them up to date.
 */
export class ProjectedExecutionFacts implements ExecutionFacts {
  constructor(
    private readonly catalog: ServiceCatalog,
    private readonly artifactSources: Pick<ArtifactSourceProjection, 'byName' | 'artifact' | 'artifactByBuild'>,
    private readonly manifests: ManifestRecords,
  ) {}

  async environmentType(accountId: string, environmentId: string): Promise<'PROD' | 'NON_PROD' | null> {
    return (await this.catalog.environmentById(accountId, environmentId))?.environmentType ?? null;
  }

  async environments(accountId: string, environmentIds: readonly string[]): Promise<Array<{ id: string }>> {
    if (environmentIds.length === 0) return [];
    return (await this.catalog.environmentsByIds(accountId, environmentIds)).map(({ id }) => ({ id }));
  }

  async infrastructureDefinitions(accountId: string, ids: readonly string[]): Promise<Array<{ id: string }>> {
    if (ids.length === 0) return [];
    return (await this.catalog.infrastructureDefinitionsByIds(accountId, ids)).map(({ id }) => ({ id }));
  }

  async services(accountId: string, serviceIds: readonly string[]): Promise<Array<{ id: string; name: string }>> {
    if (serviceIds.length === 0) return [];
    return (await this.catalog.servicesByIds(accountId, serviceIds)).map(({ id, name }) => ({ id, name }));
  }

  async artifactSourceByName(accountId: string, serviceId: string, name: string): Promise<{ id: string; name: string } | null> {
    const source = await this.artifactSources.byName(accountId, serviceId, name);
    return source ? { id: source.id, name: source.name } : null;
  }

  artifactByBuild(accountId: string, artifactSourceId: string, buildNo: string) {
    return this.artifactSources.artifactByBuild(accountId, artifactSourceId, buildNo);
  }

  artifact(accountId: string, artifactId: string) {
    return this.artifactSources.artifact(accountId, artifactId);
  }

  async appManifests(accountId: string, serviceIds: readonly string[]): Promise<Array<{ id: string; serviceId: string; name: string }>> {
    if (serviceIds.length === 0) return [];
    return (await this.manifests.appManifests.manifestsOfServices(accountId, serviceIds)).map(({ id, serviceId, name }) => ({ id, serviceId, name }));
  }

  manifestVersion(accountId: string, manifestVersionId: string): Promise<RecordedManifestVersion | null> {
    return this.manifests.versions.byId(accountId, manifestVersionId);
  }

  manifestVersionByNumber(accountId: string, appManifestId: string, version: string): Promise<RecordedManifestVersion | null> {
    return this.manifests.versions.byVersion(accountId, appManifestId, version);
  }
}

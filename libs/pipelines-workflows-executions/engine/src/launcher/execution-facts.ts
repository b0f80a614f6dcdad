import type { ManifestVersion } from '@fg/pipelines-workflows-executions/data-access';

/** A chart version recordManifestVersion recorded, as executions deploy it. */
export type RecordedManifestVersion = Pick<ManifestVersion, 'id' | 'serviceId' | 'appManifestId' | 'version' | 'createdAt'>;

/**
 * What starting an execution needs to know of other subgraphs' entities: read from projections fed by their domain
 * events (never by calling them), behind this port so the engine does not depend on how they are kept.
 */
export interface ExecutionFacts {
  /** The environment's type; null when the environment is not known (yet). */
  environmentType(accountId: string, environmentId: string): Promise<'PROD' | 'NON_PROD' | null>;
  /** The environments of these ids that are known and not deleted. */
  environments(accountId: string, environmentIds: readonly string[]): Promise<Array<{ id: string }>>;
  /** The infrastructure definitions of these ids that are known and not deleted. */
  infrastructureDefinitions(accountId: string, ids: readonly string[]): Promise<Array<{ id: string }>>;
  /** The application's services of these ids that are known. */
  services(accountId: string, serviceIds: readonly string[]): Promise<Array<{ id: string; name: string }>>;
  /** A service's artifact source by name. */
  artifactSourceByName(accountId: string, serviceId: string, name: string): Promise<{ id: string; name: string } | null>;
  /** A source's collected build by number, if it was collected. */
  artifactByBuild(accountId: string, artifactSourceId: string, buildNo: string): Promise<{ id: string } | null>;
  /** A collected artifact. */
  artifact(accountId: string, artifactId: string): Promise<{ id: string; artifactSourceId: string; serviceId: string; buildNo: string } | null>;
  /** The application manifests (charts) of these services that are known: recorded at least once. */
  appManifests(accountId: string, serviceIds: readonly string[]): Promise<Array<{ id: string; serviceId: string; name: string }>>;
  /** A recorded chart version by its id (the reference's helmChartId). */
  manifestVersion(accountId: string, manifestVersionId: string): Promise<RecordedManifestVersion | null>;
  /** A manifest's recorded chart version by its number. */
  manifestVersionByNumber(accountId: string, appManifestId: string, version: string): Promise<RecordedManifestVersion | null>;
}

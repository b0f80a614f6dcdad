import type {
  ArtifactSelection,
  CollectedArtifactRepository,
  DeployedArtifactRepository,
  DeployedManifestRepository,
  FiringArtifact,
  ManifestSelection,
  ManifestVersion,
  ManifestVersionRepository,
} from '@fg/pipelines-workflows-executions/data-access';
import { buildFilter } from './build-filter';
import type { FiringOccasion } from './firing-occasion';
import type { FiringManifest } from './trigger-execution-starter';

export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

const missing = (message: string): Resolved<never> => ({ ok: false, message });

/** `{ "artifacts": [{ "service": "<service id>", "buildNumber": "1.4.2" }] }`, the reference's custom payload shape. */
function payloadBuild(payload: unknown, serviceId: string): string | null {
  const artifacts = (payload as { artifacts?: unknown } | null)?.artifacts;
  if (!Array.isArray(artifacts)) return null;
  const entry = artifacts.find((a) => (a as { service?: unknown } | null)?.service === serviceId) as { buildNumber?: unknown } | undefined;
  return typeof entry?.buildNumber === 'string' ? entry.buildNumber : null;
}

/** `{ "manifests": [{ "service": "<service id>", "versionNumber": "1.2.3" }] }`, the reference's custom payload shape. */
function payloadManifestVersion(payload: unknown, serviceId: string): string | null {
  const manifests = (payload as { manifests?: unknown } | null)?.manifests;
  if (!Array.isArray(manifests)) return null;
  const entry = manifests.find((m) => (m as { service?: unknown } | null)?.service === serviceId) as { versionNumber?: unknown } | undefined;
  return typeof entry?.versionNumber === 'string' ? entry.versionNumber : null;
}

/** A recorded chart version as a firing deploys it. */
const recorded = (version: ManifestVersion): Omit<FiringManifest, 'serviceId'> => ({ appManifestId: version.appManifestId, manifestId: version.id, version: version.version });

/**
 * Artifact and manifest selections resolved at firing time, never earlier: a schedule or webhook deploys what is
 * there when it fires.
 */
export class SelectionResolver {
  constructor(
    private readonly artifacts: CollectedArtifactRepository,
    private readonly deployed: DeployedArtifactRepository,
    private readonly manifests: ManifestVersionRepository,
    private readonly deployedManifests: DeployedManifestRepository,
  ) {}

  async artifact(accountId: string, selection: ArtifactSelection, occasion: FiringOccasion): Promise<Resolved<FiringArtifact>> {
    const of = (a: { serviceId: string; artifactSourceId: string; artifactId: string; buildNo: string } | null, why: string): Resolved<FiringArtifact> =>
      a
        ? { ok: true, value: { serviceId: selection.serviceId, artifactSourceId: a.artifactSourceId, artifactId: a.artifactId, buildNo: a.buildNo } }
        : missing(why);
    switch (selection.type) {
      case 'FROM_TRIGGERING_ARTIFACT':
        return of(occasion.kind === 'ARTIFACT' ? occasion.artifact : null, `No triggering artifact for service ${selection.serviceId}`);
      case 'FROM_TRIGGERING_PIPELINE':
        return of(
          occasion.kind === 'PIPELINE' ? (occasion.execution.artifacts.find((a) => a.serviceId === selection.serviceId) ?? null) : null,
          `The triggering pipeline deployed no artifact of service ${selection.serviceId}`,
        );
      case 'LAST_COLLECTED': {
        const source = selection.artifactSourceId ?? '';
        const found = await this.artifacts.latestOfSource(accountId, source, buildFilter(selection.artifactFilter, selection.regex));
        return of(found, `No collected artifact of source ${source}${selection.artifactFilter ? ` matches ${selection.artifactFilter}` : ''}`);
      }
      case 'LAST_DEPLOYED_WORKFLOW':
      case 'LAST_DEPLOYED_PIPELINE': {
        const entityId = (selection.type === 'LAST_DEPLOYED_WORKFLOW' ? selection.workflowId : selection.pipelineId) ?? '';
        return of(await this.deployed.lastDeployed(accountId, entityId, selection.serviceId), `Nothing of service ${selection.serviceId} was deployed by ${entityId} yet`);
      }
      case 'FROM_PAYLOAD_SOURCE': {
        const buildNo = occasion.kind === 'WEBHOOK' ? payloadBuild(occasion.delivery.payload, selection.serviceId) : null;
        if (!buildNo) return missing(`The payload names no build for service ${selection.serviceId}`);
        const source = selection.artifactSourceId ?? '';
        return of(await this.artifacts.byBuild(accountId, source, buildNo), `Build ${buildNo} of source ${source} has not been collected`);
      }
    }
  }

  async manifest(accountId: string, selection: ManifestSelection, occasion: FiringOccasion): Promise<Resolved<FiringManifest>> {
    const of = (m: Omit<FiringManifest, 'serviceId'> | null, why: string): Resolved<FiringManifest> =>
      m ? { ok: true, value: { serviceId: selection.serviceId, appManifestId: m.appManifestId, manifestId: m.manifestId, version: m.version } } : missing(why);
    switch (selection.type) {
      case 'FROM_APP_MANIFEST':
        return of(occasion.kind === 'MANIFEST' ? recorded(occasion.manifest) : null, `No triggering manifest for service ${selection.serviceId}`);
      case 'LAST_COLLECTED': {
        const appManifestId = selection.appManifestId ?? '';
        const found = await this.manifests.latest(accountId, appManifestId, buildFilter(selection.versionRegex, true));
        return of(found && recorded(found), `No recorded version of manifest ${appManifestId}${selection.versionRegex ? ` matches ${selection.versionRegex}` : ''}`);
      }
      case 'WEBHOOK_VARIABLE': {
        const version = occasion.kind === 'WEBHOOK' ? payloadManifestVersion(occasion.delivery.payload, selection.serviceId) : null;
        if (!version) return missing(`The payload names no manifest version for service ${selection.serviceId}`);
        const appManifestId = selection.appManifestId ?? '';
        const found = await this.manifests.byVersion(accountId, appManifestId, version);
        return of(found && recorded(found), `Version ${version} of manifest ${appManifestId} has not been recorded`);
      }
      case 'LAST_DEPLOYED': {
        const entityId = selection.workflowId ?? selection.pipelineId ?? '';
        return of(await this.deployedManifests.lastDeployed(accountId, entityId, selection.serviceId), `No chart version of service ${selection.serviceId} was deployed by ${entityId} yet`);
      }
      case 'PIPELINE_SOURCE':
        return of(
          occasion.kind === 'PIPELINE' ? (occasion.execution.manifests.find((m) => m.serviceId === selection.serviceId) ?? null) : null,
          `The triggering pipeline deployed no chart version of service ${selection.serviceId}`,
        );
    }
  }
}

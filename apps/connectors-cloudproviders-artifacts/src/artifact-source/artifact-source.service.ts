import DataLoader from 'dataloader';
import { hashSecret } from '@fg/hashed-secrets';
import { badInput, byIdLoader, conflict, notFound } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { hasAppPermission, requireAppPermission, type Action } from '@fg/permissions';
import { isDuplicateKeyError } from '@fg/tenancy';
import type {
  ArtifactRepository,
  ArtifactSource,
  ArtifactSourceRepository,
  ArtifactSourceType,
} from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { DomainFacts } from '../events/domain-facts';
import type { ReferenceChecker } from '../references/reference-checker';
import { isGiven, pickSubInput, withoutUndefined } from '../settings/settings-shape';
import { ARTIFACT_SOURCE_KINDS, ARTIFACT_SOURCE_SLOTS, NEXUS_FORMAT_FIELDS } from './artifact-source-kinds';
import { newCollectionToken } from './collection-token';

export const ARTIFACT_SOURCE_NOT_FOUND = 'Artifact source does not exist';

export type CreateArtifactSourceInput = {
  appId: string;
  serviceId: string;
  name: string;
  artifactSourceType: ArtifactSourceType;
} & Record<string, unknown>;

export type UpdateArtifactSourceInput = { artifactSourceId: string; name?: string | null } & Record<string, unknown>;

interface KindSettings {
  settings: Record<string, unknown>;
  connectorId: string | null;
  cloudProviderId: string | null;
}

export class ArtifactSourceService {
  private readonly byId: DataLoader<string, ArtifactSource | null>;
  private readonly byService: DataLoader<string, ArtifactSource[]>;

  private readonly accountId: string;

  constructor(
    private readonly principal: Principal,
    private readonly sources: ArtifactSourceRepository,
    private readonly artifacts: ArtifactRepository,
    private readonly references: ReferenceChecker,
    private readonly facts: Pick<DomainFacts, 'artifactSourceCreated' | 'artifactSourceDeleted'>,
  ) {
    const accountId = principal.accountId;
    this.accountId = accountId;
    this.byId = byIdLoader((ids) => sources.byIds(accountId, ids));
    this.byService = new DataLoader(async (serviceIds) => {
      const found = await sources.ofServices(accountId, serviceIds);
      return serviceIds.map((serviceId) => found.filter((source) => source.serviceId === serviceId));
    });
  }

  /** A source the caller may read, or null (an entity reference the caller may not see resolves to null). */
  async find(id: string): Promise<ArtifactSource | null> {
    const source = await this.byId.load(id);
    return source && this.may('READ', source) ? source : null;
  }

  /** A source the caller may read; FORBIDDEN when it exists but the caller may not read its service. */
  async get(id: string): Promise<ArtifactSource> {
    const source = await this.byId.load(id);
    if (!source) throw notFound(ARTIFACT_SOURCE_NOT_FOUND);
    this.authorize('READ', source);
    return source;
  }

  /** Service.artifactSources: every service of one response shares one read; only sources the caller may read. */
  async ofService(serviceId: string): Promise<ArtifactSource[]> {
    return (await this.byService.load(serviceId)).filter((source) => this.may('READ', source));
  }

  /** The stored source, for a write: the caller must be allowed to update its service. */
  async forUpdate(id: string): Promise<ArtifactSource> {
    const source = await this.byId.load(id);
    if (!source) throw notFound(ARTIFACT_SOURCE_NOT_FOUND);
    this.authorize('UPDATE', source);
    return source;
  }

  async create(input: CreateArtifactSourceInput): Promise<{ source: ArtifactSource; collectionToken: string }> {
    this.authorize('UPDATE', input);
    const kind = input.artifactSourceType;
    const kindSettings = await this.kindSettings(kind, input);
    const collectionToken = newCollectionToken();
    let source: ArtifactSource;
    try {
      source = await this.sources.create(this.accountId, {
        appId: input.appId,
        serviceId: input.serviceId,
        type: kind,
        name: input.name,
        ...kindSettings,
        createdById: actingUserId(this.principal),
        collectionTokenHash: hashSecret(collectionToken),
      });
    } catch (error) {
      throw isDuplicateKeyError(error) ? conflict(`The service already has an artifact source named ${input.name}`) : error;
    }
    await this.facts.artifactSourceCreated(source);
    return { source, collectionToken };
  }

  /** The name may change alone; the kind's sub-input, when given, replaces the kind's settings as a whole. */
  async update(input: UpdateArtifactSourceInput): Promise<ArtifactSource> {
    const stored = await this.forUpdate(input.artifactSourceId);
    const slot = ARTIFACT_SOURCE_KINDS[stored.type].slot;
    const kindSettings = isGiven(input[slot])
      ? await this.kindSettings(stored.type, input)
      : (this.refuseOtherKinds(stored.type, input), { settings: stored.settings, connectorId: stored.connectorId, cloudProviderId: stored.cloudProviderId });
    if (input.name === null) throw badInput('name cannot be null');
    let updated: ArtifactSource | null;
    try {
      updated = await this.sources.replaceSettings(this.accountId, stored.id, { name: input.name ?? stored.name, ...kindSettings });
    } catch (error) {
      throw isDuplicateKeyError(error) ? conflict(`The service already has an artifact source named ${String(input.name)}`) : error;
    }
    if (!updated) throw notFound(ARTIFACT_SOURCE_NOT_FOUND);
    // Executions name sources by name, so a rename is told like a creation.
    if (updated.name !== stored.name) await this.facts.artifactSourceCreated(updated);
    return updated;
  }

  /** Cascades to the source's artifacts: they mean nothing without it. */
  async delete(id: string): Promise<void> {
    const stored = await this.forUpdate(id);
    if (!(await this.sources.remove(this.accountId, id))) throw notFound(ARTIFACT_SOURCE_NOT_FOUND);
    await this.artifacts.removeOfSource(this.accountId, id);
    await this.facts.artifactSourceDeleted(stored);
  }

  async setCollectionEnabled(appId: string, id: string, enabled: boolean): Promise<void> {
    const stored = await this.forUpdate(id);
    if (stored.appId !== appId) throw notFound(ARTIFACT_SOURCE_NOT_FOUND);
    if (!(await this.sources.setCollectionEnabled(this.accountId, id, appId, enabled))) throw notFound(ARTIFACT_SOURCE_NOT_FOUND);
  }

  private async kindSettings(kind: ArtifactSourceType, input: Record<string, unknown>): Promise<KindSettings> {
    const definition = ARTIFACT_SOURCE_KINDS[kind];
    const slots = Object.fromEntries(ARTIFACT_SOURCE_SLOTS.map((slot) => [slot === definition.slot ? kind : `other:${slot}`, slot]));
    const given =
      definition.slotOptional && !isGiven(input[definition.slot])
        ? (this.refuseOtherKinds(kind, input), {})
        : pickSubInput(input, 'artifactSourceType', kind, slots).settings;
    const settings = withoutUndefined(given);
    if (kind === 'NEXUS') checkNexusFormat(settings);
    if (kind === 'ARTIFACTORY' && isGiven(settings.dockerImageName) === isGiven(settings.artifactPath)) {
      throw badInput('artifactory takes either dockerImageName (a Docker repository) or artifactPath (a file repository)');
    }
    const connector = definition.connector;
    const cloudProvider = definition.cloudProvider;
    const connectorId = connector
      ? (await this.references.requireConnector(String(settings[connector.field]), connector.type, connector.notFound)).id
      : null;
    const cloudProviderId = cloudProvider
      ? (await this.references.requireCloudProvider(String(settings[cloudProvider.field]), cloudProvider.type, cloudProvider.notFound)).id
      : null;
    return { settings, connectorId, cloudProviderId };
  }

  private refuseOtherKinds(kind: ArtifactSourceType, input: Record<string, unknown>): void {
    const own = ARTIFACT_SOURCE_KINDS[kind].slot;
    const others = ARTIFACT_SOURCE_SLOTS.filter((slot) => slot !== own && isGiven(input[slot]));
    if (others.length > 0) throw badInput(`artifactSourceType ${kind} takes only ${own}; remove ${others.join(', ')}`);
  }

  /**
   * An artifact source belongs to its service: reading it needs READ, and creating, changing, deleting it or recording
   * its builds needs UPDATE, of the SERVICE application permission covering that service (API.md §3.5).
   */
  authorize(action: Action, source: Pick<ArtifactSource, 'appId' | 'serviceId'>): void {
    requireAppPermission(this.principal.permissions, { entityType: 'SERVICE', action, appId: source.appId, entityId: source.serviceId });
  }

  private may(action: Action, source: Pick<ArtifactSource, 'appId' | 'serviceId'>): boolean {
    return hasAppPermission(this.principal.permissions, { entityType: 'SERVICE', action, appId: source.appId, entityId: source.serviceId });
  }
}

function checkNexusFormat(settings: Record<string, unknown>): void {
  const format = NEXUS_FORMAT_FIELDS[String(settings.repositoryFormat)];
  for (const field of format?.required ?? []) {
    if (!isGiven(settings[field])) throw badInput(`nexus.${field} is required for repositoryFormat ${String(settings.repositoryFormat)}`);
  }
}

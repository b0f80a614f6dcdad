import { randomBytes } from 'node:crypto';
import DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, idFilterCondition, lazyConnection, notFound, pageRequest, type Connection, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { applicationListScope, hasAppPermission, listScopeFilter, requireAppPermission, type AppPermissionRequest } from '@fg/permissions';
import { isDuplicateKeyError, type KnownConnectorProjection } from '@fg/tenancy';
import type {
  AppManifest,
  AppManifestRepository,
  ArtifactSourceProjection,
  CatalogProjection,
  TagLinkProjection,
  ManifestVersion,
  ManifestVersionRepository,
  Pipeline,
  PipelineRepository,
  Trigger,
  TriggerAction,
  TriggerFiring,
  TriggerFiringRepository,
  TriggerQuery,
  TriggerRepository,
  TriggerTargetEnvironment,
  Workflow,
  WorkflowRepository,
} from '@fg/pipelines-workflows-executions/data-access';
import type { TriggerDispatcher, TriggerExecutionStarter, TriggerSchedules } from '@fg/pipelines-workflows-executions/triggers';
import type {
  CreateTriggerInput,
  DeleteTriggerInput,
  RecordManifestVersionInput,
  TriggerFilter,
  UpdateTriggerInput,
} from '../generated/resolvers-types';
import { tagCondition, tagsLoader } from '../definition/definition-filters';
import { actionFromInput, conditionFromInput, type TriggerReferences } from './trigger-input';
import type { ConnectorReferencePublisher } from './connector-reference-events';
import type { MentionedNames } from './trigger.read-model';

export const TRIGGER_NOT_FOUND = 'Trigger does not exist';

/** What every request's TriggerService shares: repositories, the schedules and the firing pipeline. */
export interface TriggerServices {
  triggers: TriggerRepository;
  firings: TriggerFiringRepository;
  workflows: WorkflowRepository;
  pipelines: PipelineRepository;
  manifests: ManifestVersionRepository;
  schedules: TriggerSchedules;
  dispatcher: TriggerDispatcher;
  publicBaseUrl: string;
  /** apps-services' tag events: applications' tags for `triggers(filters: [{ tag }])`, triggers' own for `Trigger.tags`. */
  tags: TagLinkProjection;
  /** Services (apps-services' events) and artifact sources (connectors' events) a trigger may name. */
  catalog: Pick<CatalogProjection, 'servicesByIds' | 'application'>;
  artifactSources: Pick<ArtifactSourceProjection, 'liveByIds'>;
  /** The account's connectors (connectors' events): a webhook trigger's gitConnectorId must be a GIT one. */
  connectors: Pick<KnownConnectorProjection, 'liveByIds'>;
  /** Application manifests, known from their first recordManifestVersion. */
  appManifests: Pick<AppManifestRepository, 'register' | 'manifestsByIds'>;
  /** Tells connectors which git connector each trigger uses, so deleting one in use is refused there. */
  connectorReferences: ConnectorReferencePublisher;
  /** The engine's EXECUTE request for a trigger's target (environments included), the one its firings are checked against. */
  executeRights: Pick<TriggerExecutionStarter, 'executeRequest'>;
}

/** The git connector a trigger uses, if any. */
const gitConnectorOf = (trigger: Pick<Trigger, 'condition'>): string | null => (trigger.condition.type === 'ON_WEBHOOK' ? trigger.condition.gitConnectorId : null);

const newWebhookToken = () => randomBytes(24).toString('base64url');

/**
 * READ on the trigger's target as reading the target itself asks it: a workflow by its environment, a pipeline by its
 * environments, both as kept on the trigger at its last write (by id alone on triggers written before they were kept).
 */
function readPermission(trigger: Trigger): AppPermissionRequest {
  const request = { action: 'READ' as const, appId: trigger.applicationId, entityId: trigger.action.entityId };
  const kept = trigger.targetEnvironments;
  if (trigger.action.executionType === 'PIPELINE') return { ...request, entityType: 'PIPELINE', ...(kept ? { environments: kept } : {}) };
  return { ...request, entityType: 'WORKFLOW', ...(kept ? { environment: kept[0] ?? null } : {}) };
}

/** What the trigger keeps of the EXECUTE request its save was checked with: its target's environments, when known. */
function targetEnvironmentsOf(request: AppPermissionRequest): TriggerTargetEnvironment[] | undefined {
  if (request.environments) return request.environments.map(({ id, type }) => ({ id, type }));
  if (request.environment === undefined) return undefined;
  return request.environment ? [{ id: request.environment.id, type: request.environment.type }] : [];
}

/**
 * Triggers as one request sees them. Reading a trigger needs READ on the workflow or pipeline it starts; creating,
 * replacing or deleting one needs the permission to execute it (EXECUTE_WORKFLOW / EXECUTE_PIPELINE), as the
 * reference's trigger authorisation does, since a trigger executes it in its creator's name.
 */
export class TriggerService {
  private readonly byId: DataLoader<string, Trigger | null>;
  private readonly workflowById: DataLoader<string, Workflow | null>;
  private readonly pipelineById: DataLoader<string, Pipeline | null>;
  private readonly serviceNameById: DataLoader<string, string | null>;
  private readonly sourceNameById: DataLoader<string, string | null>;
  private readonly connectorById: DataLoader<string, { name: string; type: string } | null>;
  private readonly manifestById: DataLoader<string, AppManifest | null>;
  private readonly tagsOfTriggers: ReturnType<typeof tagsLoader>;
  private readonly visible: TriggerQuery | undefined;

  constructor(
    private readonly services: TriggerServices,
    private readonly principal: Principal,
    private readonly now: () => number = Date.now,
  ) {
    const accountId = principal.accountId;
    this.byId = byIdLoader((ids) => services.triggers.byIds(accountId, ids));
    this.workflowById = byIdLoader((ids) => services.workflows.byIds(accountId, ids));
    this.pipelineById = byIdLoader((ids) => services.pipelines.byIds(accountId, ids));
    const namesOf = async (ids: readonly string[], rows: Array<{ id: string; name: string }>) => ids.map((id) => rows.find((r) => r.id === id)?.name ?? null);
    this.serviceNameById = new DataLoader(async (ids) => namesOf(ids, await services.catalog.servicesByIds(accountId, ids)));
    this.sourceNameById = new DataLoader(async (ids) => namesOf(ids, await services.artifactSources.liveByIds(accountId, ids)));
    this.connectorById = byIdLoader((ids) => services.connectors.liveByIds(accountId, ids));
    this.manifestById = byIdLoader((ids) => services.appManifests.manifestsByIds(accountId, ids));
    this.tagsOfTriggers = tagsLoader(services.tags, accountId, 'TRIGGER');
    // Triggers kept no environments before their target's were copied onto them: those match by target id alone.
    const fields = { appId: 'applicationId', entityId: 'action.entityId', environments: 'targetEnvironments' };
    const workflows = listScopeFilter(applicationListScope(principal.permissions, 'WORKFLOW', 'READ'), fields);
    const pipelines = listScopeFilter(applicationListScope(principal.permissions, 'PIPELINE', 'READ'), fields);
    this.visible =
      workflows === undefined && pipelines === undefined
        ? undefined
        : {
            $or: [
              { 'action.executionType': 'WORKFLOW', ...(workflows ? { $and: [workflows] } : {}) },
              { 'action.executionType': 'PIPELINE', ...(pipelines ? { $and: [pipelines] } : {}) },
            ],
          };
  }

  get publicBaseUrl(): string {
    return this.services.publicBaseUrl;
  }

  private readable(trigger: Trigger): boolean {
    return hasAppPermission(this.principal.permissions, readPermission(trigger));
  }

  private authorizedRead(trigger: Trigger | null): Trigger {
    if (!trigger) throw notFound(TRIGGER_NOT_FOUND);
    requireAppPermission(this.principal.permissions, readPermission(trigger));
    return trigger;
  }

  /** An entity reference: null when it does not exist in the account or may not be read. */
  async find(id: string): Promise<Trigger | null> {
    const trigger = await this.byId.load(id);
    return trigger && this.readable(trigger) ? trigger : null;
  }

  async get(id: string): Promise<Trigger> {
    return this.authorizedRead(await this.byId.load(id));
  }

  async getByName(applicationId: string, name: string): Promise<Trigger> {
    return this.authorizedRead(await this.services.triggers.byName(this.principal.accountId, applicationId, name));
  }

  /** `Trigger.tags` of a trigger already read (and authorised); every trigger of a page shares one read. */
  tagsOf(triggerId: string) {
    return this.tagsOfTriggers.load(triggerId);
  }

  async list(filters: ReadonlyArray<TriggerFilter | null> | null | undefined, limit: number, offset: number | null | undefined): Promise<Connection<Trigger>> {
    const page = pageRequest(limit, offset);
    const accountId = this.principal.accountId;
    const conditions: TriggerQuery[] = [];
    for (const filter of filters ?? []) {
      if (!filter) continue;
      if (filter.trigger) conditions.push({ _id: idFilterCondition(filter.trigger as IdFilter) });
      if (filter.application) conditions.push({ applicationId: idFilterCondition(filter.application as IdFilter) });
      // TriggerTagType has only APPLICATION: a trigger matches by its application's tags.
      if (filter.tag) {
        const tagged = await tagCondition(this.services.tags, accountId, { entityType: 'APPLICATION', tags: filter.tag.tags }, 'APPLICATION');
        if (tagged) conditions.push(tagged);
      }
    }
    if (this.visible) conditions.push(this.visible);
    const query: TriggerQuery = conditions.length ? { $and: conditions } : {};
    return lazyConnection(page, {
      fetch: (from, count) => this.services.triggers.list(accountId, query, from, count),
      count: () => this.services.triggers.countOf(accountId, query),
    });
  }

  /** Names of what a trigger mentions, loaded in one batch per request (null for what is not known). */
  async mentionedNames(trigger: Trigger): Promise<MentionedNames> {
    const workflowIds = new Set<string>();
    const pipelineIds = new Set<string>();
    const serviceIds = new Set<string>();
    const sourceIds = new Set<string>();
    const manifestIds = new Set<string>();
    const a = trigger.action;
    (a.executionType === 'WORKFLOW' ? workflowIds : pipelineIds).add(a.entityId);
    if (trigger.condition.type === 'ON_PIPELINE_COMPLETION') pipelineIds.add(trigger.condition.pipelineId);
    if (trigger.condition.type === 'ON_NEW_ARTIFACT') sourceIds.add(trigger.condition.artifactSourceId);
    if (trigger.condition.type === 'ON_NEW_MANIFEST') manifestIds.add(trigger.condition.appManifestId);
    const gitConnectorId = gitConnectorOf(trigger);
    for (const s of [...a.artifactSelections, ...a.manifestSelections]) {
      serviceIds.add(s.serviceId);
      if (s.workflowId) workflowIds.add(s.workflowId);
      if (s.pipelineId) pipelineIds.add(s.pipelineId);
      if ('artifactSourceId' in s && s.artifactSourceId) sourceIds.add(s.artifactSourceId);
      if ('appManifestId' in s && s.appManifestId) manifestIds.add(s.appManifestId);
    }
    const [workflows, pipelines, services, sources, manifests, connector] = await Promise.all([
      this.workflowById.loadMany([...workflowIds]),
      this.pipelineById.loadMany([...pipelineIds]),
      this.serviceNameById.loadMany([...serviceIds]),
      this.sourceNameById.loadMany([...sourceIds]),
      this.manifestById.loadMany([...manifestIds]),
      gitConnectorId ? this.connectorById.load(gitConnectorId) : null,
    ]);
    const names = new Map<string, string>();
    for (const entity of [...workflows, ...pipelines]) if (entity && !(entity instanceof Error)) names.set(entity.id, entity.name);
    const byId = (ids: Set<string>, loaded: Array<string | null | Error>) =>
      new Map([...ids].flatMap((id, i) => (typeof loaded[i] === 'string' ? [[id, loaded[i] as string]] : [])));
    const serviceNames = byId(serviceIds, services);
    const sourceNames = byId(sourceIds, sources);
    const lookup = (map: Map<string, string>) => (id: string | null) => (id ? (map.get(id) ?? null) : null);
    const knownManifests = new Map(manifests.flatMap((m) => (m && !(m instanceof Error) ? [[m.id, m] as const] : [])));
    return {
      workflow: lookup(names),
      pipeline: lookup(names),
      service: lookup(serviceNames),
      artifactSource: lookup(sourceNames),
      gitConnector: (id) => (id && id === gitConnectorId && connector ? connector.name : null),
      appManifest: (id) => (id ? (knownManifests.get(id) ?? null) : null),
    };
  }

  /** Everything the trigger names must exist in its application: workflows, pipelines, services, sources, app manifests. */
  private async checkReferences(applicationId: string, references: TriggerReferences): Promise<void> {
    const workflows = await this.workflowById.loadMany(references.workflowIds);
    if (workflows.some((w) => !w || w instanceof Error || w.applicationId !== applicationId)) throw notFound('Workflow does not exist');
    const pipelines = await this.pipelineById.loadMany(references.pipelineIds);
    if (pipelines.some((p) => !p || p instanceof Error || p.applicationId !== applicationId)) throw notFound('Pipeline does not exist');
    // Known from other subgraphs' events: a service or source created a moment ago may not be known yet.
    const accountId = this.principal.accountId;
    const serviceIds = [...new Set(references.serviceIds)];
    const services = await this.services.catalog.servicesByIds(accountId, serviceIds);
    const missingService = serviceIds.find((id) => !services.some((s) => s.id === id && s.appId === applicationId));
    if (missingService) throw notFound(`Service does not exist (${missingService})`);
    const sources = await this.services.artifactSources.liveByIds(accountId, [...new Set(references.artifactSources.map((s) => s.id))]);
    for (const wanted of references.artifactSources) {
      const source = sources.find((s) => s.id === wanted.id && s.appId === applicationId);
      if (!source) throw notFound(`Artifact source does not exist (${wanted.id})`);
      if (wanted.serviceId && source.serviceId !== wanted.serviceId) throw badInput(`Artifact source ${wanted.id} is not a source of service ${wanted.serviceId}`);
    }
    // A manifest is known once a version of it was recorded, in the application and for the service it belongs to.
    const manifests = await this.manifestById.loadMany([...new Set(references.appManifests.map((m) => m.id))]);
    for (const wanted of references.appManifests) {
      const manifest = manifests.find((m): m is AppManifest => !!m && !(m instanceof Error) && m.id === wanted.id);
      if (!manifest || manifest.applicationId !== applicationId) throw notFound(`App manifest does not exist (${wanted.id}); record a version of it first`);
      if (wanted.serviceId && manifest.serviceId !== wanted.serviceId) throw badInput(`App manifest ${wanted.id} is not a manifest of service ${wanted.serviceId}`);
    }
  }

  /** A webhook trigger's git connector must be a GIT connector of the account (connectors' events). */
  private async checkGitConnector(connectorId: string | null): Promise<void> {
    if (!connectorId) return;
    const connector = await this.connectorById.load(connectorId);
    if (!connector) throw notFound(`Git connector does not exist (${connectorId})`);
    if (connector.type !== 'GIT') throw badInput(`Connector ${connector.name} (${connectorId}) is a ${connector.type} connector, not a GIT connector`);
  }

  /** Tells connectors which git connector the trigger uses now (again on a rename, so its refusals name it right). */
  private async announceConnector(trigger: Trigger | null, previous: Trigger | null): Promise<void> {
    const before = previous ? gitConnectorOf(previous) : null;
    const after = trigger ? gitConnectorOf(trigger) : null;
    const references = this.services.connectorReferences;
    const accountId = this.principal.accountId;
    if (before && before !== after) await references.unreferenced({ accountId, triggerId: previous!.id, triggerName: previous!.name }, before);
    if (after && (after !== before || trigger!.name !== previous?.name)) await references.referenced({ accountId, triggerId: trigger!.id, triggerName: trigger!.name }, after);
  }

  private async fieldsOf(input: CreateTriggerInput | UpdateTriggerInput, existing: Trigger | null) {
    const name = input.name.trim();
    if (!name) throw badInput('Trigger name must not be empty');
    const applicationId = input.applicationId.trim();
    if (!applicationId) throw badInput('applicationId is required');
    // A webhook keeps its URL across updates.
    const keptToken = existing?.condition.type === 'ON_WEBHOOK' ? existing.condition.token : null;
    const condition = conditionFromInput(input.condition, () => keptToken ?? newWebhookToken(), this.now());
    const { action, references } = actionFromInput(input.action, condition.type);
    const executeRequest = await this.requireExecute(action, applicationId);
    if (condition.type === 'ON_PIPELINE_COMPLETION') references.pipelineIds.push(condition.pipelineId);
    if (condition.type === 'ON_NEW_ARTIFACT') references.artifactSources.push({ id: condition.artifactSourceId, serviceId: null });
    if (condition.type === 'ON_NEW_MANIFEST') {
      references.appManifests.push({ id: condition.appManifestId, serviceId: null });
      // The triggering manifest is deployed to its own service.
      for (const s of action.manifestSelections) if (s.type === 'FROM_APP_MANIFEST') references.appManifests.push({ id: condition.appManifestId, serviceId: s.serviceId });
    }
    if (condition.type === 'ON_WEBHOOK') await this.checkGitConnector(condition.gitConnectorId);
    if (condition.type === 'ON_WEBHOOK' && condition.webhookSource === 'GITHUB' && !condition.webhookSecret) {
      const application = await this.services.catalog.application(this.principal.accountId, applicationId);
      if (application?.areWebHookSecretsMandated) throw badInput('This application requires a webhookSecret on GitHub webhook triggers (areWebHookSecretsMandated)');
    }
    await this.checkReferences(applicationId, references);
    const targetEnvironments = targetEnvironmentsOf(executeRequest);
    return {
      applicationId,
      name,
      description: input.description?.trim() || null,
      condition,
      action,
      actor: { kind: this.principal.kind, id: this.principal.id, permissions: this.principal.permissions },
      // Kept so that reads and lists check them without reading the target; refreshed at every update.
      ...(targetEnvironments ? { targetEnvironments } : {}),
    };
  }

  /** The permission a trigger's action needs: executing its workflow or pipeline, asked as the engine asks it at start. */
  private async requireExecute(action: Pick<TriggerAction, 'executionType' | 'entityId'>, applicationId: string): Promise<AppPermissionRequest> {
    const target = { applicationId, executionType: action.executionType, entityId: action.entityId };
    const request = await this.services.executeRights.executeRequest(this.principal.accountId, target);
    requireAppPermission(this.principal.permissions, request);
    return request;
  }

  private nameTaken(name: string) {
    return conflict(`A trigger named "${name}" already exists in this application`);
  }

  /** The trigger's BullMQ job scheduler follows its condition: upserted while ON_SCHEDULE, removed when it stops being. */
  private async syncSchedule(trigger: Trigger, previous: Trigger | null): Promise<void> {
    if (trigger.condition.type === 'ON_SCHEDULE') await this.services.schedules.upsert(trigger.accountId, trigger.id, trigger.condition.cronExpression);
    else if (previous?.condition.type === 'ON_SCHEDULE') await this.services.schedules.remove(trigger.id);
  }

  async create(input: CreateTriggerInput): Promise<Trigger> {
    const fields = await this.fieldsOf(input, null);
    let trigger: Trigger;
    try {
      trigger = await this.services.triggers.create(this.principal.accountId, { ...fields, createdBy: actingUserId(this.principal) });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw this.nameTaken(fields.name);
      throw error;
    }
    await this.syncSchedule(trigger, null);
    await this.announceConnector(trigger, null);
    return trigger;
  }

  async update(input: UpdateTriggerInput): Promise<Trigger> {
    const existing = await this.byId.load(input.triggerId);
    if (!existing || existing.applicationId !== input.applicationId.trim()) throw notFound(TRIGGER_NOT_FOUND);
    // Replacing a trigger takes away what it executed, so that needs the same right as what it will execute.
    await this.requireExecute(existing.action, existing.applicationId);
    const fields = await this.fieldsOf(input, existing);
    let trigger: Trigger | null;
    try {
      trigger = await this.services.triggers.replace(this.principal.accountId, existing.id, fields);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw this.nameTaken(fields.name);
      throw error;
    }
    if (!trigger) throw notFound(TRIGGER_NOT_FOUND);
    await this.syncSchedule(trigger, existing);
    await this.announceConnector(trigger, existing);
    return trigger;
  }

  async delete(input: DeleteTriggerInput): Promise<void> {
    const existing = await this.byId.load(input.triggerId);
    if (!existing || existing.applicationId !== input.applicationId) throw notFound(TRIGGER_NOT_FOUND);
    await this.requireExecute(existing.action, existing.applicationId);
    await this.services.triggers.remove(this.principal.accountId, existing.id);
    if (existing.condition.type === 'ON_SCHEDULE') await this.services.schedules.remove(existing.id);
    await this.announceConnector(null, existing);
  }

  async firings(triggerId: string, limit: number, offset: number | null | undefined): Promise<Connection<TriggerFiring>> {
    const trigger = await this.get(triggerId);
    const page = pageRequest(limit, offset);
    const accountId = this.principal.accountId;
    return lazyConnection(page, {
      fetch: (from, count) => this.services.firings.ofTrigger(accountId, trigger.id, from, count),
      count: () => this.services.firings.countOfTrigger(accountId, trigger.id),
    });
  }

  /** Records a chart version (SERVICE UPDATE, as recording an artifact build); a new one fires its manifest's triggers. */
  async recordManifestVersion(input: RecordManifestVersionInput): Promise<{ manifest: ManifestVersion; firings: TriggerFiring[] }> {
    const applicationId = input.applicationId.trim();
    const serviceId = input.serviceId.trim();
    requireAppPermission(this.principal.permissions, { entityType: 'SERVICE', action: 'UPDATE', appId: applicationId, entityId: serviceId });
    const appManifestId = input.appManifestId.trim();
    const version = input.version.trim();
    if (!applicationId || !serviceId || !appManifestId || !version) throw badInput('applicationId, serviceId, appManifestId and version are required');
    const service = await this.services.catalog.servicesByIds(this.principal.accountId, [serviceId]);
    if (!service.some((s) => s.appId === applicationId)) throw notFound(`Service does not exist (${serviceId})`);
    const registered = await this.services.appManifests.register(this.principal.accountId, {
      id: appManifestId,
      applicationId,
      serviceId,
      name: input.appManifestName?.trim() || null,
    });
    if (!registered.ok) {
      const { owner } = registered;
      throw badInput(`App manifest ${appManifestId} belongs to service ${owner.serviceId} of application ${owner.applicationId}`);
    }
    const recorded = await this.services.manifests.record(this.principal.accountId, { applicationId, serviceId, appManifestId, version });
    const firings = recorded.recorded ? await this.services.dispatcher.manifestRecorded(recorded.version) : [];
    return { manifest: recorded.version, firings };
  }
}

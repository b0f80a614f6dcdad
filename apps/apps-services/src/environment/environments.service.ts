import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { applicationListScope, hasAppPermission, listScopeFilter, requireAppPermission, type Action, type AppPermissionRequest } from '@fg/permissions';
import { isDuplicateKeyError } from '@fg/tenancy';
import type {
  Environment,
  EnvironmentFields,
  EnvironmentQuery,
  EnvironmentRepository,
  EnvironmentType,
  InfrastructureDefinitionRepository,
  TagLinkRepository,
} from '@fg/apps-services/data-access';
import type { ApplicationService } from '../application/application.service';
import { conditionsOf, enumFilterCondition, idCondition, type EnumFilter, type TagFilter } from '../shared/filters';
import { PagesPerParent } from '../shared/pages-per-parent';
import type { TagService } from '../tag/tag.service';
import type { CatalogEventPublisher } from '../catalog/catalog-events';

/** What a permission check about an environment names: its application, itself and its type. */
export interface EnvironmentRef {
  appId: string;
  /** Absent for one being created. */
  id?: string;
  type: EnvironmentType;
}

/** A check on ENV: by the environment's id or type (a new one is checked by the type it will have). */
export function environmentRequest(action: Action, environment: EnvironmentRef): AppPermissionRequest {
  return {
    entityType: 'ENV',
    action,
    appId: environment.appId,
    entityId: environment.id,
    environment: { id: environment.id ?? '', type: environment.type },
  };
}

export const ENVIRONMENT_NOT_FOUND = 'Environment does not exist';

export interface EnvironmentFilterInput {
  application?: IdFilter | null;
  environment?: IdFilter | null;
  environmentType?: EnumFilter<EnvironmentType> | null;
  tag?: TagFilter<'APPLICATION'> | null;
}

/** The GraphQL input names the type `environmentType`; the entity calls it `type`. */
export interface EnvironmentInput {
  name?: string | null;
  description?: string | null;
  environmentType?: EnvironmentType | null;
}

function cleanName(name: string | null | undefined): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed) throw badInput('Environment name must not be empty');
  return trimmed;
}

function fieldsFrom(input: EnvironmentInput): Partial<EnvironmentFields> {
  const fields: Partial<EnvironmentFields> = {};
  if ('name' in input) fields.name = cleanName(input.name);
  if ('description' in input) fields.description = input.description ?? null;
  if ('environmentType' in input) {
    if (!input.environmentType) throw badInput('Environment type must not be empty');
    fields.type = input.environmentType;
  }
  return fields;
}

/** Environments of one request's account. */
export class EnvironmentsService {
  private readonly byId: DataLoader<string, Environment | null>;
  private readonly ofApplications: PagesPerParent<Environment>;

  constructor(
    private readonly repository: EnvironmentRepository,
    private readonly infrastructureDefinitions: InfrastructureDefinitionRepository,
    private readonly tagLinks: TagLinkRepository,
    private readonly applications: ApplicationService,
    private readonly tags: TagService,
    private readonly accountId: string,
    private readonly principal: Principal,
    private readonly catalogEvents: CatalogEventPublisher,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(accountId, ids));
    const scope = this.readScope();
    this.ofApplications = new PagesPerParent(
      (environment) => environment.appId,
      (appIds, maxRows) => repository.ofApplications(accountId, appIds, maxRows, scope),
      (appId) => repository.total(accountId, { appIdConditions: [{ $eq: appId }], scope }),
    );
  }

  /**
   * The one permission check of environments (and of the infrastructure definitions they own): an application
   * permission on ENV with the action, covering the environment by id or by type (PROD / NON_PROD).
   */
  authorize(action: Action, environment: EnvironmentRef): void {
    requireAppPermission(this.principal.permissions, environmentRequest(action, environment));
  }

  /** What a list may show: the environments the caller may read, as a filter. */
  private readScope() {
    const scope = applicationListScope(this.principal.permissions, 'ENV', 'READ');
    return listScopeFilter(scope, { appId: 'appId', entityId: '_id', environmentId: '_id', environmentType: 'type' });
  }

  /** An environment the caller may read, or null (entity references, Environment of a definition). */
  async find(id: string): Promise<Environment | null> {
    const environment = await this.byId.load(id);
    return environment && hasAppPermission(this.principal.permissions, environmentRequest('READ', environment)) ? environment : null;
  }

  /** One environment: NOT_FOUND when it is not in the account, FORBIDDEN when the caller may not have the action on it. */
  async get(id: string, action: Action = 'READ'): Promise<Environment> {
    const environment = await this.byId.load(id);
    if (!environment) throw notFound(ENVIRONMENT_NOT_FOUND);
    this.authorize(action, environment);
    return environment;
  }

  async query(filters: (EnvironmentFilterInput | null)[] | null | undefined): Promise<EnvironmentQuery> {
    const tagged = await this.tags.filterConditions(filters, (filter) => filter.tag, 'APPLICATION');
    return {
      idConditions: conditionsOf(filters, (filter) => idCondition(filter.environment)),
      appIdConditions: [...conditionsOf(filters, (filter) => idCondition(filter.application)), ...tagged.map((tag) => tag.condition)],
      typeConditions: conditionsOf(filters, (filter) => (filter.environmentType ? enumFilterCondition(filter.environmentType) : null)),
      scope: this.readScope(),
    };
  }

  async list(filters: (EnvironmentFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
    const page = pageRequest(limit, offset);
    const query = await this.query(filters);
    return lazyConnection(page, {
      fetch: (from, count) => this.repository.list(this.accountId, query, from, count),
      count: () => this.repository.total(this.accountId, query),
    });
  }

  ofApplication(appId: string, limit: number, offset: number | null | undefined) {
    return this.ofApplications.page(appId, limit, offset);
  }

  async create(appId: string, input: EnvironmentInput): Promise<Environment> {
    const application = await this.applications.get(appId);
    const fields = { description: null, ...fieldsFrom(input), name: cleanName(input.name) } as EnvironmentFields;
    if (!fields.type) throw badInput('Environment type must not be empty');
    this.authorize('CREATE', { appId: application.id, type: fields.type });
    const created = await this.conflictAware(fields.name, () => this.repository.create(this.accountId, application.id, fields, actingUserId(this.principal)));
    await this.catalogEvents.environment('created', created);
    return created;
  }

  async update(id: string, input: EnvironmentInput): Promise<Environment> {
    const current = await this.get(id, 'UPDATE');
    const changes = fieldsFrom(input);
    // A change of type must be allowed for the type it gets too ("update non-production only" cannot make it PROD).
    if (changes.type && changes.type !== current.type) this.authorize('UPDATE', { appId: current.appId, id, type: changes.type });
    const updated = await this.conflictAware(changes.name, () => this.repository.update(this.accountId, id, changes));
    if (!updated) throw notFound(ENVIRONMENT_NOT_FOUND);
    if (changes.type && changes.type !== current.type) await this.infrastructureDefinitions.setEnvironmentType(this.accountId, id, updated.type);
    await this.catalogEvents.environment('updated', updated);
    return updated;
  }

  /** Deletes the environment with the infrastructure definitions it owns and its tags (children first, as for applications). */
  async delete(id: string): Promise<void> {
    const environment = await this.get(id, 'DELETE');
    await this.infrastructureDefinitions.removeOfEnvironment(this.accountId, id);
    await this.tags.announceDetached(await this.tagLinks.removeOfEntity(this.accountId, 'ENVIRONMENT', id));
    if (!(await this.repository.remove(this.accountId, id))) throw notFound(ENVIRONMENT_NOT_FOUND);
    await this.catalogEvents.environment('deleted', environment);
  }

  private async conflictAware<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`An environment named "${name}" already exists in the application`);
      throw error;
    }
  }
}

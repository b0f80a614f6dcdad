import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { applicationListScope, listScopeFilter, requireAccountPermission, type Action } from '@fg/permissions';
import { isDuplicateKeyError } from '@fg/tenancy';
import type {
  Application,
  ApplicationFields,
  ApplicationRepository,
  EnvironmentRepository,
  InfrastructureDefinitionRepository,
  ServiceRepository,
  TagLinkRepository,
} from '@fg/apps-services/data-access';
import { allowsOnApplication, requireOnApplication } from '../shared/application-access';
import { conditionsOf, idCondition, type TagFilter } from '../shared/filters';
import type { CatalogEventPublisher } from '../catalog/catalog-events';
import type { ConnectorReferencePublisher } from '../git-sync/connector-reference-events';
import type { TagService } from '../tag/tag.service';

export const APPLICATION_NOT_FOUND = 'Application does not exist';

export interface ApplicationFilterInput {
  application?: IdFilter | null;
  tag?: TagFilter<'APPLICATION'> | null;
}

export interface ApplicationOwnedRepositories {
  services: ServiceRepository;
  environments: EnvironmentRepository;
  infrastructureDefinitions: InfrastructureDefinitionRepository;
  tagLinks: TagLinkRepository;
}

type NullableFields = { [K in keyof ApplicationFields]?: ApplicationFields[K] | null };

function cleanName(name: string | null | undefined): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed) throw badInput('Application name must not be empty');
  return trimmed;
}

function fieldsFrom(input: NullableFields): Partial<ApplicationFields> {
  const fields: Partial<ApplicationFields> = {};
  // Absent means "leave as is"; an explicit null clears a description and turns a flag off.
  if ('name' in input) fields.name = cleanName(input.name);
  if ('description' in input) fields.description = input.description ?? null;
  for (const flag of ['isManualTriggerAuthorized', 'areWebHookSecretsMandated', 'disableTriggers'] as const) {
    if (flag in input) fields[flag] = input[flag] ?? false;
  }
  return fields;
}

/** Applications as one request sees them: scoped to the request's account, with entity lookups batched. */
export class ApplicationService {
  private readonly byId: DataLoader<string, Application | null>;

  constructor(
    private readonly repository: ApplicationRepository,
    private readonly owned: ApplicationOwnedRepositories,
    private readonly tags: TagService,
    private readonly accountId: string,
    private readonly principal: Principal,
    private readonly connectorReferences: ConnectorReferencePublisher,
    private readonly catalogEvents: CatalogEventPublisher,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(accountId, ids));
  }

  /**
   * The one permission check of applications: creating and deleting one takes CREATE_AND_DELETE_APPLICATION; reading
   * or changing one (its fields, its git sync config) takes an application permission with that action on it.
   */
  private authorize(action: Action, appId?: string): void {
    const { permissions } = this.principal;
    if (action === 'CREATE' || action === 'DELETE') requireAccountPermission(permissions, 'CREATE_AND_DELETE_APPLICATION');
    else if (appId !== undefined) requireOnApplication(permissions, action, appId);
  }

  /** An application the caller may read, or null (entity references, parents of child fields). */
  async find(id: string): Promise<Application | null> {
    const application = await this.byId.load(id);
    return application && allowsOnApplication(this.principal.permissions, 'READ', application.id) ? application : null;
  }

  /** One application by id: NOT_FOUND when it is not in the account, FORBIDDEN when the caller may not read it. */
  async get(id: string): Promise<Application> {
    const application = await this.byId.load(id);
    if (!application) throw notFound(APPLICATION_NOT_FOUND);
    this.authorize('READ', application.id);
    return application;
  }

  async getByName(name: string): Promise<Application> {
    const application = await this.repository.byName(this.accountId, name);
    if (!application) throw notFound(APPLICATION_NOT_FOUND);
    this.authorize('READ', application.id);
    return application;
  }

  /** An application the caller may change (git sync, its fields); NOT_FOUND / FORBIDDEN as for get. */
  async getForUpdate(id: string): Promise<Application> {
    const application = await this.byId.load(id);
    if (!application) throw notFound(APPLICATION_NOT_FOUND);
    this.authorize('UPDATE', application.id);
    return application;
  }

  /** The conditions of a list's filters, ANDed as in the reference API, within what the caller may read (also used by applicationStats). */
  async query(filters: (ApplicationFilterInput | null)[] | null | undefined) {
    const idConditions = conditionsOf(filters, (filter) => idCondition(filter.application));
    const tagged = await this.tags.filterConditions(filters, (filter) => filter.tag, 'APPLICATION');
    const scope = listScopeFilter(applicationListScope(this.principal.permissions, 'APPLICATION', 'READ'), { appId: '_id', entityId: '_id' });
    return { idConditions: [...idConditions, ...tagged.map((tag) => tag.condition)], scope };
  }

  async list(filters: (ApplicationFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
    const page = pageRequest(limit, offset);
    const query = await this.query(filters);
    return lazyConnection(page, {
      fetch: (from, count) => this.repository.list(this.accountId, query, from, count),
      count: () => this.repository.total(this.accountId, query),
    });
  }

  async create(input: ApplicationFields): Promise<Application> {
    this.authorize('CREATE');
    const fields = { ...fieldsFrom(input), name: cleanName(input.name) } as ApplicationFields;
    try {
      const created = await this.repository.create(this.accountId, fields, actingUserId(this.principal));
      await this.catalogEvents.application('created', created);
      return created;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`An application named "${fields.name}" already exists`);
      throw error;
    }
  }

  async update(id: string, input: NullableFields): Promise<Application> {
    await this.getForUpdate(id);
    const changes = fieldsFrom(input);
    try {
      const updated = await this.repository.update(this.accountId, id, changes);
      if (!updated) throw notFound(APPLICATION_NOT_FOUND);
      await this.catalogEvents.application('updated', updated);
      // A renamed application is announced again, so a refused connector delete names it as it is called now.
      if (updated.gitSyncConfig) {
        await this.connectorReferences.referenced({ accountId: this.accountId, appId: updated.id, appName: updated.name }, updated.gitSyncConfig.gitConnectorId);
      }
      return updated;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`An application named "${changes.name}" already exists`);
      throw error;
    }
  }

  /**
   * Deletes the application and everything it owns here. The children go first, so a delete cut short leaves the
   * application in place and a retry finishes the job (there are no multi-document transactions to lean on). Every
   * tag link removed is announced as detached.
   */
  async delete(id: string): Promise<void> {
    this.authorize('DELETE');
    const application = await this.byId.load(id);
    if (!application) throw notFound(APPLICATION_NOT_FOUND);
    const { services, environments, infrastructureDefinitions, tagLinks } = this.owned;
    await infrastructureDefinitions.removeOfApplication(this.accountId, id);
    await services.removeOfApplication(this.accountId, id);
    await environments.removeOfApplication(this.accountId, id);
    await this.tags.announceDetached(await tagLinks.removeOfApplication(this.accountId, id));
    if (!(await this.repository.remove(this.accountId, id))) throw notFound(APPLICATION_NOT_FOUND);
    await this.catalogEvents.application('deleted', application);
    if (application.gitSyncConfig) {
      await this.connectorReferences.unreferenced({ accountId: this.accountId, appId: id, appName: application.name }, application.gitSyncConfig.gitConnectorId);
    }
  }
}

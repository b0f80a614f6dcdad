import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { applicationListScope, hasAppPermission, listScopeFilter, requireAppPermission, type Action } from '@fg/permissions';
import { isDuplicateKeyError } from '@fg/tenancy';
import type {
  Application,
  InfrastructureDefinitionRepository,
  Service,
  ServiceFields,
  ServiceQuery,
  ServiceRepository,
  TagLinkRepository,
} from '@fg/apps-services/data-access';
import type { ApplicationService } from '../application/application.service';
import { conditionsOf, enumFilterCondition, idCondition, type EnumFilter, type TagFilter } from '../shared/filters';
import { PagesPerParent } from '../shared/pages-per-parent';
import type { TagService } from '../tag/tag.service';
import type { CatalogEventPublisher } from '../catalog/catalog-events';

export const SERVICE_NOT_FOUND = 'Service does not exist';

export interface ServiceFilterInput {
  application?: IdFilter | null;
  service?: IdFilter | null;
  tag?: TagFilter<'APPLICATION' | 'SERVICE'> | null;
  deploymentType?: EnumFilter<string> | null;
}

type NullableFields = { [K in keyof ServiceFields]?: ServiceFields[K] | null };

function cleanName(name: string | null | undefined): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed) throw badInput('Service name must not be empty');
  return trimmed;
}

function fieldsFrom(input: NullableFields): Partial<ServiceFields> {
  const fields: Partial<ServiceFields> = {};
  if ('name' in input) fields.name = cleanName(input.name);
  if ('description' in input) fields.description = input.description ?? null;
  if ('artifactType' in input) fields.artifactType = input.artifactType?.trim() || null;
  if ('deploymentType' in input) {
    if (!input.deploymentType) throw badInput('Deployment type must not be empty');
    fields.deploymentType = input.deploymentType;
  }
  return fields;
}

/** Services of one request's account. */
export class ServicesService {
  private readonly byId: DataLoader<string, Service | null>;
  private readonly ofApplications: PagesPerParent<Service>;

  constructor(
    private readonly repository: ServiceRepository,
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
      (service) => service.appId,
      (appIds, maxRows) => repository.ofApplications(accountId, appIds, maxRows, scope),
      (appId) => repository.total(accountId, { appIdConditions: [{ $eq: appId }], scope }),
    );
  }

  /**
   * The one permission check of services: an application permission on SERVICE with the action, in the service's
   * application (for one service, covering it by id or every service; for a new one, every service of the application).
   */
  private authorize(action: Action, appId: string, serviceId?: string): void {
    requireAppPermission(this.principal.permissions, { entityType: 'SERVICE', action, appId, entityId: serviceId });
  }

  /** What a list may show: the services the caller may read, as a filter. */
  private readScope() {
    return listScopeFilter(applicationListScope(this.principal.permissions, 'SERVICE', 'READ'), { appId: 'appId', entityId: '_id' });
  }

  /** A service the caller may read, or null (entity references, scoped services). */
  async find(id: string): Promise<Service | null> {
    const service = await this.byId.load(id);
    const readable = service && hasAppPermission(this.principal.permissions, { entityType: 'SERVICE', action: 'READ', appId: service.appId, entityId: service.id });
    return readable ? service : null;
  }

  /** One service: NOT_FOUND when it is not in the account, FORBIDDEN when the caller may not have the action on it. */
  async get(id: string, action: Action = 'READ'): Promise<Service> {
    const service = await this.byId.load(id);
    if (!service) throw notFound(SERVICE_NOT_FOUND);
    this.authorize(action, service.appId, service.id);
    return service;
  }

  async query(filters: (ServiceFilterInput | null)[] | null | undefined): Promise<ServiceQuery> {
    const tagged = await this.tags.filterConditions(filters, (filter) => filter.tag, 'SERVICE');
    return {
      idConditions: [
        ...conditionsOf(filters, (filter) => idCondition(filter.service)),
        ...tagged.filter((tag) => tag.entityType === 'SERVICE').map((tag) => tag.condition),
      ],
      appIdConditions: [
        ...conditionsOf(filters, (filter) => idCondition(filter.application)),
        ...tagged.filter((tag) => tag.entityType === 'APPLICATION').map((tag) => tag.condition),
      ],
      deploymentTypeConditions: conditionsOf(filters, (filter) => (filter.deploymentType ? enumFilterCondition(filter.deploymentType) : null)),
      scope: this.readScope(),
    };
  }

  async list(filters: (ServiceFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
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

  async create(appId: string, input: ServiceFields): Promise<Service> {
    const application = await this.applications.get(appId);
    this.authorize('CREATE', application.id);
    const fields = { description: null, artifactType: null, ...fieldsFrom(input), name: cleanName(input.name) } as ServiceFields;
    const created = await this.conflictAware(fields.name, () => this.repository.create(this.accountId, application.id, fields, actingUserId(this.principal)));
    await this.catalogEvents.service('created', created);
    return created;
  }

  async update(id: string, input: NullableFields): Promise<Service> {
    await this.get(id, 'UPDATE');
    const changes = fieldsFrom(input);
    const updated = await this.conflictAware(changes.name, () => this.repository.update(this.accountId, id, changes));
    if (!updated) throw notFound(SERVICE_NOT_FOUND);
    await this.catalogEvents.service('updated', updated);
    return updated;
  }

  /** Deletes the service with its tags (announced as detached); infrastructure definitions scoped to it no longer name it. */
  async delete(id: string): Promise<void> {
    const service = await this.get(id, 'DELETE');
    await this.infrastructureDefinitions.unscopeService(this.accountId, id);
    await this.tags.announceDetached(await this.tagLinks.removeOfEntity(this.accountId, 'SERVICE', id));
    if (!(await this.repository.remove(this.accountId, id))) throw notFound(SERVICE_NOT_FOUND);
    await this.catalogEvents.service('deleted', service);
  }

  /** updateServiceMetadata: the CF CLI version of the PCF services of the applications. */
  async setCfCliVersion(
    appIds: (string | null)[],
    excludeServices: (string | null)[] | null | undefined,
    version: string,
  ): Promise<{ applications: Application[]; services: Service[] }> {
    const cfCliVersion = version.trim();
    if (!cfCliVersion) throw badInput('cfCliVersion must not be empty');
    const ids = [...new Set(appIds.filter((id): id is string => !!id))];
    if (ids.length === 0) throw badInput('Values cannot be empty');
    const applications = await Promise.all(ids.map((id) => this.applications.get(id)));
    // It may change any PCF service of each application: UPDATE on every service there.
    for (const application of applications) this.authorize('UPDATE', application.id);
    const excluded = (excludeServices ?? []).filter((id): id is string => !!id);
    const services = await this.repository.setCfCliVersion(this.accountId, ids, excluded, cfCliVersion);
    return { applications, services };
  }

  private async conflictAware<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`A service named "${name}" already exists in the application`);
      throw error;
    }
  }
}


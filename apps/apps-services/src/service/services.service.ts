import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
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
import { creatorId, type Actor } from '../shared/actor';
import { conditionsOf, enumFilterCondition, idCondition, type EnumFilter, type TagFilter } from '../shared/filters';
import { PagesPerParent } from '../shared/pages-per-parent';
import type { TagService } from '../tag/tag.service';

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
    private readonly actor: Actor,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(accountId, ids));
    this.ofApplications = new PagesPerParent(
      (service) => service.appId,
      (appIds, maxRows) => repository.ofApplications(accountId, appIds, maxRows),
      (appId) => repository.total(accountId, { appIdConditions: [{ $eq: appId }] }),
    );
  }

  /** Where the permission check goes once @fg/permissions lands. */
  private authorize(_action: 'read' | 'create' | 'update' | 'delete'): void {}

  find(id: string): Promise<Service | null> {
    this.authorize('read');
    return this.byId.load(id);
  }

  async get(id: string): Promise<Service> {
    return (await this.find(id)) ?? Promise.reject(notFound(SERVICE_NOT_FOUND));
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
    };
  }

  async list(filters: (ServiceFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
    this.authorize('read');
    const page = pageRequest(limit, offset);
    const query = await this.query(filters);
    return lazyConnection(page, {
      fetch: (from, count) => this.repository.list(this.accountId, query, from, count),
      count: () => this.repository.total(this.accountId, query),
    });
  }

  ofApplication(appId: string, limit: number, offset: number | null | undefined) {
    this.authorize('read');
    return this.ofApplications.page(appId, limit, offset);
  }

  async create(appId: string, input: ServiceFields): Promise<Service> {
    this.authorize('create');
    const application = await this.applications.get(appId);
    const fields = { description: null, artifactType: null, ...fieldsFrom(input), name: cleanName(input.name) } as ServiceFields;
    return this.conflictAware(fields.name, () => this.repository.create(this.accountId, application.id, fields, creatorId(this.actor)));
  }

  async update(id: string, input: NullableFields): Promise<Service> {
    this.authorize('update');
    const changes = fieldsFrom(input);
    const updated = await this.conflictAware(changes.name, () => this.repository.update(this.accountId, id, changes));
    return updated ?? Promise.reject(notFound(SERVICE_NOT_FOUND));
  }

  /** Deletes the service with its tags; infrastructure definitions scoped to it no longer name it. */
  async delete(id: string): Promise<void> {
    this.authorize('delete');
    await this.get(id);
    await this.infrastructureDefinitions.unscopeService(this.accountId, id);
    await this.tagLinks.removeOfEntity(this.accountId, 'SERVICE', id);
    if (!(await this.repository.remove(this.accountId, id))) throw notFound(SERVICE_NOT_FOUND);
  }

  /** updateServiceMetadata: the CF CLI version of the PCF services of the applications. */
  async setCfCliVersion(
    appIds: (string | null)[],
    excludeServices: (string | null)[] | null | undefined,
    version: string,
  ): Promise<{ applications: Application[]; services: Service[] }> {
    this.authorize('update');
    const cfCliVersion = version.trim();
    if (!cfCliVersion) throw badInput('cfCliVersion must not be empty');
    const ids = [...new Set(appIds.filter((id): id is string => !!id))];
    if (ids.length === 0) throw badInput('Values cannot be empty');
    const applications = await Promise.all(ids.map((id) => this.applications.get(id)));
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


import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { applicationListScope, hasAppPermission, listScopeFilter, type Action } from '@fg/permissions';
import { isDuplicateKeyError } from '@fg/tenancy';
import type {
  InfrastructureDefinition,
  InfrastructureDefinitionFields,
  InfrastructureDefinitionQuery,
  InfrastructureDefinitionRepository,
} from '@fg/apps-services/data-access';
import { environmentRequest, type EnvironmentsService } from '../environment/environments.service';
import type { ServicesService } from '../service/services.service';
import { conditionsOf, idCondition, stringFilterCondition, type StringFilter, type TagFilter } from '../shared/filters';
import { PagesPerParent } from '../shared/pages-per-parent';
import type { TagService } from '../tag/tag.service';
import type { CatalogEventPublisher } from '../catalog/catalog-events';

export const INFRASTRUCTURE_NOT_FOUND = 'Infrastructure does not exist';

export interface InfrastructureDefinitionFilterInput {
  environment?: IdFilter | null;
  infrastructureDefinition?: IdFilter | null;
  tag?: TagFilter<'ENVIRONMENT'> | null;
  deploymentType?: StringFilter | null;
}

type NullableFields = { [K in keyof InfrastructureDefinitionFields]?: InfrastructureDefinitionFields[K] | null };

function cleanName(name: string | null | undefined): string {
  const trimmed = (name ?? '').trim();
  if (!trimmed) throw badInput('Infrastructure definition name must not be empty');
  return trimmed;
}

/** Infrastructure definitions of one request's account. */
export class InfrastructureDefinitionsService {
  private readonly byId: DataLoader<string, InfrastructureDefinition | null>;
  private readonly ofEnvironments: PagesPerParent<InfrastructureDefinition>;

  constructor(
    private readonly repository: InfrastructureDefinitionRepository,
    private readonly environments: EnvironmentsService,
    private readonly services: ServicesService,
    private readonly tags: TagService,
    private readonly accountId: string,
    private readonly principal: Principal,
    private readonly catalogEvents: CatalogEventPublisher,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(accountId, ids));
    const scope = this.readScope();
    this.ofEnvironments = new PagesPerParent(
      (definition) => definition.environmentId,
      (environmentIds, maxRows) => repository.ofEnvironments(accountId, environmentIds, maxRows, scope),
      (environmentId) => repository.total(accountId, { environmentIdConditions: [{ $eq: environmentId }], scope }),
    );
  }

  /** The one permission check of infrastructure definitions: the reference grants them with their environment (ENV). */
  private authorize(action: Action, definition: InfrastructureDefinition): void {
    this.environments.authorize(action, { appId: definition.appId, id: definition.environmentId, type: definition.environmentType });
  }

  private readable(definition: InfrastructureDefinition): boolean {
    const environment = { appId: definition.appId, id: definition.environmentId, type: definition.environmentType };
    return hasAppPermission(this.principal.permissions, environmentRequest('READ', environment));
  }

  /** What a list may show: the definitions of the environments the caller may read, as a filter. */
  private readScope() {
    const scope = applicationListScope(this.principal.permissions, 'ENV', 'READ');
    return listScopeFilter(scope, { appId: 'appId', entityId: 'environmentId', environmentId: 'environmentId', environmentType: 'environmentType' });
  }

  /** A definition the caller may read, or null (entity references). */
  async find(id: string): Promise<InfrastructureDefinition | null> {
    const definition = await this.byId.load(id);
    return definition && this.readable(definition) ? definition : null;
  }

  /** One definition: NOT_FOUND when it is not in the account, FORBIDDEN when the caller may not have the action on it. */
  async get(id: string, action: Action = 'READ'): Promise<InfrastructureDefinition> {
    const definition = await this.byId.load(id);
    if (!definition) throw notFound(INFRASTRUCTURE_NOT_FOUND);
    this.authorize(action, definition);
    return definition;
  }

  async getByName(environmentId: string, name: string): Promise<InfrastructureDefinition> {
    const found = await this.repository.byName(this.accountId, environmentId, name);
    if (!found) throw notFound(INFRASTRUCTURE_NOT_FOUND);
    this.authorize('READ', found);
    return found;
  }

  async query(filters: (InfrastructureDefinitionFilterInput | null)[] | null | undefined): Promise<InfrastructureDefinitionQuery> {
    const tagged = await this.tags.filterConditions(filters, (filter) => filter.tag, 'ENVIRONMENT');
    return {
      idConditions: conditionsOf(filters, (filter) => idCondition(filter.infrastructureDefinition)),
      environmentIdConditions: [...conditionsOf(filters, (filter) => idCondition(filter.environment)), ...tagged.map((tag) => tag.condition)],
      deploymentTypeConditions: conditionsOf(filters, (filter) => (filter.deploymentType ? stringFilterCondition(filter.deploymentType) : null)),
      scope: this.readScope(),
    };
  }

  async list(filters: (InfrastructureDefinitionFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
    const page = pageRequest(limit, offset);
    const query = await this.query(filters);
    return lazyConnection(page, {
      fetch: (from, count) => this.repository.list(this.accountId, query, from, count),
      count: () => this.repository.total(this.accountId, query),
    });
  }

  /** Environment.infrastructureDefinitions: batched across environments unless the field has filters of its own. */
  async ofEnvironment(
    environmentId: string,
    filters: (InfrastructureDefinitionFilterInput | null)[] | null | undefined,
    limit: number,
    offset: number | null | undefined,
  ) {
    if (!filters?.some(Boolean)) return this.ofEnvironments.page(environmentId, limit, offset);
    return this.list([...filters, { environment: { operator: 'EQUALS', values: [environmentId] } }], limit, offset);
  }

  async create(environmentId: string, input: NullableFields): Promise<InfrastructureDefinition> {
    // Creating a definition changes its environment: CREATE on the environment (by id or type).
    const environment = await this.environments.get(environmentId, 'CREATE');
    if (!input.deploymentType) throw badInput('Deployment type must not be empty');
    const fields: InfrastructureDefinitionFields = {
      name: cleanName(input.name),
      deploymentType: input.deploymentType,
      cloudProviderId: input.cloudProviderId?.trim() || null,
      scopedToServices: await this.servicesOfApplication(environment.appId, input.scopedToServices),
    };
    const owner = { appId: environment.appId, environmentId: environment.id, environmentType: environment.type };
    const created = await this.conflictAware(fields.name, () => this.repository.create(this.accountId, owner, fields, actingUserId(this.principal)));
    await this.catalogEvents.infrastructureDefinition('created', created);
    return created;
  }

  async update(id: string, input: NullableFields): Promise<InfrastructureDefinition> {
    const current = await this.get(id, 'UPDATE');
    const changes: Partial<InfrastructureDefinitionFields> = {};
    if ('name' in input) changes.name = cleanName(input.name);
    if ('deploymentType' in input) {
      if (!input.deploymentType) throw badInput('Deployment type must not be empty');
      changes.deploymentType = input.deploymentType;
    }
    if ('cloudProviderId' in input) changes.cloudProviderId = input.cloudProviderId?.trim() || null;
    if ('scopedToServices' in input) changes.scopedToServices = await this.servicesOfApplication(current.appId, input.scopedToServices);
    const updated = await this.conflictAware(changes.name, () => this.repository.update(this.accountId, id, changes));
    if (!updated) throw notFound(INFRASTRUCTURE_NOT_FOUND);
    await this.catalogEvents.infrastructureDefinition('updated', updated);
    return updated;
  }

  async delete(id: string): Promise<void> {
    const definition = await this.get(id, 'DELETE');
    if (!(await this.repository.remove(this.accountId, id))) throw notFound(INFRASTRUCTURE_NOT_FOUND);
    await this.catalogEvents.infrastructureDefinition('deleted', definition);
  }

  /** Scoped services must be services of the definition's application (and of the account). */
  private async servicesOfApplication(appId: string, serviceIds: (string | null)[] | null | undefined): Promise<string[]> {
    const ids = [...new Set((serviceIds ?? []).filter((id): id is string => !!id))];
    const found = await Promise.all(ids.map((serviceId) => this.services.find(serviceId)));
    if (found.some((service) => !service || service.appId !== appId)) throw notFound('Service does not exist');
    return ids;
  }

  private async conflictAware<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`An infrastructure definition named "${name}" already exists in the environment`);
      throw error;
    }
  }
}

import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
import { isDuplicateKeyError } from '@fg/tenancy';
import type {
  InfrastructureDefinition,
  InfrastructureDefinitionFields,
  InfrastructureDefinitionQuery,
  InfrastructureDefinitionRepository,
} from '@fg/apps-services/data-access';
import type { EnvironmentsService } from '../environment/environments.service';
import type { ServicesService } from '../service/services.service';
import { creatorId, type Actor } from '../shared/actor';
import { conditionsOf, idCondition, stringFilterCondition, type StringFilter, type TagFilter } from '../shared/filters';
import { PagesPerParent } from '../shared/pages-per-parent';
import type { TagService } from '../tag/tag.service';

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
    private readonly actor: Actor,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(accountId, ids));
    this.ofEnvironments = new PagesPerParent(
      (definition) => definition.environmentId,
      (environmentIds, maxRows) => repository.ofEnvironments(accountId, environmentIds, maxRows),
      (environmentId) => repository.total(accountId, { environmentIdConditions: [{ $eq: environmentId }] }),
    );
  }

  /** Where the permission check goes once @fg/permissions lands. */
  private authorize(_action: 'read' | 'create' | 'update' | 'delete'): void {}

  find(id: string): Promise<InfrastructureDefinition | null> {
    this.authorize('read');
    return this.byId.load(id);
  }

  async get(id: string): Promise<InfrastructureDefinition> {
    return (await this.find(id)) ?? Promise.reject(notFound(INFRASTRUCTURE_NOT_FOUND));
  }

  async getByName(environmentId: string, name: string): Promise<InfrastructureDefinition> {
    this.authorize('read');
    const found = await this.repository.byName(this.accountId, environmentId, name);
    return found ?? Promise.reject(notFound(INFRASTRUCTURE_NOT_FOUND));
  }

  async query(filters: (InfrastructureDefinitionFilterInput | null)[] | null | undefined): Promise<InfrastructureDefinitionQuery> {
    const tagged = await this.tags.filterConditions(filters, (filter) => filter.tag, 'ENVIRONMENT');
    return {
      idConditions: conditionsOf(filters, (filter) => idCondition(filter.infrastructureDefinition)),
      environmentIdConditions: [...conditionsOf(filters, (filter) => idCondition(filter.environment)), ...tagged.map((tag) => tag.condition)],
      deploymentTypeConditions: conditionsOf(filters, (filter) => (filter.deploymentType ? stringFilterCondition(filter.deploymentType) : null)),
    };
  }

  async list(filters: (InfrastructureDefinitionFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
    this.authorize('read');
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
    this.authorize('create');
    const environment = await this.environments.get(environmentId);
    if (!input.deploymentType) throw badInput('Deployment type must not be empty');
    const fields: InfrastructureDefinitionFields = {
      name: cleanName(input.name),
      deploymentType: input.deploymentType,
      cloudProviderId: input.cloudProviderId?.trim() || null,
      scopedToServices: await this.servicesOfApplication(environment.appId, input.scopedToServices),
    };
    const owner = { appId: environment.appId, environmentId: environment.id };
    return this.conflictAware(fields.name, () => this.repository.create(this.accountId, owner, fields, creatorId(this.actor)));
  }

  async update(id: string, input: NullableFields): Promise<InfrastructureDefinition> {
    this.authorize('update');
    const current = await this.get(id);
    const changes: Partial<InfrastructureDefinitionFields> = {};
    if ('name' in input) changes.name = cleanName(input.name);
    if ('deploymentType' in input) {
      if (!input.deploymentType) throw badInput('Deployment type must not be empty');
      changes.deploymentType = input.deploymentType;
    }
    if ('cloudProviderId' in input) changes.cloudProviderId = input.cloudProviderId?.trim() || null;
    if ('scopedToServices' in input) changes.scopedToServices = await this.servicesOfApplication(current.appId, input.scopedToServices);
    const updated = await this.conflictAware(changes.name, () => this.repository.update(this.accountId, id, changes));
    return updated ?? Promise.reject(notFound(INFRASTRUCTURE_NOT_FOUND));
  }

  async delete(id: string): Promise<void> {
    this.authorize('delete');
    if (!(await this.repository.remove(this.accountId, id))) throw notFound(INFRASTRUCTURE_NOT_FOUND);
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

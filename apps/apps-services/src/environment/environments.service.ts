import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
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
import { creatorId, type Actor } from '../shared/actor';
import { conditionsOf, enumFilterCondition, idCondition, type EnumFilter, type TagFilter } from '../shared/filters';
import { PagesPerParent } from '../shared/pages-per-parent';
import type { TagService } from '../tag/tag.service';

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
    private readonly actor: Actor,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(accountId, ids));
    this.ofApplications = new PagesPerParent(
      (environment) => environment.appId,
      (appIds, maxRows) => repository.ofApplications(accountId, appIds, maxRows),
      (appId) => repository.total(accountId, { appIdConditions: [{ $eq: appId }] }),
    );
  }

  /** Where the permission check goes once @fg/permissions lands. */
  private authorize(_action: 'read' | 'create' | 'update' | 'delete'): void {}

  find(id: string): Promise<Environment | null> {
    this.authorize('read');
    return this.byId.load(id);
  }

  async get(id: string): Promise<Environment> {
    return (await this.find(id)) ?? Promise.reject(notFound(ENVIRONMENT_NOT_FOUND));
  }

  async query(filters: (EnvironmentFilterInput | null)[] | null | undefined): Promise<EnvironmentQuery> {
    const tagged = await this.tags.filterConditions(filters, (filter) => filter.tag, 'APPLICATION');
    return {
      idConditions: conditionsOf(filters, (filter) => idCondition(filter.environment)),
      appIdConditions: [...conditionsOf(filters, (filter) => idCondition(filter.application)), ...tagged.map((tag) => tag.condition)],
      typeConditions: conditionsOf(filters, (filter) => (filter.environmentType ? enumFilterCondition(filter.environmentType) : null)),
    };
  }

  async list(filters: (EnvironmentFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
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

  async create(appId: string, input: EnvironmentInput): Promise<Environment> {
    this.authorize('create');
    const application = await this.applications.get(appId);
    const fields = { description: null, ...fieldsFrom(input), name: cleanName(input.name) } as EnvironmentFields;
    if (!fields.type) throw badInput('Environment type must not be empty');
    return this.conflictAware(fields.name, () => this.repository.create(this.accountId, application.id, fields, creatorId(this.actor)));
  }

  async update(id: string, input: EnvironmentInput): Promise<Environment> {
    this.authorize('update');
    const changes = fieldsFrom(input);
    const updated = await this.conflictAware(changes.name, () => this.repository.update(this.accountId, id, changes));
    return updated ?? Promise.reject(notFound(ENVIRONMENT_NOT_FOUND));
  }

  /** Deletes the environment with the infrastructure definitions it owns and its tags (children first, as for applications). */
  async delete(id: string): Promise<void> {
    this.authorize('delete');
    await this.get(id);
    await this.infrastructureDefinitions.removeOfEnvironment(this.accountId, id);
    await this.tagLinks.removeOfEntity(this.accountId, 'ENVIRONMENT', id);
    if (!(await this.repository.remove(this.accountId, id))) throw notFound(ENVIRONMENT_NOT_FOUND);
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

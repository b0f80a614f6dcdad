import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
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
import { creatorId, type Actor } from '../shared/actor';
import { conditionsOf, idCondition, type TagFilter } from '../shared/filters';
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
    private readonly actor: Actor,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(accountId, ids));
  }

  /** Where the permission check goes once @fg/permissions lands. */
  private authorize(_action: 'read' | 'create' | 'update' | 'delete'): void {}

  find(id: string): Promise<Application | null> {
    this.authorize('read');
    return this.byId.load(id);
  }

  async get(id: string): Promise<Application> {
    const application = await this.find(id);
    if (!application) throw notFound(APPLICATION_NOT_FOUND);
    return application;
  }

  async getByName(name: string): Promise<Application> {
    this.authorize('read');
    const application = await this.repository.byName(this.accountId, name);
    if (!application) throw notFound(APPLICATION_NOT_FOUND);
    return application;
  }

  /** The conditions of a list's filters, ANDed as in the reference API (also used by applicationStats). */
  async query(filters: (ApplicationFilterInput | null)[] | null | undefined) {
    const idConditions = conditionsOf(filters, (filter) => idCondition(filter.application));
    const tagged = await this.tags.filterConditions(filters, (filter) => filter.tag, 'APPLICATION');
    return { idConditions: [...idConditions, ...tagged.map((tag) => tag.condition)] };
  }

  async list(filters: (ApplicationFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
    this.authorize('read');
    const page = pageRequest(limit, offset);
    const query = await this.query(filters);
    return lazyConnection(page, {
      fetch: (from, count) => this.repository.list(this.accountId, query, from, count),
      count: () => this.repository.total(this.accountId, query),
    });
  }

  async create(input: ApplicationFields): Promise<Application> {
    this.authorize('create');
    const fields = { ...fieldsFrom(input), name: cleanName(input.name) } as ApplicationFields;
    try {
      return await this.repository.create(this.accountId, fields, creatorId(this.actor));
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`An application named "${fields.name}" already exists`);
      throw error;
    }
  }

  async update(id: string, input: NullableFields): Promise<Application> {
    this.authorize('update');
    const changes = fieldsFrom(input);
    try {
      const updated = await this.repository.update(this.accountId, id, changes);
      if (!updated) throw notFound(APPLICATION_NOT_FOUND);
      return updated;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`An application named "${changes.name}" already exists`);
      throw error;
    }
  }

  /**
   * Deletes the application and everything it owns here. The children go first, so a delete cut short leaves the
   * application in place and a retry finishes the job (there are no multi-document transactions to lean on).
   */
  async delete(id: string): Promise<void> {
    this.authorize('delete');
    await this.get(id);
    const { services, environments, infrastructureDefinitions, tagLinks } = this.owned;
    await infrastructureDefinitions.removeOfApplication(this.accountId, id);
    await services.removeOfApplication(this.accountId, id);
    await environments.removeOfApplication(this.accountId, id);
    await tagLinks.removeOfApplication(this.accountId, id);
    if (!(await this.repository.remove(this.accountId, id))) throw notFound(APPLICATION_NOT_FOUND);
  }
}

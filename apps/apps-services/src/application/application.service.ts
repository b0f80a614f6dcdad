import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, idFilterCondition, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { isDuplicateKeyError } from '@fg/tenancy';
import type { Application, ApplicationFields, ApplicationRepository } from '@fg/apps-services/data-access';

export const APPLICATION_NOT_FOUND = 'Application does not exist';

export interface ApplicationFilterInput {
  application?: IdFilter | null;
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
    private readonly principal: Principal,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(principal.accountId, ids));
  }

  private get accountId(): string {
    return this.principal.accountId;
  }

  find(id: string): Promise<Application | null> {
    return this.byId.load(id);
  }

  async get(id: string): Promise<Application> {
    const application = await this.find(id);
    if (!application) throw notFound(APPLICATION_NOT_FOUND);
    return application;
  }

  async getByName(name: string): Promise<Application> {
    const application = await this.repository.byName(this.accountId, name);
    if (!application) throw notFound(APPLICATION_NOT_FOUND);
    return application;
  }

  list(filters: (ApplicationFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
    // Every filter must hold (they are ANDed, as in the reference API).
    const query = {
      idConditions: (filters ?? []).flatMap((filter) => (filter?.application ? [idFilterCondition(filter.application)] : [])),
    };
    return lazyConnection(pageRequest(limit, offset), {
      fetch: (from, count) => this.repository.list(this.accountId, query, from, count),
      count: () => this.repository.total(this.accountId, query),
    });
  }

  async create(input: ApplicationFields): Promise<Application> {
    const fields = { ...fieldsFrom(input), name: cleanName(input.name) } as ApplicationFields;
    try {
      return await this.repository.create(this.accountId, fields, actingUserId(this.principal));
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`An application named "${fields.name}" already exists`);
      throw error;
    }
  }

  async update(id: string, input: NullableFields): Promise<Application> {
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

  async delete(id: string): Promise<void> {
    if (!(await this.repository.remove(this.accountId, id))) throw notFound(APPLICATION_NOT_FOUND);
  }
}

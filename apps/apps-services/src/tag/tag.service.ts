import DataLoader from 'dataloader';
import { badInput, byIdLoader, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import {
  applicationListScope,
  forbidden,
  listScopeFilter,
  requireAccountPermission,
  requireAppPermission,
  type Action,
  type AppEntityType,
  type PermissionSet,
} from '@fg/permissions';
import {
  MAX_TAG_FILTER_MATCHES,
  type ApplicationRepository,
  type Condition,
  type EnvironmentRepository,
  type ServiceRepository,
  type TagDefinition,
  type TagDefinitionRepository,
  type TagEntityType,
  type TagLink,
  type TagLinkRepository,
} from '@fg/apps-services/data-access';
import { environmentRequest } from '../environment/environments.service';
import { requireOnApplication } from '../shared/application-access';
import { conditionsOf, enumFilterCondition, idCondition, tagMatches, type EnumFilter, type TagFilter, type TagInput } from '../shared/filters';
import type { TagEventPublisher } from './tag-events';

export const TAG_NOT_FOUND = 'Tag does not exist';
const ENTITY_NOT_FOUND: Partial<Record<TagEntityType, string>> = {
  APPLICATION: 'Application does not exist',
  SERVICE: 'Service does not exist',
  ENVIRONMENT: 'Environment does not exist',
};

export interface TagEntityFilterInput {
  tagId?: IdFilter | null;
  tagName?: IdFilter | null;
}

export interface TagUsageFilterInput {
  entityType?: EnumFilter<string> | null;
  tagName?: IdFilter | null;
  tagValue?: IdFilter | null;
}

export interface TagRepositories {
  definitions: TagDefinitionRepository;
  links: TagLinkRepository;
  applications: ApplicationRepository;
  services: ServiceRepository;
  environments: EnvironmentRepository;
}

/** The action on every entity of the type in every application (for entities whose application is not known here). */
function requireInEveryApplication(permissions: PermissionSet, entityType: AppEntityType, action: Action): void {
  if (applicationListScope(permissions, entityType, action).apps.kind !== 'ALL') throw forbidden();
}

/** Tag definitions and tag links of one request's account; the tags of entities in a list load in one read per type. */
export class TagService {
  private readonly definitionById: DataLoader<string, TagDefinition | null>;
  private readonly linksByType = new Map<TagEntityType, DataLoader<string, TagLink[]>>();

  constructor(
    private readonly repositories: TagRepositories,
    private readonly accountId: string,
    private readonly principal: Principal,
    private readonly events: TagEventPublisher,
  ) {
    this.definitionById = byIdLoader((ids) => repositories.definitions.byIds(accountId, ids));
  }

  /**
   * The one permission check of tags. Attaching or detaching changes the entity: UPDATE on it (an application: on the
   * application; a service: SERVICE; an environment: ENV by id or type). Workflows, pipelines and provisioners live in
   * pipelines-workflows-executions, so their application is not known here: UPDATE on every entity of the type in
   * every application. Triggers live there too, and managing one takes the right to execute its target
   * (EXECUTE_WORKFLOW or EXECUTE_PIPELINE); neither its application nor its target's kind is known here, so tagging
   * one takes both, on every workflow and pipeline of every application. A tag name the account has not used yet is a
   * new definition: MANAGE_TAGS as well.
   */
  private async authorize(entityType: TagEntityType, entityId: string, newDefinition: boolean): Promise<string | null> {
    const { permissions } = this.principal;
    const appId = await this.owningApplication(entityType, entityId);
    switch (entityType) {
      case 'APPLICATION':
        requireOnApplication(permissions, 'UPDATE', entityId);
        break;
      case 'SERVICE':
        requireAppPermission(permissions, { entityType: 'SERVICE', action: 'UPDATE', appId: appId!, entityId });
        break;
      case 'ENVIRONMENT': {
        const environment = (await this.repositories.environments.byId(this.accountId, entityId))!;
        requireAppPermission(permissions, environmentRequest('UPDATE', environment));
        break;
      }
      case 'TRIGGER':
        requireInEveryApplication(permissions, 'WORKFLOW', 'EXECUTE_WORKFLOW');
        requireInEveryApplication(permissions, 'PIPELINE', 'EXECUTE_PIPELINE');
        break;
      default:
        requireInEveryApplication(permissions, entityType, 'UPDATE');
    }
    if (newDefinition) requireAccountPermission(permissions, 'MANAGE_TAGS');
    return appId;
  }

  /** Tag definitions are names, readable by everyone in the account; their usages only on entities the caller may read. */
  async get(id: string): Promise<TagDefinition> {
    return (await this.definitionById.load(id)) ?? Promise.reject(notFound(TAG_NOT_FOUND));
  }

  async getByName(name: string): Promise<TagDefinition> {
    return (await this.repositories.definitions.byName(this.accountId, name)) ?? Promise.reject(notFound(TAG_NOT_FOUND));
  }

  list(filters: (TagEntityFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
    const query = {
      idConditions: conditionsOf(filters, (filter) => idCondition(filter.tagId)),
      nameConditions: conditionsOf(filters, (filter) => idCondition(filter.tagName)),
    };
    return lazyConnection(pageRequest(limit, offset), {
      fetch: (from, count) => this.repositories.definitions.list(this.accountId, query, from, count),
      count: () => this.repositories.definitions.total(this.accountId, query),
    });
  }

  usages(tag: TagDefinition, filters: (TagUsageFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
    const query = {
      name: tag.name,
      entityTypeConditions: conditionsOf(filters, (filter) => (filter.entityType ? enumFilterCondition(filter.entityType) : null)),
      nameConditions: conditionsOf(filters, (filter) => idCondition(filter.tagName)),
      valueConditions: conditionsOf(filters, (filter) => idCondition(filter.tagValue)),
      scope: this.usageScope(),
    };
    return lazyConnection(pageRequest(limit, offset), {
      fetch: (from, count) => this.repositories.links.usages(this.accountId, query, from, count),
      count: () => this.repositories.links.usageTotal(this.accountId, query),
    });
  }

  /**
   * Links of the applications the caller may read (an application, or anything in it); links kept without an
   * application (workflows, pipelines, provisioners, triggers) are shown as their names only: the entity stays where
   * it lives.
   */
  private usageScope() {
    const apps = listScopeFilter(applicationListScope(this.principal.permissions, 'APPLICATION', 'READ'), { appId: 'appId', entityId: 'entityId' });
    return apps ? { $or: [apps, { appId: null }] } : undefined;
  }

  /** The `tags` field of an entity; every entity of a type asked for in one tick shares one read. */
  tagsOf(entityType: TagEntityType, entityId: string): Promise<TagLink[]> {
    let loader = this.linksByType.get(entityType);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const links = await this.repositories.links.ofEntities(this.accountId, entityType, ids);
        return ids.map((id) => links.filter((link) => link.entityId === id));
      });
      this.linksByType.set(entityType, loader);
    }
    return loader.load(entityId);
  }

  /**
   * A list's tag filter as a condition on the ids of the entities of `entityType` carrying any of the tags, read from
   * the tag links here (one read, whatever the list's size). Null when the filter names no tags.
   */
  async condition(entityType: TagEntityType, tags: (TagInput | null)[] | null | undefined): Promise<Condition | null> {
    const matches = tagMatches(tags);
    if (matches.length === 0) return null;
    const ids = await this.repositories.links.entityIdsMatching(this.accountId, entityType, matches);
    if (!ids) throw badInput(`The tag filter matches more than ${MAX_TAG_FILTER_MATCHES} entities; add a value or another filter`);
    return { $in: ids };
  }

  /** The tag filters of a list, each as a condition on the ids of the entity type it names (default: `ownType`). */
  async filterConditions<F, T extends TagEntityType>(
    filters: (F | null)[] | null | undefined,
    pick: (filter: F) => TagFilter<T> | null | undefined,
    ownType: T,
  ): Promise<{ entityType: T; condition: Condition }[]> {
    const found: { entityType: T; condition: Condition }[] = [];
    for (const filter of filters ?? []) {
      const tagFilter = filter ? pick(filter) : null;
      if (!tagFilter) continue;
      const entityType = tagFilter.entityType ?? ownType;
      const condition = await this.condition(entityType, tagFilter.tags);
      if (condition) found.push({ entityType, condition });
    }
    return found;
  }

  async attach(entityType: TagEntityType, entityId: string, rawName: string, value: string | null | undefined): Promise<TagLink> {
    const name = rawName.trim();
    if (!name) throw badInput('Tag name must not be empty');
    const known = await this.repositories.definitions.byName(this.accountId, name);
    const appId = await this.authorize(entityType, entityId, !known);
    if (!known) await this.repositories.definitions.ensure(this.accountId, name, actingUserId(this.principal));
    const link = await this.repositories.links.attach(this.accountId, { entityType, entityId, appId }, name, value ?? '');
    await this.events.attached(link);
    return link;
  }

  /** Detaching a tag the entity does not carry changes nothing and is not an error. */
  async detach(entityType: TagEntityType, entityId: string, name: string): Promise<void> {
    await this.authorize(entityType, entityId, false);
    const removed = await this.repositories.links.detach(this.accountId, entityType, entityId, name.trim());
    if (removed) await this.events.detached([removed]);
  }

  /** Announces links removed with their entity (a delete's cascade). */
  announceDetached(links: TagLink[]): Promise<void> {
    return this.events.detached(links);
  }

  /**
   * The application an entity of this subgraph belongs to, which also proves it exists in the account. Workflows,
   * pipelines, triggers and provisioners live in pipelines-workflows-executions; their links are kept without an
   * application, and without checking that the entity exists (this subgraph learns nothing of them).
   */
  private async owningApplication(entityType: TagEntityType, entityId: string): Promise<string | null> {
    const { applications, services, environments } = this.repositories;
    const owner =
      entityType === 'APPLICATION'
        ? (await applications.byId(this.accountId, entityId))?.id
        : entityType === 'SERVICE'
          ? (await services.byId(this.accountId, entityId))?.appId
          : entityType === 'ENVIRONMENT'
            ? (await environments.byId(this.accountId, entityId))?.appId
            : null;
    const missing = ENTITY_NOT_FOUND[entityType];
    if (missing && !owner) throw notFound(missing);
    return owner ?? null;
  }
}


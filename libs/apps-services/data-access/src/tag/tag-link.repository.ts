import type { Connection } from 'mongoose';
import { newId, type ScopedFilter } from '@fg/tenancy';
import { BulkScopedRepository } from '../shared/bulk-scoped.repository';
import { allOf, NEWEST_FIRST, withinScope, type Condition } from '../shared/conditions';
import type { TagEntityType, TagLink, TagMatch } from './tag.entity';
import { tagLinkSchema, type TagLinkDoc } from './tag.schema';

export interface TagUsageQuery {
  name: string;
  entityTypeConditions?: Condition[];
  nameConditions?: Condition[];
  valueConditions?: Condition[];
  /** The links of entities the caller may read (listScopeFilter); absent: every link. */
  scope?: Condition;
}

/** A filter list cannot hold more matching ids than this; beyond it the list would be better served by a join. */
export const MAX_TAG_FILTER_MATCHES = 10_000;

export class TagLinkRepository extends BulkScopedRepository<TagLinkDoc, TagLink> {
  constructor(connection: Connection) {
    super(connection.model<TagLinkDoc>('TagLink', tagLinkSchema));
  }

  protected toEntity(doc: TagLinkDoc): TagLink {
    return {
      id: doc._id,
      accountId: doc.accountId,
      entityType: doc.entityType,
      entityId: doc.entityId,
      appId: doc.appId ?? null,
      name: doc.name,
      value: doc.value ?? '',
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  /** Attaches a tag, or changes its value when the entity already has a tag of that name. */
  attach(accountId: string, entity: { entityType: TagEntityType; entityId: string; appId: string | null }, name: string, value: string): Promise<TagLink> {
    return this.upsertOne(
      accountId,
      { entityType: entity.entityType, entityId: entity.entityId, name },
      { $set: { value, appId: entity.appId }, $setOnInsert: { _id: newId() } },
    );
  }

  async detach(accountId: string, entityType: TagEntityType, entityId: string, name: string): Promise<TagLink | null> {
    const link = await this.findOne(accountId, { entityType, entityId, name });
    if (link && (await this.deleteOne(accountId, { _id: link.id }))) return link;
    return null;
  }

  /** The tags of a batch of entities of one type, in one read (up to 100 tags per entity). */
  ofEntities(accountId: string, entityType: TagEntityType, entityIds: readonly string[]): Promise<TagLink[]> {
    return this.findMany(
      accountId,
      { entityType, entityId: { $in: [...entityIds] } },
      { offset: 0, count: entityIds.length * 100, sort: { entityId: 1, name: 1 } },
    );
  }

  /**
   * Ids of the entities of a type carrying any of the tags (a tag without a value matches every value); null when more
   * than MAX_TAG_FILTER_MATCHES links match, so a caller never filters by a silently cut list.
   */
  async entityIdsMatching(accountId: string, entityType: TagEntityType, tags: TagMatch[]): Promise<string[] | null> {
    if (tags.length === 0) return [];
    const anyOf = tags.map((tag) => (tag.value == null ? { name: tag.name } : { name: tag.name, value: tag.value }));
    const links = await this.findMany(accountId, { entityType, $or: anyOf }, { offset: 0, count: MAX_TAG_FILTER_MATCHES + 1, sort: { _id: 1 } });
    if (links.length > MAX_TAG_FILTER_MATCHES) return null;
    return [...new Set(links.map((link) => link.entityId))];
  }

  /** The value of one tag name on each of a set of entities (tag aggregations of the *Stats fields). */
  async valuesOf(accountId: string, entityType: TagEntityType, name: string, entityIds: readonly string[]): Promise<Map<string, string>> {
    const links = await this.findMany(
      accountId,
      { entityType, name, entityId: { $in: [...entityIds] } },
      { offset: 0, count: entityIds.length, sort: { _id: 1 } },
    );
    return new Map(links.map((link) => [link.entityId, link.value]));
  }

  usages(accountId: string, query: TagUsageQuery, offset: number, count: number): Promise<TagLink[]> {
    return this.findMany(accountId, this.usageFilter(query), { offset, count, sort: NEWEST_FIRST });
  }

  usageTotal(accountId: string, query: TagUsageQuery): Promise<number> {
    return this.count(accountId, this.usageFilter(query));
  }

  /** Removes an entity's links and answers them, so that each can be announced as detached. */
  removeOfEntity(accountId: string, entityType: TagEntityType, entityId: string): Promise<TagLink[]> {
    return this.take(accountId, { entityType, entityId });
  }

  /** The links of an application and of everything it owns (they carry its id), answered as for removeOfEntity. */
  removeOfApplication(accountId: string, appId: string): Promise<TagLink[]> {
    return this.take(accountId, { appId });
  }

  /** Reads the matching links, then deletes exactly those (a link attached meanwhile stays, unannounced as gone). */
  private async take(accountId: string, filter: ScopedFilter<TagLinkDoc>): Promise<TagLink[]> {
    const links = await this.findMany(accountId, filter, { offset: 0, count: MAX_TAG_FILTER_MATCHES * 10, sort: { _id: 1 } });
    if (links.length > 0) await this.deleteMany(accountId, { _id: { $in: links.map((link) => link.id) } });
    return links;
  }

  private usageFilter(query: TagUsageQuery): ScopedFilter<TagLinkDoc> {
    // The usage filters narrow the definition's own name further, so both stay (a usage filter may name it too).
    const narrowing = allOf({ entityType: query.entityTypeConditions, name: query.nameConditions, value: query.valueConditions });
    return withinScope({ $and: [{ name: query.name }, narrowing] }, query.scope) as ScopedFilter<TagLinkDoc>;
  }
}

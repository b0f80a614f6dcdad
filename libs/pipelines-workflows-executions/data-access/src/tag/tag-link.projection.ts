import { Schema, type Connection, type Model } from 'mongoose';
import type { EventHandlers } from '@fg/domain-events';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned, type ScopedFilter } from '@fg/tenancy';
import { PROJECTED_TAG_ENTITY_TYPES, type ProjectedTagEntityType, type TagEvent, type TagLinkView, type TagMatch } from './tag-link.entity';

interface TagLinkDoc extends AccountOwned {
  entityType: ProjectedTagEntityType;
  entityId: string;
  name: string;
  value: string;
  /** False once detached: the row stays as a tombstone, so a late retry of the attach cannot bring it back. */
  attached: boolean;
  /** eventPosition of the last event applied to this (entity, name). */
  position: string;
}

const tagLinkSchema = new Schema<TagLinkDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    entityType: { type: String, required: true },
    entityId: { type: String, required: true },
    name: { type: String, required: true },
    value: { type: String, default: '' },
    attached: { type: Boolean, required: true },
    position: { type: String, required: true },
  },
  { collection: 'tag_links', versionKey: false },
);
// Workflow.tags / Pipeline.tags / Trigger.tags: the tags of a batch of entities of one type (a page's, in one read).
tagLinkSchema.index({ accountId: 1, entityType: 1, entityId: 1, attached: 1 });
// Tag filters and tag aggregations: the entities of one type carrying a tag name (and value).
tagLinkSchema.index({ accountId: 1, entityType: 1, name: 1, value: 1, attached: 1 });

function tagLinkModel(connection: Connection): Model<TagLinkDoc> {
  return (connection.models.ProjectedTagLink as Model<TagLinkDoc> | undefined) ?? connection.model<TagLinkDoc>('ProjectedTagLink', tagLinkSchema);
}

const isProjected = (entityType: string): entityType is ProjectedTagEntityType => (PROJECTED_TAG_ENTITY_TYPES as readonly string[]).includes(entityType);

// One document per (account, entity, tag name): every event of that link lands on it.
const linkId = (accountId: string, entityType: string, entityId: string, name: string) => JSON.stringify([accountId, entityType, entityId, name]);

/**
 * Tags of applications, services, environments, workflows, pipelines and triggers as apps-services announces them (tag.attached / tag.detached), so
 * `tags` fields and tag filters are answered here without calling apps-services. An event applies only past the
 * position stored for its link (one compare-and-set).
 */
export class TagLinkProjection extends AccountScopedRepository<TagLinkDoc, TagLinkView> {
  constructor(connection: Connection) {
    super(tagLinkModel(connection));
  }

  protected toEntity(doc: TagLinkDoc): TagLinkView {
    return { entityType: doc.entityType, entityId: doc.entityId, name: doc.name, value: doc.value ?? '' };
  }

  async apply(event: TagEvent, position: string): Promise<void> {
    const { entityType, entityId, name, value } = event.payload;
    if (!isProjected(entityType)) return;
    const _id = linkId(event.accountId, entityType, entityId, name);
    const state = { entityType, entityId, name, value, attached: event.type === 'tag.attached', position };
    try {
      await this.insert(event.accountId, { _id, ...state });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.updateOne(event.accountId, { _id, position: { $lt: position } } as ScopedFilter<TagLinkDoc>, { $set: state });
    }
  }

  /** The tags of several entities of one type at once (batched `tags` fields), by name. */
  async tagsOf(accountId: string, entityType: ProjectedTagEntityType, entityIds: readonly string[]): Promise<TagLinkView[]> {
    if (entityIds.length === 0) return [];
    const filter = { entityType, entityId: { $in: [...entityIds] }, attached: true } as ScopedFilter<TagLinkDoc>;
    return this.findMany(accountId, filter, { offset: 0, count: 100 * entityIds.length, sort: { entityId: 1, name: 1 } });
  }

  /** The ids of the entities of one type carrying any of the tags (a tag without a value matches every value). */
  async entitiesTagged(accountId: string, entityType: ProjectedTagEntityType, tags: readonly TagMatch[]): Promise<string[]> {
    if (tags.length === 0) return [];
    const anyOf = tags.map((tag) => (tag.value === null ? { name: tag.name } : { name: tag.name, value: tag.value }));
    const links = await this.findMany(accountId, { entityType, attached: true, $or: anyOf } as ScopedFilter<TagLinkDoc>, {
      offset: 0,
      count: 100_000,
      sort: { entityId: 1 },
    });
    return [...new Set(links.map((link) => link.entityId))];
  }

  /** For each of the entities carrying tag `name`, its value (tag aggregations). */
  async valuesOf(accountId: string, entityType: ProjectedTagEntityType, name: string, entityIds: readonly string[]): Promise<Map<string, string>> {
    if (entityIds.length === 0) return new Map();
    const links = await this.findMany(accountId, { entityType, name, entityId: { $in: [...entityIds] }, attached: true } as ScopedFilter<TagLinkDoc>, {
      offset: 0,
      count: entityIds.length,
      sort: { entityId: 1 },
    });
    return new Map(links.map((link) => [link.entityId, link.value]));
  }
}

/** The handlers a subscription feeds the tag projection with. */
export function tagEventHandlers(tags: TagLinkProjection): EventHandlers {
  const apply = (event: TagEvent, { position }: { position: string }) => tags.apply(event, position);
  return { 'tag.attached': apply, 'tag.detached': apply };
}

import DataLoader from 'dataloader';
import { badInput, idFilterCondition, type IdFilter } from '@fg/graphql-kit';
import type { ProjectedTagEntityType, TagLinkProjection, TagMatch } from '@fg/pipelines-workflows-executions/data-access';
import { present } from './definition-input';

export type Condition = Record<string, unknown>;

/** EnumOperator filters (OrchestrationWorkflowTypeFilter): the operator is optional, IN when absent. */
export interface EnumFilter<T extends string> {
  operator?: 'EQUALS' | 'IN' | null;
  values?: (T | null)[] | null;
}

/** `<X>TagFilter`: whose tags (the entity's own or its application's) must match. */
export interface TagFilter<T extends string> {
  entityType?: T | null;
  tags?: ({ name?: string | null; value?: string | null } | null)[] | null;
}

export function enumCondition<T extends string>(filter: EnumFilter<T>): Condition {
  const values = present(filter.values);
  if (values.length === 0) throw badInput('Values cannot be empty');
  if (filter.operator === 'EQUALS') {
    if (values.length !== 1) throw badInput('Only one value is allowed with the EQUALS operator');
    return { $eq: values[0] };
  }
  return { $in: values };
}

export const idCondition = (filter: IdFilter | null | undefined): Condition | null => (filter ? idFilterCondition(filter) : null);

function tagMatches(filter: TagFilter<string>): TagMatch[] {
  return present(filter.tags).map((tag) => {
    const name = (tag.name ?? '').trim();
    if (!name) throw badInput('A tag filter needs a tag name');
    return { name, value: tag.value ?? null };
  });
}

/**
 * A tag filter as a condition on the list's own fields: one read of the tag projection (the entities, or the
 * applications, carrying any of the tags), then `_id` / `applicationId` in them. No tags: no condition.
 */
export async function tagCondition<T extends 'APPLICATION' | 'WORKFLOW' | 'PIPELINE'>(
  tags: TagLinkProjection,
  accountId: string,
  filter: TagFilter<T>,
  ownType: T,
): Promise<Condition | null> {
  const matches = tagMatches(filter);
  if (matches.length === 0) return null;
  const entityType: ProjectedTagEntityType = filter.entityType ?? ownType;
  const ids = await tags.entitiesTagged(accountId, entityType, matches);
  return entityType === 'APPLICATION' ? { applicationId: { $in: ids } } : { _id: { $in: ids } };
}

/** `tags` of workflows, pipelines and triggers: one read per request for every entity of a type asked for. */
export function tagsLoader(tags: TagLinkProjection, accountId: string, entityType: ProjectedTagEntityType) {
  return new DataLoader<string, Array<{ name: string; value: string }>>(async (ids) => {
    const links = await tags.tagsOf(accountId, entityType, ids);
    const byEntity = new Map<string, Array<{ name: string; value: string }>>();
    for (const link of links) {
      const list = byEntity.get(link.entityId) ?? [];
      list.push({ name: link.name, value: link.value });
      byEntity.set(link.entityId, list);
    }
    return ids.map((id) => byEntity.get(id) ?? []);
  });
}

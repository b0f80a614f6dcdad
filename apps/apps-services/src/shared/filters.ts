import { badInput, idFilterCondition, type IdFilter } from '@fg/graphql-kit';
import type { Condition } from '@fg/apps-services/data-access';

/** EnumOperator filters (DeploymentTypeFilter, EnvironmentTypeFilter, EntityTypeFilter): operator is optional. */
export interface EnumFilter<T extends string> {
  operator?: 'EQUALS' | 'IN' | null;
  values?: (T | null)[] | null;
}

export interface StringFilter {
  operator: 'EQUALS' | 'IN';
  values: (string | null)[];
}

export interface TagInput {
  name?: string | null;
  value?: string | null;
}

/** `<X>TagFilter`: whose tags (the entity's own or its owner's) must match. */
export interface TagFilter<T extends string> {
  entityType?: T | null;
  tags?: (TagInput | null)[] | null;
}

function valuesOf<T>(values: (T | null)[] | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => value !== null && value !== undefined);
}

function equalsOrIn(operator: string | null | undefined, values: string[]): Condition {
  if (values.length === 0) throw badInput('Values cannot be empty');
  if (operator === 'EQUALS') {
    if (values.length !== 1) throw badInput('Only one value is allowed with the EQUALS operator');
    return { $eq: values[0] };
  }
  return { $in: values };
}

export function enumFilterCondition<T extends string>(filter: EnumFilter<T>): Condition {
  return equalsOrIn(filter.operator, valuesOf(filter.values));
}

export function stringFilterCondition(filter: StringFilter): Condition {
  return equalsOrIn(filter.operator, valuesOf(filter.values));
}

/** Each present filter's condition on one field: the list's filters are ANDed. */
export function conditionsOf<F>(filters: (F | null)[] | null | undefined, pick: (filter: F) => Condition | null): Condition[] {
  return valuesOf(filters).flatMap((filter) => {
    const condition = pick(filter);
    return condition ? [condition] : [];
  });
}

export const idCondition = (filter: IdFilter | null | undefined): Condition | null => (filter ? idFilterCondition(filter) : null);

/** The tags of a tag filter; a tag without a name matches nothing and is refused. */
export function tagMatches(tags: (TagInput | null)[] | null | undefined) {
  return valuesOf(tags).map((tag) => {
    const name = (tag.name ?? '').trim();
    if (!name) throw badInput('A tag filter needs a tag name');
    return { name, value: tag.value ?? null };
  });
}

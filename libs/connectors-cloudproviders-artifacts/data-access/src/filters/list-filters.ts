import { badInput } from '@fg/graphql-kit';

/** The typed enum filters (CloudProviderTypeFilter, CEEnabledFilter, ConnectorTypeFilter): the operator is optional. */
export interface EnumFilter<T> {
  operator?: 'EQUALS' | 'IN' | null;
  values?: (T | null)[] | null;
}

export interface TimeFilter {
  operator: 'EQUALS' | 'BEFORE' | 'AFTER';
  value: number;
}

/** A missing operator means IN, as in the reference server; EQUALS takes exactly one value. */
export function enumFilterCondition<T>(filter: EnumFilter<T>): Record<string, unknown> {
  const values = (filter.values ?? []).filter((value): value is T => value !== null && value !== undefined);
  if (values.length === 0) throw badInput('Values cannot be empty');
  if (filter.operator === 'EQUALS') {
    if (values.length !== 1) throw badInput('Only one value is allowed with the EQUALS operator');
    return { $eq: values[0] };
  }
  return { $in: values };
}

/** BEFORE and AFTER include the instant itself (the reference's ≤ and ≥). */
export function timeFilterCondition(filter: TimeFilter): Record<string, unknown> {
  const at = new Date(filter.value);
  switch (filter.operator) {
    case 'EQUALS':
      return { $eq: at };
    case 'BEFORE':
      return { $lte: at };
    case 'AFTER':
      return { $gte: at };
    default:
      throw badInput(`Unsupported operator ${String(filter.operator)}`);
  }
}

/**
 * Several filters on the same field are all applied (the reference ANDs every element); `$and` keeps each condition
 * instead of letting a later one replace an earlier one.
 */
export function allOf(conditions: Record<string, unknown>[]): Record<string, unknown> {
  if (conditions.length === 0) return {};
  if (conditions.length === 1) return conditions[0];
  return { $and: conditions };
}

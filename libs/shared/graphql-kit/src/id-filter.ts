import { badInput } from './errors';

export type IdOperator = 'EQUALS' | 'IN' | 'NOT_NULL' | 'NOT_IN' | 'LIKE';

export interface IdFilter {
  operator: IdOperator;
  values: (string | null)[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Translates an IdFilter into a MongoDB condition with the reference server's semantics. */
export function idFilterCondition(filter: IdFilter): Record<string, unknown> {
  const values = (filter.values ?? []).filter((v): v is string => typeof v === 'string');
  if (filter.operator === 'NOT_NULL') return { $ne: null };
  if (values.length === 0) throw badInput('Values cannot be empty');
  switch (filter.operator) {
    case 'EQUALS':
      if (values.length !== 1) throw badInput('Only one value is allowed with the EQUALS operator');
      return { $eq: values[0] };
    case 'LIKE':
      if (values.length !== 1) throw badInput('Only one value is allowed with the LIKE operator');
      return { $regex: escapeRegExp(values[0]) };
    case 'IN':
      return { $in: values };
    case 'NOT_IN':
      return { $nin: values };
    default:
      throw badInput(`Unsupported operator ${String(filter.operator)}`);
  }
}

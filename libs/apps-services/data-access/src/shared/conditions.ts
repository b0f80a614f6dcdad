/** A MongoDB condition on one field (from an IdFilter, an enum filter or a tag filter's matching ids). */
export type Condition = Record<string, unknown>;

/** Every condition on every field must hold: the reference API ANDs all its filters. */
export function allOf(conditionsByField: Record<string, Condition[] | undefined>): Record<string, unknown> {
  const clauses = Object.entries(conditionsByField).flatMap(([field, conditions]) =>
    (conditions ?? []).map((condition) => ({ [field]: condition })),
  );
  if (clauses.length === 0) return {};
  if (clauses.length === 1) return clauses[0];
  return { $and: clauses };
}

/**
 * A list's own filter narrowed to what the caller may read (a whole-document filter from @fg/permissions'
 * listScopeFilter); no scope means every document.
 */
export function withinScope(filter: Record<string, unknown>, scope: Condition | undefined): Record<string, unknown> {
  if (!scope) return filter;
  if (Object.keys(filter).length === 0) return scope;
  return { $and: [filter, scope] };
}

/** Newest first, ties by id: the order of every list here. */
export const NEWEST_FIRST = { createdAt: -1, _id: 1 } as const;

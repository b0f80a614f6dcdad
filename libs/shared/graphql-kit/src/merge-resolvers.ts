type ResolverMap = Record<string, unknown>;

/**
 * Combines resolver maps written per domain (pipelines, delegates…) type by type, so two maps that both add Query
 * fields keep all of them. A field defined twice is a mistake and throws at start-up.
 */
export function mergeResolvers<T extends ResolverMap>(...maps: T[]): T {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const existing = merged[typeName];
      if (existing === undefined || typeof fields !== 'object' || fields === null || typeof existing !== 'object') {
        if (existing !== undefined) throw new Error(`Resolvers for ${typeName} are defined twice`);
        merged[typeName] = fields;
        continue;
      }
      for (const field of Object.keys(fields)) {
        if (field in (existing as object)) throw new Error(`The resolver ${typeName}.${field} is defined twice`);
      }
      merged[typeName] = { ...(existing as object), ...(fields as object) };
    }
  }
  return merged as T;
}

import DataLoader from 'dataloader';

/**
 * A request-scoped loader that gathers the ids asked for in one tick (entity references from the gateway, nested
 * fields) into one read, and answers each id with its entity or null.
 */
export function byIdLoader<T extends { id: string }>(read: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const found = new Map((await read(ids)).map((entity) => [entity.id, entity]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Reads the rows of several parents at once, sorted by parent id, at most maxRows of them. */
export type ReadRowsOfParents<T> = (parentIds: string[], maxRows: number) => Promise<T[]>;

/**
 * The first `needed` rows of each parent (an application's services, an environment's infrastructure definitions) in a
 * few batched reads rather than one per parent. A read that comes back full may have cut the last parent it reached
 * short and not reached the parents after it: only those are read again, and every round settles at least one parent.
 */
export async function firstRowsPerParent<T>(
  parentIds: readonly string[],
  needed: number,
  parentOf: (row: T) => string,
  read: ReadRowsOfParents<T>,
): Promise<Map<string, T[]>> {
  const rows = new Map<string, T[]>(parentIds.map((id) => [id, []]));
  let pending = [...new Set(parentIds)].sort();
  while (pending.length > 0 && needed > 0) {
    const maxRows = pending.length * needed;
    const batch = await read(pending, maxRows);
    const found = new Map<string, T[]>();
    for (const row of batch) {
      const list = found.get(parentOf(row)) ?? [];
      list.push(row);
      found.set(parentOf(row), list);
    }
    const complete = batch.length < maxRows;
    const last = batch.length > 0 ? parentOf(batch[batch.length - 1]) : '';
    const lastIsShort = (found.get(last)?.length ?? 0) < needed;
    for (const [id, list] of found) {
      if (complete || id !== last || !lastIsShort) rows.set(id, list.slice(0, needed));
    }
    if (complete) break;
    pending = pending.filter((id) => id > last || (id === last && lastIsShort));
  }
  return rows;
}

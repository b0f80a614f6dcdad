export interface ApplicationRow {
  applicationId: string;
}

/** Reads rows of several applications at once, sorted by applicationId, at most maxRows of them. */
export type ReadApplicationRows<T> = (applicationIds: string[], maxRows: number) => Promise<T[]>;

/**
 * The first `needed` rows of each application, in a few batched reads instead of one per application. A read that comes
 * back full may have cut off the last application it reached and missed the ones after it; only those are read again.
 */
export async function firstRowsPerApplication<T extends ApplicationRow>(
  applicationIds: readonly string[],
  needed: number,
  read: ReadApplicationRows<T>,
): Promise<Map<string, T[]>> {
  const rows = new Map<string, T[]>(applicationIds.map((id) => [id, []]));
  let pending = [...new Set(applicationIds)].sort();
  while (pending.length > 0 && needed > 0) {
    const maxRows = pending.length * needed;
    const batch = await read(pending, maxRows);
    for (const row of batch) {
      const list = rows.get(row.applicationId);
      if (list && list.length < needed) list.push(row);
    }
    if (batch.length < maxRows) break;
    const last = batch[batch.length - 1].applicationId;
    const lastIsShort = (rows.get(last)?.length ?? 0) < needed;
    pending = pending.filter((id) => id > last || (id === last && lastIsShort));
    if (lastIsShort) {
      // Skip the rows of `last` already held: re-read it alone with room for all it needs.
      const more = await read([last], needed);
      rows.set(last, more.slice(0, needed));
      pending = pending.filter((id) => id !== last);
    }
  }
  return rows;
}

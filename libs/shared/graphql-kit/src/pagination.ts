import { badInput } from './errors';

export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  limit: number;
  offset: number;
}

/** The reference server's rules: negative values are an error, a limit above 100 is quietly clamped to 100. */
export function pageRequest(limit: number | null | undefined, offset: number | null | undefined): PageRequest {
  const effectiveLimit = limit ?? MAX_PAGE_SIZE;
  const effectiveOffset = offset ?? 0;
  if (effectiveLimit < 0) throw badInput('limit must not be negative');
  if (effectiveOffset < 0) throw badInput('offset must not be negative');
  return { limit: Math.min(effectiveLimit, MAX_PAGE_SIZE), offset: effectiveOffset };
}

export interface PageSource<T> {
  /** Rows [offset, offset + count). */
  fetch(offset: number, count: number): Promise<T[]>;
  count(): Promise<number>;
}

export interface Connection<T> {
  pageInfo: {
    limit: number;
    offset: number;
    hasMore: () => Promise<boolean>;
    total: () => Promise<number>;
  };
  nodes: () => Promise<T[]>;
}

/**
 * A connection whose parts load only when selected (graphql-js calls function-valued fields): nodes and hasMore share
 * one read of limit + 1 rows, and total costs a count only when a client asks for it.
 */
export function lazyConnection<T>(page: PageRequest, source: PageSource<T>): Connection<T> {
  let rows: Promise<T[]> | undefined;
  let total: Promise<number> | undefined;
  const readRows = () => (rows ??= page.limit === 0 ? Promise.resolve([]) : source.fetch(page.offset, page.limit + 1));
  return {
    pageInfo: {
      limit: page.limit,
      offset: page.offset,
      hasMore: async () => {
        if (page.limit === 0) return (await (total ??= source.count())) > page.offset;
        return (await readRows()).length > page.limit;
      },
      total: () => (total ??= source.count()),
    },
    nodes: async () => (await readRows()).slice(0, page.limit),
  };
}

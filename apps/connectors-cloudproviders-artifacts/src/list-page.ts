import { lazyConnection, pageRequest, type Connection } from '@fg/graphql-kit';

interface Listing<T, Q> {
  list(accountId: string, query: Q, offset: number, count: number): Promise<T[]>;
  countMatching(accountId: string, query: Q): Promise<number>;
}

/** A root list field's connection over a repository query, with the reference's paging rules. */
export function listConnection<T, Q>(
  repository: Listing<T, Q>,
  accountId: string,
  query: Q,
  limit: number,
  offset: number | null | undefined,
): Connection<T> {
  return lazyConnection(pageRequest(limit, offset), {
    fetch: (from, count) => repository.list(accountId, query, from, count),
    count: () => repository.countMatching(accountId, query),
  });
}

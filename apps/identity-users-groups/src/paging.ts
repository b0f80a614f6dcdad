import { lazyConnection, type Connection, type PageRequest } from '@fg/graphql-kit';

/** A page over a list already in hand (a group's members, a user's groups, an account's SSO providers). */
export function arrayPage<T>(page: PageRequest, load: () => Promise<readonly T[]>): Connection<T> {
  return lazyConnection(page, {
    fetch: async (offset, count) => (await load()).slice(offset, offset + count),
    count: async () => (await load()).length,
  });
}

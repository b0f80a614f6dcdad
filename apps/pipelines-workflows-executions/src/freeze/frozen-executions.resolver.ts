import { lazyConnection, pageRequest } from '@fg/graphql-kit';
import type { Resolvers } from '../generated/resolvers-types';

/**
 * No execution is ever rejected by a freeze window here (the server has none), so the page is empty; limit and offset
 * are still checked, so a client's mistakes answer the same errors as every other list.
 */
export const frozenExecutionResolvers: Resolvers = {
  Query: {
    frozenExecutions: (_, { limit, offset }) => lazyConnection(pageRequest(limit, offset), { fetch: async () => [], count: async () => 0 }),
  },
};

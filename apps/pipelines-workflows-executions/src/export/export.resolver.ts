import type { Resolvers } from '../generated/resolvers-types';

export const exportResolvers: Resolvers = {
  Mutation: {
    exportExecutions: async (_, { input }, { exports }) => ({ clientMutationId: input.clientMutationId, ...(await exports.request(input)) }),
  },
  Query: {
    executionExport: (_, { requestId }, { exports }) => exports.status(requestId),
  },
};

import type { Resolvers } from '../generated/resolvers-types';

export const apiKeyResolvers: Resolvers = {
  APIKey: {
    __resolveReference: (reference, { apiKeys }) => (reference.id ? apiKeys.find(reference.id) : null),
  },
  Mutation: {
    createApiKey: async (_, { input }, { apiKeys }) => {
      const { key, apiKey } = await apiKeys.create(input);
      return { clientMutationId: input.clientMutationId, name: key.name, uuid: key.id, apiKey };
    },
    updateApiKey: async (_, { input }, { apiKeys }) => {
      const key = await apiKeys.update(input.uuid, input);
      return { clientMutationId: input.clientMutationId, name: key.name, uuid: key.id };
    },
    deleteApiKey: async (_, { input }, { apiKeys }) => {
      await apiKeys.remove(input.accountId, input.uuid);
      return { clientMutationId: input.clientMutationId };
    },
    rotateApiKey: async (_, { input }, { apiKeys }) => {
      const { key, apiKey } = await apiKeys.rotate(input.accountId, input.uuid, input.oldKeyExpiresAt);
      return { clientMutationId: input.clientMutationId, name: key.name, uuid: key.id, apiKey };
    },
  },
};

import type { Resolvers } from '../generated/resolvers-types';

export const secretManagerResolvers: Resolvers = {
  Query: {
    secretManager: (_, args, { secretManagers }) => secretManagers.get(args.secretManagerId),
    secretManagerByName: (_, args, { secretManagers }) => secretManagers.getByName(args.name),
    secretManagers: (_, args, { secretManagers }) => secretManagers.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createSecretManager: async (_, { input }, { secretManagers }) => {
      const { clientMutationId, ...fields } = input;
      return { clientMutationId, secretManager: await secretManagers.create(fields) };
    },
    updateSecretManager: async (_, { input }, { secretManagers }) => {
      const { clientMutationId, secretManagerId, ...fields } = input;
      return { clientMutationId, secretManager: await secretManagers.update(secretManagerId, fields) };
    },
    deleteSecretManager: async (_, { input }, { secretManagers }) => {
      await secretManagers.delete(input.secretManagerId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  SecretManager: {
    __resolveReference: (reference, { secretManagers }) => (reference.id ? secretManagers.find(reference.id) : null),
    // Only a custom manager has a config type in the reference's schema; Vault credentials are never shown.
    config: (manager) => (manager.custom ? { __typename: 'CustomSecretManagerConfig' as const, ...manager.custom, isDefault: manager.isDefault } : null),
  },
  SecretManagerConfig: { __resolveType: () => 'CustomSecretManagerConfig' },
};

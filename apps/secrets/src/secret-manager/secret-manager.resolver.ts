import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { SecretManager } from '@fg/secrets/data-access';
import type { SecretsContext } from '../context';
import type { SecretManagerFilterInput, SecretManagerInput } from './secret-manager.service';

interface MutationArgs<T> {
  input: T & { clientMutationId?: string | null };
}

export const secretManagerResolvers: GraphQLResolverMap<SecretsContext> = {
  Query: {
    secretManager: (_: unknown, args: { secretManagerId: string }, { secretManagers }: SecretsContext) =>
      secretManagers.get(args.secretManagerId),
    secretManagerByName: (_: unknown, args: { name: string }, { secretManagers }: SecretsContext) => secretManagers.getByName(args.name),
    secretManagers: (
      _: unknown,
      args: { filters?: (SecretManagerFilterInput | null)[] | null; limit: number; offset?: number | null },
      { secretManagers }: SecretsContext,
    ) => secretManagers.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createSecretManager: async (_: unknown, { input }: MutationArgs<SecretManagerInput>, { secretManagers }: SecretsContext) => {
      const { clientMutationId, ...fields } = input;
      return { clientMutationId, secretManager: await secretManagers.create(fields) };
    },
    updateSecretManager: async (
      _: unknown,
      { input }: MutationArgs<SecretManagerInput & { secretManagerId: string }>,
      { secretManagers }: SecretsContext,
    ) => {
      const { clientMutationId, secretManagerId, ...fields } = input;
      return { clientMutationId, secretManager: await secretManagers.update(secretManagerId, fields) };
    },
    deleteSecretManager: async (_: unknown, { input }: MutationArgs<{ secretManagerId: string }>, { secretManagers }: SecretsContext) => {
      await secretManagers.delete(input.secretManagerId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  SecretManager: {
    __resolveReference: (reference: { id: string }, { secretManagers }: SecretsContext) => secretManagers.find(reference.id),
    // Only a custom manager has a config type in the reference's schema; Vault credentials are never shown.
    config: (manager: SecretManager) => (manager.custom ? { ...manager.custom, isDefault: manager.isDefault } : null),
  },
  SecretManagerConfig: { __resolveType: () => 'CustomSecretManagerConfig' },
};

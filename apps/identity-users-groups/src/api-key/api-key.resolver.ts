import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { IdentityContext } from '../context';
import type { ApiKeyInput } from './api-key.service';

type Mutation<T> = { input: T & { clientMutationId?: string | null } };

export const apiKeyResolvers: GraphQLResolverMap<IdentityContext> = {
  Mutation: {
    createApiKey: async (_: unknown, { input }: Mutation<ApiKeyInput>, { apiKeys }: IdentityContext) => {
      const { key, apiKey } = await apiKeys.create(input);
      return { clientMutationId: input.clientMutationId, name: key.name, uuid: key.id, apiKey };
    },
    updateApiKey: async (_: unknown, { input }: Mutation<ApiKeyInput & { uuid: string }>, { apiKeys }: IdentityContext) => {
      const key = await apiKeys.update(input.uuid, input);
      return { clientMutationId: input.clientMutationId, name: key.name, uuid: key.id };
    },
    deleteApiKey: async (_: unknown, { input }: Mutation<{ accountId: string; uuid: string }>, { apiKeys }: IdentityContext) => {
      await apiKeys.remove(input.accountId, input.uuid);
      return { clientMutationId: input.clientMutationId };
    },
    rotateApiKey: async (
      _: unknown,
      { input }: Mutation<{ accountId: string; uuid: string; oldKeyExpiresAt?: number | null }>,
      { apiKeys }: IdentityContext,
    ) => {
      const { key, apiKey } = await apiKeys.rotate(input.accountId, input.uuid, input.oldKeyExpiresAt);
      return { clientMutationId: input.clientMutationId, name: key.name, uuid: key.id, apiKey };
    },
  },
};

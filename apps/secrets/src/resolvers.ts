import { notFound } from '@fg/graphql-kit';
import type { Resolvers } from './generated/resolvers-types';

// The context moved to context.ts (the generated types import it from there); subgraph wiring still imports it here.
export type { SecretsContext } from './context';

export const SECRET_MANAGER_NOT_FOUND = 'Secret Manager does not exist';

export const secretsResolvers: Resolvers = {
  Query: {
    secretManager: async (_, args, context) =>
      (await context.secretManagerById.load(args.secretManagerId)) ?? Promise.reject(notFound(SECRET_MANAGER_NOT_FOUND)),
    secretManagerByName: async (_, args, context) =>
      (await context.secretManagers.byName(context.identity.accountId, args.name)) ??
      Promise.reject(notFound(SECRET_MANAGER_NOT_FOUND)),
  },
  SecretManager: {
    __resolveReference: (reference, context) => (reference.id ? context.secretManagerById.load(reference.id) : null),
  },
};

import { notFound } from '@fg/graphql-kit';
import type { Resolvers } from './generated/resolvers-types';

export const SECRET_MANAGER_NOT_FOUND = 'Secret Manager does not exist';

export const secretsResolvers: Resolvers = {
  Query: {
    secretManager: async (_, args, context) =>
      (await context.secretManagerById.load(args.secretManagerId)) ?? Promise.reject(notFound(SECRET_MANAGER_NOT_FOUND)),
    secretManagerByName: async (_, args, context) =>
      (await context.secretManagers.byName(context.principal.accountId, args.name)) ??
      Promise.reject(notFound(SECRET_MANAGER_NOT_FOUND)),
  },
  SecretManager: {
    __resolveReference: (reference, context) => (reference.id ? context.secretManagerById.load(reference.id) : null),
  },
};

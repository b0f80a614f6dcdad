import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type DataLoader from 'dataloader';
import { notFound } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import type { SecretManager, SecretManagerRepository } from '@fg/secrets/data-access';

export const SECRET_MANAGER_NOT_FOUND = 'Secret Manager does not exist';

export interface SecretsContext {
  principal: Principal;
  secretManagers: SecretManagerRepository;
  secretManagerById: DataLoader<string, SecretManager | null>;
}

export const secretsResolvers: GraphQLResolverMap<SecretsContext> = {
  Query: {
    secretManager: async (_: unknown, args: { secretManagerId: string }, context: SecretsContext) =>
      (await context.secretManagerById.load(args.secretManagerId)) ?? Promise.reject(notFound(SECRET_MANAGER_NOT_FOUND)),
    secretManagerByName: async (_: unknown, args: { name: string }, context: SecretsContext) =>
      (await context.secretManagers.byName(context.principal.accountId, args.name)) ??
      Promise.reject(notFound(SECRET_MANAGER_NOT_FOUND)),
  },
  SecretManager: {
    __resolveReference: (reference: { id: string }, context: SecretsContext) => context.secretManagerById.load(reference.id),
  },
};

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { AccountRepository, ApiKeyRepository, UserRepository } from '@fg/identity-users-groups/data-access';
import type { SubgraphModule } from '@fg/subgraph-server';
import { ensureDemoAccount } from './api-key/demo-account';
import { VERIFY_API_KEY_PATH, verifyApiKeyRoute } from './api-key/verify-api-key.route';
import type { IdentityContext } from './context';
import { userResolvers } from './user/user.resolver';
import { UserService } from './user/user.service';

export const SUBGRAPH_NAME = 'identity-users-groups';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export function identitySubgraph(options: { demoApiKey?: string }): SubgraphModule<IdentityContext> {
  return {
    name: SUBGRAPH_NAME,
    async define(connection, logger) {
      const accounts = new AccountRepository(connection);
      const apiKeys = new ApiKeyRepository(connection);
      const users = new UserRepository(connection);
      return {
        name: SUBGRAPH_NAME,
        typeDefs,
        resolvers: userResolvers,
        createContext: (identity) => ({ identity, users: new UserService(users, identity) }),
        internalRoutes: { [VERIFY_API_KEY_PATH]: verifyApiKeyRoute(apiKeys) },
        onIndexesReady: () => ensureDemoAccount({ accounts, apiKeys, users }, options.demoApiKey, logger),
      };
    },
  };
}

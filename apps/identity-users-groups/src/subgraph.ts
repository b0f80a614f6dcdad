import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { AccountRepository, ApiKeyRepository, SessionRepository, UserRepository } from '@fg/identity-users-groups/data-access';
import type { SubgraphModule } from '@fg/subgraph-server';
import { ensureDemoAccount } from './api-key/demo-account';
import { VERIFY_API_KEY_PATH, verifyApiKeyRoute } from './api-key/verify-api-key.route';
import type { IdentityContext } from './context';
import { LOGIN_PATH, loginRoute, type LoginGate } from './session/login.route';
import { VERIFY_SESSION_PATH, verifySessionRoute } from './session/verify-session.route';
import { userResolvers } from './user/user.resolver';
import { UserService } from './user/user.service';

export const SUBGRAPH_NAME = 'identity-users-groups';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export interface IdentityOptions {
  demoApiKey?: string;
  /** When set, the demo admin (admin@demo.local) can log in with this password. */
  demoAdminPassword?: string;
  /** The per-pod login limit; everything passes when absent. */
  loginGate?: LoginGate;
}

const NO_LOGIN_LIMIT: LoginGate = async () => ({ allowed: true, retryAfterMs: 0 });

export function identitySubgraph(options: IdentityOptions): SubgraphModule<IdentityContext> {
  return {
    name: SUBGRAPH_NAME,
    async define(connection, logger) {
      const accounts = new AccountRepository(connection);
      const apiKeys = new ApiKeyRepository(connection);
      const users = new UserRepository(connection);
      const sessions = new SessionRepository(connection);
      return {
        name: SUBGRAPH_NAME,
        typeDefs,
        resolvers: userResolvers,
        createContext: (identity) => ({ identity, users: new UserService(users, identity) }),
        internalRoutes: {
          [VERIFY_API_KEY_PATH]: verifyApiKeyRoute(apiKeys, accounts),
          [LOGIN_PATH]: loginRoute(users, sessions, options.loginGate ?? NO_LOGIN_LIMIT),
          [VERIFY_SESSION_PATH]: verifySessionRoute(sessions, accounts),
        },
        onIndexesReady: () =>
          ensureDemoAccount({ accounts, apiKeys, users }, { apiKey: options.demoApiKey, adminPassword: options.demoAdminPassword }, logger),
      };
    },
  };
}

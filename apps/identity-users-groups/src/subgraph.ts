import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { DateTimeScalar, mergeResolvers } from '@fg/graphql-kit';
import {
  AccountRepository,
  ApiKeyRepository,
  SessionRepository,
  UserGroupRepository,
  UserRepository,
} from '@fg/identity-users-groups/data-access';
import type { SubgraphModule } from '@fg/subgraph-server';
import { apiKeyResolvers } from './api-key/api-key.resolver';
import { ApiKeyService } from './api-key/api-key.service';
import { ensureDemoAccount } from './api-key/demo-account';
import { VERIFY_API_KEY_PATH, verifyApiKeyRoute } from './api-key/verify-api-key.route';
import { actorOf } from './authorization/actor';
import { Authorizer, type PermissionSource } from './authorization/authorizer';
import { EffectivePermissions } from './authorization/effective-permissions';
import type { IdentityContext } from './context';
import { LOGIN_PATH, loginRoute, type LoginGate } from './session/login.route';
import { VERIFY_SESSION_PATH, verifySessionRoute } from './session/verify-session.route';
import { ssoProviderResolvers } from './sso-provider/sso-provider.resolver';
import { SsoProviderService } from './sso-provider/sso-provider.service';
import { userGroupResolvers } from './user-group/user-group.resolver';
import { UserGroupService } from './user-group/user-group.service';
import { ACCEPT_INVITE_PATH, acceptInviteRoute } from './user/accept-invite.route';
import { userResolvers } from './user/user.resolver';
import { UserService, acceptUserInvite } from './user/user.service';

export const SUBGRAPH_NAME = 'identity-users-groups';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export interface IdentityOptions {
  demoApiKey?: string;
  /** When set, the demo admin (admin@demo.local) can log in with this password. */
  demoAdminPassword?: string;
  /** The per-pod login limit; everything passes when absent. */
  loginGate?: LoginGate;
  /**
   * Where a caller's permissions come from. Default: its groups in this subgraph's store. Once the gateway signs the
   * permissions with the principal, they come from there; specs pass their own to exercise each check.
   */
  permissionsOf?: PermissionSource;
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
      const groups = new UserGroupRepository(connection);
      const effectivePermissions = new EffectivePermissions(groups, apiKeys);
      const permissionsOf = options.permissionsOf ?? ((actor) => effectivePermissions.of(actor));
      return {
        name: SUBGRAPH_NAME,
        typeDefs,
        resolvers: mergeResolvers({ DateTime: DateTimeScalar }, userResolvers, userGroupResolvers, apiKeyResolvers, ssoProviderResolvers),
        createContext: (identity) => {
          const authorizer = new Authorizer(actorOf(identity), permissionsOf);
          const { accountId } = identity;
          return {
            identity,
            users: new UserService(users, groups, accountId, authorizer),
            userGroups: new UserGroupService(groups, users, accounts, apiKeys, accountId, authorizer),
            apiKeys: new ApiKeyService(apiKeys, groups, accountId, authorizer),
            ssoProviders: new SsoProviderService(accounts, accountId, authorizer),
            acceptUserInvite: (inviteToken, password) => acceptUserInvite(users, inviteToken, password),
          };
        },
        internalRoutes: {
          [VERIFY_API_KEY_PATH]: verifyApiKeyRoute(apiKeys, accounts, effectivePermissions),
          [LOGIN_PATH]: loginRoute(users, sessions, options.loginGate ?? NO_LOGIN_LIMIT),
          [VERIFY_SESSION_PATH]: verifySessionRoute(sessions, accounts, users, effectivePermissions),
          [ACCEPT_INVITE_PATH]: acceptInviteRoute(users),
        },
        onIndexesReady: () =>
          ensureDemoAccount(
            { accounts, apiKeys, users, groups },
            { apiKey: options.demoApiKey, adminPassword: options.demoAdminPassword },
            logger,
          ),
      };
    },
  };
}

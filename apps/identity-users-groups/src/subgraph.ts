import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { z } from 'zod';
import { loadEnvironments, parseEnvironment } from '@fg/config';
import { DateTimeScalar, mergeResolvers } from '@fg/graphql-kit';
import {
  AccountRepository,
  ApiKeyRepository,
  SessionRepository,
  UserGroupRepository,
  UserRepository,
} from '@fg/identity-users-groups/data-access';
import { createLimiterRedis, loadLimiterEnvironment } from '@fg/rate-limits';
import { defineSubgraph } from '@fg/subgraph-server';
import { apiKeyResolvers } from './api-key/api-key.resolver';
import { ApiKeyService } from './api-key/api-key.service';
import { ensureDemoAccount } from './api-key/demo-account';
import { VERIFY_API_KEY_PATH, verifyApiKeyRoute } from './api-key/verify-api-key.route';
import { Authorizer } from './authorization/authorizer';
import { EffectivePermissions } from './authorization/effective-permissions';
import type { IdentityContext } from './context';
import { podLoginGate } from './session/login-gate';
import { LOGIN_PATH, loginRoute, type LoginGate } from './session/login.route';
import { VERIFY_SESSION_PATH, verifySessionRoute } from './session/verify-session.route';
import { ssoProviderResolvers } from './sso-provider/sso-provider.resolver';
import { SsoProviderService } from './sso-provider/sso-provider.service';
import { userGroupResolvers } from './user-group/user-group.resolver';
import { UserGroupService } from './user-group/user-group.service';
import { ACCEPT_INVITE_PATH, acceptInviteRoute } from './user/accept-invite.route';
import { userResolvers } from './user/user.resolver';
import { UserService, acceptUserInvite } from './user/user.service';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

// docker compose passes an unset variable as an empty string.
const unsetWhenEmpty = <T extends z.ZodTypeAny>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

function loadSettings(env: NodeJS.ProcessEnv) {
  const { demo, limiter } = loadEnvironments({
    demo: () =>
      parseEnvironment(
        z.object({
          DEMO_API_KEY: unsetWhenEmpty(z.string().min(16, 'must be at least 16 characters').optional()),
          DEMO_ADMIN_PASSWORD: unsetWhenEmpty(z.string().min(8, 'must be at least 8 characters').optional()),
        }),
        env,
      ),
    limiter: () => loadLimiterEnvironment(env),
  });
  return { demoApiKey: demo.DEMO_API_KEY, demoAdminPassword: demo.DEMO_ADMIN_PASSWORD, ...limiter };
}

export interface IdentityOverrides {
  /** Replaces the per-pod login limit (specs that test what a refused login answers). */
  loginGate?: LoginGate;
}

export function identitySubgraph(overrides: IdentityOverrides = {}) {
  return defineSubgraph({
    name: 'identity-users-groups',
    typeDefs,
    resolvers: mergeResolvers({ DateTime: DateTimeScalar }, userResolvers, userGroupResolvers, apiKeyResolvers, ssoProviderResolvers),
    settings: loadSettings,
    services: ({ connection, settings, logger }) => {
      const limiterRedis = createLimiterRedis(settings.redisUrl);
      const groups = new UserGroupRepository(connection);
      return {
        accounts: new AccountRepository(connection),
        apiKeys: new ApiKeyRepository(connection),
        users: new UserRepository(connection),
        sessions: new SessionRepository(connection),
        groups,
        effectivePermissions: new EffectivePermissions(groups),
        limiterRedis,
        loginGate: overrides.loginGate ?? podLoginGate(limiterRedis, settings.redisKeyPrefix, settings.limits, logger.child({ component: 'login-limit' })),
      };
    },
    context: (services, principal): IdentityContext => {
      const authorizer = new Authorizer(principal);
      const { accountId } = principal;
      return {
        principal,
        users: new UserService(services.users, services.groups, accountId, authorizer),
        userGroups: new UserGroupService(services.groups, services.users, services.accounts, services.apiKeys, accountId, authorizer),
        apiKeys: new ApiKeyService(services.apiKeys, services.groups, accountId, authorizer),
        ssoProviders: new SsoProviderService(services.accounts, accountId, authorizer),
        acceptUserInvite: (inviteToken, password) => acceptUserInvite(services.users, inviteToken, password),
      };
    },
    internalRoutes: (services) => ({
      [VERIFY_API_KEY_PATH]: verifyApiKeyRoute(services.apiKeys, services.accounts, services.effectivePermissions),
      [LOGIN_PATH]: loginRoute(services.users, services.sessions, services.loginGate),
      [VERIFY_SESSION_PATH]: verifySessionRoute(services.sessions, services.accounts, services.users, services.effectivePermissions),
      [ACCEPT_INVITE_PATH]: acceptInviteRoute(services.users),
    }),
    onStart: (services, { settings, logger }) =>
      ensureDemoAccount(services, { apiKey: settings.demoApiKey, adminPassword: settings.demoAdminPassword }, logger),
    onStop: async (services) => {
      services.limiterRedis.disconnect();
    },
  });
}

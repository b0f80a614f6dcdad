import { badInput } from '@fg/graphql-kit';
import type { AppEnvScope, UsageScope } from '@fg/secrets/data-access';

export interface UsageScopeInput {
  appEnvScopes?: (AppEnvScopeInput | null)[] | null;
}

interface AppEnvScopeInput {
  application: { filterType?: 'ALL' | null; appId?: string | null };
  environment: { filterType?: AppEnvScope['environment']['filterType']; envId?: string | null };
}

/** Where a task (or an account-level user such as a connector) wants to use a secret. */
export interface SecretUsage {
  /** null for account-level use: a connector, a cloud provider, a task outside any application. */
  applicationId: string | null;
  environment: { id: string; type: 'PROD' | 'NON_PROD' } | null;
}

/**
 * Validates a usage scope input: each application and environment filter is either a filter type or one id, as in
 * the reference. An absent scope or an empty list means "no restriction" and is stored as null.
 */
export function usageScopeFrom(input: UsageScopeInput | null | undefined): UsageScope | null {
  const scopes = (input?.appEnvScopes ?? []).filter((scope): scope is AppEnvScopeInput => scope !== null);
  if (scopes.length === 0) return null;
  return {
    appEnvScopes: scopes.map(({ application, environment }) => {
      const appId = application.appId?.trim() || null;
      const envId = environment.envId?.trim() || null;
      if (!application.filterType === !appId) {
        throw badInput('Each usage scope application needs either filterType ALL or an appId, not both');
      }
      if (!environment.filterType === !envId) {
        throw badInput('Each usage scope environment needs either a filterType or an envId, not both');
      }
      return {
        application: { filterType: application.filterType ?? null, appId },
        environment: { filterType: environment.filterType ?? null, envId },
      };
    }),
  };
}

function scopeCovers(scope: AppEnvScope, usage: SecretUsage): boolean {
  const application = scope.application.filterType === 'ALL' || scope.application.appId === usage.applicationId;
  if (!application) return false;
  // A task outside any environment (a build workflow) is covered by its application alone.
  if (!usage.environment) return true;
  switch (scope.environment.filterType) {
    case 'PRODUCTION_ENVIRONMENTS':
      return usage.environment.type === 'PROD';
    case 'NON_PRODUCTION_ENVIRONMENTS':
      return usage.environment.type === 'NON_PROD';
    default:
      return scope.environment.envId === usage.environment.id;
  }
}

/** Whether a usage scope allows this use. No scope means the secret is usable everywhere in its account. */
export function usageScopeCovers(scope: UsageScope | null, usage: SecretUsage): boolean {
  if (!scope || scope.appEnvScopes.length === 0) return true;
  // An application scope says nothing about account-level use; only an unrestricted secret serves that.
  if (usage.applicationId === null) return false;
  return scope.appEnvScopes.some((appEnvScope) => scopeCovers(appEnvScope, usage));
}

/** What decides a text or file secret's scope: its own, its manager's, or "account level only". */
export interface SecretScopeSettings {
  usageScope: UsageScope | null;
  scopedToAccount: boolean;
  inheritScopesFromSM: boolean;
}

export function secretUsableBy(secret: SecretScopeSettings, managerScope: UsageScope | null, usage: SecretUsage): boolean {
  // Scoped to the account: for account-level users (connectors, cloud providers) only, never inside an application.
  if (secret.scopedToAccount) return usage.applicationId === null;
  return usageScopeCovers(secret.inheritScopesFromSM ? managerScope : secret.usageScope, usage);
}

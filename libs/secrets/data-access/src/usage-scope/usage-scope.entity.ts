/** Where a secret (or a secret manager's secrets) may be used: API.md §0.8, stored as the client sent it. */
export interface UsageScope {
  appEnvScopes: AppEnvScope[];
}

export interface AppEnvScope {
  application: { filterType: 'ALL' | null; appId: string | null };
  environment: { filterType: EnvFilterType | null; envId: string | null };
}

export type EnvFilterType = 'PRODUCTION_ENVIRONMENTS' | 'NON_PRODUCTION_ENVIRONMENTS';

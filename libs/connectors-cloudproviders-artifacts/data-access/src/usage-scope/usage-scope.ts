/** UsageScope as stored and returned (the reference's shape, shared by secrets, Git connectors and cloud providers). */
export interface UsageScope {
  appEnvScopes: AppEnvScope[];
}

export interface AppEnvScope {
  application: { filterType: 'ALL' | null; appId: string | null };
  environment: { filterType: 'PRODUCTION_ENVIRONMENTS' | 'NON_PRODUCTION_ENVIRONMENTS' | null; envId: string | null };
}

/** Which applications a usage scope reaches: every one, or the listed ids. */
export type ApplicationReach = { kind: 'all' } | { kind: 'some'; appIds: Set<string> };

/** No usage scope, or an empty one, puts no limit on the applications. */
export function applicationReach(scope: UsageScope | null | undefined): ApplicationReach {
  const scopes = scope?.appEnvScopes ?? [];
  if (scopes.length === 0 || scopes.some((s) => s.application?.filterType === 'ALL')) return { kind: 'all' };
  return { kind: 'some', appIds: new Set(scopes.map((s) => s.application?.appId).filter((id): id is string => !!id)) };
}

/**
 * The applications `needed` reaches that `allowed` does not (empty when allowed covers needed). A user of a secret
 * reaching every application needs a secret allowed everywhere; that is reported as the single entry '*'.
 */
export function applicationsNotCovered(allowed: ApplicationReach, needed: ApplicationReach): string[] {
  if (allowed.kind === 'all') return [];
  if (needed.kind === 'all') return ['*'];
  return [...needed.appIds].filter((appId) => !allowed.appIds.has(appId)).sort();
}

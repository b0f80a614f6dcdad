import { NO_PERMISSIONS, signPrincipal, type Principal, type PrincipalKind } from '@fg/internal-auth';
import type { PermissionSet } from '@fg/permissions';

/** A fixed secret for tests only; real deployments read GATEWAY_SIGNING_SECRET. */
export const TEST_SIGNING_SECRET = 'test-signing-secret-that-is-long-enough-0123456789';

export function signedHeaders(principal: Principal, secret = TEST_SIGNING_SECRET): Record<string, string> {
  return { 'content-type': 'application/json', ...signPrincipal(principal, secret) };
}

/** A principal for specs: an API key unless said otherwise, with no permissions unless given. */
export function testPrincipal(
  accountId: string,
  overrides: { kind?: PrincipalKind; id?: string; permissions?: PermissionSet } = {},
): Principal {
  return {
    kind: overrides.kind ?? 'apiKey',
    id: overrides.id ?? `key-${accountId}`,
    accountId,
    permissions: overrides.permissions ?? NO_PERMISSIONS,
  };
}

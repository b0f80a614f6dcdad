import { NO_PERMISSIONS, type PermissionSet } from '@fg/permissions';

/** Who acts: a logged-in user, an API key, a delegate (by its token) or the platform itself. */
export type PrincipalKind = 'user' | 'apiKey' | 'delegate' | 'system';

/**
 * The caller of a request, as the gateway authenticated it: the account every read and write is scoped to, who acts,
 * and the effective permissions (the union of the principal's user groups) that every resolver checks.
 */
export interface Principal {
  readonly kind: PrincipalKind;
  readonly id: string;
  readonly accountId: string;
  readonly permissions: PermissionSet;
  /**
   * The user groups the principal acts through (a user's memberships, an API key's groups), for rights that name
   * groups rather than permissions, such as approving an execution. Absent when none apply (delegates, the platform).
   */
  readonly userGroupIds?: readonly string[];
}

const KINDS: ReadonlySet<string> = new Set<PrincipalKind>(['user', 'apiKey', 'delegate', 'system']);

/** The platform's own calls (the gateway verifying a key, say): no account, no permissions. */
export const SYSTEM_PRINCIPAL: Principal = Object.freeze({ kind: 'system', id: 'gateway', accountId: '-', permissions: NO_PERMISSIONS });

/** The user's id when a user (not a key, delegate or the platform) acts: what `createdBy` records. */
export function actingUserId(principal: Principal): string | null {
  return principal.kind === 'user' ? principal.id : null;
}

// Wire form, version 1: a JSON array (smaller and faster than an object), base64url so it fits a header. The user
// group ids came later as an optional sixth element, so a reader of either length understands both.
type Encoded = [1, PrincipalKind, string, string, PermissionSet] | [1, PrincipalKind, string, string, PermissionSet, string[]];

export function encodePrincipal(principal: Principal): string {
  const groups = principal.userGroupIds;
  const encoded: Encoded = groups?.length
    ? [1, principal.kind, principal.id, principal.accountId, principal.permissions, [...groups]]
    : [1, principal.kind, principal.id, principal.accountId, principal.permissions];
  return Buffer.from(JSON.stringify(encoded), 'utf8').toString('base64url');
}

/** The principal in a header the signature already proved the gateway wrote; null when it is not well formed. */
export function decodePrincipal(value: string): Principal | null {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || (decoded.length !== 5 && decoded.length !== 6) || decoded[0] !== 1) return null;
  const [, kind, id, accountId, permissions, userGroupIds] = decoded as unknown[];
  if (typeof kind !== 'string' || !KINDS.has(kind) || typeof id !== 'string' || !id) return null;
  if (typeof accountId !== 'string' || !accountId) return null;
  const set = permissions as Partial<PermissionSet> | null;
  if (typeof set !== 'object' || set === null || !Array.isArray(set.accountPermissions) || !Array.isArray(set.appPermissions)) {
    return null;
  }
  if (userGroupIds !== undefined && !(Array.isArray(userGroupIds) && userGroupIds.every((group) => typeof group === 'string'))) return null;
  const principal = { kind: kind as PrincipalKind, id, accountId, permissions: set as PermissionSet };
  return Object.freeze(userGroupIds ? { ...principal, userGroupIds: Object.freeze(userGroupIds as string[]) } : principal);
}

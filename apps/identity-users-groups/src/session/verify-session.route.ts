import type { AccountRepository, SessionRepository, UserRepository } from '@fg/identity-users-groups/data-access';
import type { InternalRoute } from '@fg/subgraph-server';
import type { EffectivePermissions } from '../authorization/effective-permissions';

export const VERIFY_SESSION_PATH = '/internal/sessions/verify';

/**
 * The gateway asks here whose bearer token it was given and what that user may do; tokens are compared by hash and
 * must not have expired, and the user must still exist and be enabled. `permissions` is the union of the user's groups'.
 */
export function verifySessionRoute(
  sessions: SessionRepository,
  accounts: AccountRepository,
  users: UserRepository,
  permissions: EffectivePermissions,
): InternalRoute {
  return async (body) => {
    const token = (body as { token?: unknown } | null)?.token;
    if (typeof token !== 'string' || token.length === 0 || token.length > 512) {
      return { status: 400, body: { error: 'token must be a string of 1 to 512 characters' } };
    }
    const session = await sessions.resolve(token);
    if (!session) return { status: 404, body: { error: 'Invalid or expired session' } };
    // These reads depend only on the session: done together, a verification costs two round trips.
    const [account, [user], effective] = await Promise.all([
      accounts.byId(session.accountId),
      users.byIds(session.accountId, [session.userId]),
      permissions.ofUser(session.accountId, session.userId),
    ]);
    if (!account || !user || user.isDisabled) return { status: 404, body: { error: 'Invalid or expired session' } };
    return {
      status: 200,
      body: {
        accountId: session.accountId,
        userId: session.userId,
        expiresAt: session.expiresAt,
        edition: account.edition,
        permissions: effective.permissions,
        userGroupIds: effective.userGroupIds,
      },
    };
  };
}

import type { AccountRepository, SessionRepository } from '@fg/identity-users-groups/data-access';
import type { InternalRoute } from '@fg/subgraph-server';

export const VERIFY_SESSION_PATH = '/internal/sessions/verify';

/** The gateway asks here whose bearer token it was given; tokens are compared by hash and must not have expired. */
export function verifySessionRoute(sessions: SessionRepository, accounts: AccountRepository): InternalRoute {
  return async (body) => {
    const token = (body as { token?: unknown } | null)?.token;
    if (typeof token !== 'string' || token.length === 0 || token.length > 512) {
      return { status: 400, body: { error: 'token must be a string of 1 to 512 characters' } };
    }
    const session = await sessions.resolve(token);
    const account = session && (await accounts.byId(session.accountId));
    if (!session || !account) return { status: 404, body: { error: 'Invalid or expired session' } };
    return {
      status: 200,
      body: { accountId: session.accountId, userId: session.userId, expiresAt: session.expiresAt, edition: account.edition },
    };
  };
}

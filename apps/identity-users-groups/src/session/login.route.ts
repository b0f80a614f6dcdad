import {
  verifyPassword,
  type SessionRepository,
  type UserRepository,
} from '@fg/identity-users-groups/data-access';
import type { InternalRoute } from '@fg/subgraph-server';

export const LOGIN_PATH = '/internal/sessions/login';
export const SESSION_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Says whether this pod may take one more login now (the per-pod login limit). */
export type LoginGate = () => Promise<{ allowed: boolean; retryAfterMs: number }>;

// Compared against when the email is unknown, so an unknown email costs the same time as a wrong password.
const UNKNOWN_USER_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

interface LoginBody {
  email?: unknown;
  password?: unknown;
  accountId?: unknown;
}

/**
 * Email + password login for the gateway's POST /api/users/login. The per-pod login limit is applied here, where the
 * credentials are checked, so it counts every attempt this pod handles whichever gateway sent it.
 */
export function loginRoute(users: UserRepository, sessions: SessionRepository, gate: LoginGate): InternalRoute {
  return async (body) => {
    const { email, password, accountId } = (body ?? {}) as LoginBody;
    if (typeof email !== 'string' || typeof password !== 'string' || !email || !password || email.length > 320 || password.length > 1024) {
      return { status: 400, body: { error: 'BAD_REQUEST', message: 'email and password are required' } };
    }
    if (accountId !== undefined && typeof accountId !== 'string') {
      return { status: 400, body: { error: 'BAD_REQUEST', message: 'accountId must be a string' } };
    }
    const decision = await gate();
    if (!decision.allowed) {
      return { status: 429, body: { error: 'TOO_MANY_REQUESTS', retryAfterMs: decision.retryAfterMs } };
    }

    const accounts = accountId ? [accountId] : await users.accountsWithEmail(email);
    if (accounts.length > 1) {
      return { status: 400, body: { error: 'ACCOUNT_REQUIRED', message: 'This email belongs to several accounts: pass accountId' } };
    }
    const found = accounts.length === 1 ? await users.withPasswordHash(accounts[0], email) : null;
    const matches = await verifyPassword(password, found?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!found || !found.passwordHash || !matches || found.user.isDisabled || found.user.isUserLocked) {
      return { status: 401, body: { error: 'INVALID_CREDENTIAL' } };
    }
    const { token, session } = await sessions.open(found.user.accountId, found.user.id, SESSION_LIFETIME_MS);
    return {
      status: 200,
      body: { token, accountId: session.accountId, userId: found.user.id, email: found.user.email, expiresAt: session.expiresAt },
    };
  };
}

import type { IncomingMessage } from 'node:http';
import { readBody } from '@fg/graphql-kit';
import { IDENTITY_PATHS, type InternalCaller } from './internal-client';

export const LOGIN_PATH = '/api/users/login';

export interface LoginResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** The account the attempt was for, when known (it counts against that account's edge limit). */
  accountId?: string;
}

/** Harness's REST envelope, which the reference login answers in. */
function envelope(resource: unknown, messages: { code: string; message: string }[] = []) {
  return {
    metaData: null,
    resource,
    responseMessages: messages.map((m) => ({ ...m, level: 'ERROR', exception: null, failureTypes: [] })),
  };
}

/**
 * Reads the credentials from `{"authorization": "Basic base64(email:password)"}` (what the Harness UI sends) or from
 * `{"email": …, "password": …}`.
 */
export function credentialsFrom(body: unknown): { email: string; password: string } | null {
  if (typeof body !== 'object' || body === null) return null;
  const { authorization, email, password } = body as Record<string, unknown>;
  if (typeof email === 'string' && typeof password === 'string') return { email, password };
  const basic = typeof authorization === 'string' ? /^Basic\s+(\S+)$/i.exec(authorization)?.[1] : undefined;
  if (!basic) return null;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? { email: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : null;
}

export async function login(req: IncomingMessage, url: URL, identity: InternalCaller): Promise<LoginResult> {
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, 16 * 1024));
  } catch {
    body = null;
  }
  const credentials = credentialsFrom(body);
  const accountId = url.searchParams.get('accountId') ?? undefined;
  if (!credentials) {
    return {
      status: 400,
      accountId,
      body: envelope(null, [{ code: 'INVALID_REQUEST', message: 'Send {"authorization": "Basic <base64 email:password>"}' }]),
    };
  }
  const answer = await identity.post<{ token?: string; accountId?: string; userId?: string; email?: string; expiresAt?: number; retryAfterMs?: number; message?: string }>(
    IDENTITY_PATHS.login,
    { ...credentials, ...(accountId ? { accountId } : {}) },
  );
  switch (answer.status) {
    case 200:
      return {
        status: 200,
        accountId: answer.body.accountId,
        body: envelope({
          token: answer.body.token,
          accountId: answer.body.accountId,
          uuid: answer.body.userId,
          email: answer.body.email,
          expiresAt: answer.body.expiresAt,
        }),
      };
    case 429: {
      const seconds = Math.max(1, Math.ceil((answer.body.retryAfterMs ?? 1000) / 1000));
      return {
        status: 429,
        accountId,
        headers: { 'retry-after': String(seconds) },
        body: envelope(null, [{ code: 'TOO_MANY_REQUESTS', message: 'Too many login attempts, please try again later' }]),
      };
    }
    case 400:
      return { status: 400, accountId, body: envelope(null, [{ code: 'INVALID_REQUEST', message: answer.body.message ?? 'Invalid request' }]) };
    default:
      return { status: 401, accountId, body: envelope(null, [{ code: 'INVALID_CREDENTIAL', message: 'Invalid credentials' }]) };
  }
}

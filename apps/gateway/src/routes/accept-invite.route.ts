import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '@fg/graphql-kit';
import { IDENTITY_PATHS, type InternalCaller } from '../auth/internal-client';
import type { EdgeLimit } from '../limits/edge-gate';

/** Extension: where an invited user sets a password with the invite's one-time token (no API key: they have none yet). */
export const ACCEPT_INVITE_PATH = '/api/users/accept-invite';

export interface AcceptInviteRouteDeps {
  identity: InternalCaller;
  limits: EdgeLimit;
}

/** Harness's REST envelope, which the login route answers in too. */
function envelope(resource: unknown, messages: { code: string; message: string }[] = []) {
  return {
    metaData: null,
    resource,
    responseMessages: messages.map((m) => ({ ...m, level: 'ERROR', exception: null, failureTypes: [] })),
  };
}

async function inviteFrom(req: IncomingMessage): Promise<{ inviteToken: string; password: string } | null> {
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, 16 * 1024));
  } catch {
    return null;
  }
  const { inviteToken, password } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return typeof inviteToken === 'string' && typeof password === 'string' ? { inviteToken, password } : null;
}

/**
 * POST /api/users/accept-invite `{"inviteToken", "password"}`: sets the invited user's password once; the user then logs
 * in through /api/users/login. The token decides the account, so the request counts at its edge once it is accepted.
 */
export function createAcceptInviteRoute({ identity, limits }: AcceptInviteRouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return sendJson(res, 405, { errors: [{ message: 'Use POST' }] });
    const invite = await inviteFrom(req);
    if (!invite) return sendJson(res, 400, envelope(null, [{ code: 'INVALID_REQUEST', message: 'Send {"inviteToken": …, "password": …}' }]));
    const answer = await identity.post<{ accountId?: string; userId?: string; email?: string; message?: string }>(IDENTITY_PATHS.acceptInvite, invite);
    if (answer.status === 200 && answer.body.accountId) {
      await limits.edge(answer.body.accountId, 1);
      return sendJson(res, 200, envelope({ accountId: answer.body.accountId, uuid: answer.body.userId, email: answer.body.email }));
    }
    if (answer.status === 400) {
      return sendJson(res, 400, envelope(null, [{ code: 'INVALID_INVITE', message: answer.body.message ?? 'The invite token is unknown, used or expired' }]));
    }
    throw new Error(`identity-users-groups answered ${answer.status} to accept-invite`);
  };
}

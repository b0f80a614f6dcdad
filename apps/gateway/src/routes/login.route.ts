import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@fg/graphql-kit';
import type { InternalCaller } from '../auth/internal-client';
import { login } from '../auth/login';
import { passesEdge, type EdgeLimit } from '../limits/edge-gate';

export interface LoginRouteDeps {
  identity: InternalCaller;
  limits: EdgeLimit;
}

/** POST /api/users/login: a session token for an email and password, in the reference's REST envelope. */
export function createLoginRoute({ identity, limits }: LoginRouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== 'POST') return sendJson(res, 405, { errors: [{ message: 'Use POST' }] });
    // A login names its account up front (?accountId=) or only once it succeeds; either way it counts at the edge.
    const named = url.searchParams.get('accountId');
    if (named && !(await passesEdge(limits, named, 1, res))) return;
    const result = await login(req, url, identity);
    if (!named && result.status === 200 && result.accountId) await limits.edge(result.accountId, 1);
    return sendJson(res, result.status, result.body, result.headers);
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@fg/graphql-kit';
import type { DelegateProxy } from '../delegates/delegate-proxy';
import { passesEdge, type EdgeLimit } from '../limits/edge-gate';

export interface DelegateRouteDeps {
  proxy: Pick<DelegateProxy, 'check' | 'forward'>;
  limits: EdgeLimit;
}

/** /api/delegate/*: a delegate's call, checked by its token and forwarded to the delegate broker. */
export function createDelegateRoute({ proxy, limits }: DelegateRouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const checked = await proxy.check(req, url);
    if (!checked.ok) return sendJson(res, checked.status, checked.body);
    // Delegate calls count against the account's edge limit like every other request.
    if (!(await passesEdge(limits, checked.call.accountId, 1, res))) return;
    const answer = await proxy.forward(checked.call);
    return sendJson(res, answer.status, answer.body);
  };
}

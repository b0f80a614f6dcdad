import type { ServerResponse } from 'node:http';
import type { LimitDecision } from '@fg/rate-limits';
import { edgeRefusalBody, retryAfter } from './request-limits';

/** The account-wide limit every route counts its requests against. */
export interface EdgeLimit {
  edge(accountId: string, cost: number): Promise<LimitDecision>;
}

/** Counts the request against the account's edge limit; false (and the 429 sent) when the account is over it. */
export async function passesEdge(limits: EdgeLimit, accountId: string, cost: number, res: ServerResponse): Promise<boolean> {
  const decision = await limits.edge(accountId, cost);
  if (decision.allowed) return true;
  refuseAtEdge(decision, res);
  return false;
}

/** The edge limit's 429. */
export function refuseAtEdge(decision: LimitDecision, res: ServerResponse): void {
  // Written as is, not through sendJson: the body is the reference platform's, byte for byte.
  const body = edgeRefusalBody(decision.limit);
  res.writeHead(429, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...retryAfter(decision) });
  res.end(body);
}

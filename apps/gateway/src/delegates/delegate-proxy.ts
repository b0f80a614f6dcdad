import type { IncomingMessage } from 'node:http';
import { readBody } from '@fg/graphql-kit';
import { hashSecret } from '@fg/hashed-secrets';
import { NO_PERMISSIONS } from '@fg/internal-auth';
import { BROKER_ROUTE_PREFIX, DELEGATE_API_ERRORS, DELEGATE_API_PREFIX, DELEGATE_CALL_PATHS, VERIFY_TOKEN_CALL, type VerifyTokenResponse } from '@fg/delegate-protocol';
import type { InternalCaller } from '../auth/internal-client';
import { TtlCache } from '../auth/ttl-cache';

export { DELEGATE_API_PREFIX };
// The calls a delegate may make; anything else is not part of the protocol.
const DELEGATE_CALLS: ReadonlySet<string> = new Set(DELEGATE_CALL_PATHS);
const INVALID_TOKEN = { error: DELEGATE_API_ERRORS.invalidToken };

export interface DelegateCall {
  accountId: string;
  tokenId: string;
  call: string;
  body: unknown;
}

export type DelegateCallCheck =
  | { ok: true; call: DelegateCall }
  | { ok: false; status: number; body: unknown };

/**
 * Delegates run outside our network and hold no credentials but their account's delegate token. They call the gateway
 * like any client; the gateway checks the token with the delegate broker (cached briefly, by hash) and forwards each
 * call there, signed with the token's account.
 */
export class DelegateProxy {
  private readonly tokens = new TtlCache<{ accountId: string; tokenId: string } | null>(10_000);

  constructor(
    private readonly broker: InternalCaller,
    private readonly cacheMs: number,
  ) {}

  async check(req: IncomingMessage, url: URL): Promise<DelegateCallCheck> {
    const call = url.pathname.slice(DELEGATE_API_PREFIX.length);
    if (!DELEGATE_CALLS.has(call)) return { ok: false, status: 404, body: { error: DELEGATE_API_ERRORS.notFound } };
    if (req.method !== 'POST') return { ok: false, status: 405, body: { error: 'Use POST' } };
    const token = /^Delegate\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const verified = token ? await this.verify(token) : null;
    if (!verified) return { ok: false, status: 401, body: INVALID_TOKEN };
    // Read outside the try, so an oversized body answers 413 (through the server's handler), not "not valid JSON".
    const text = await readBody(req);
    let body: unknown;
    try {
      body = JSON.parse(text || '{}');
    } catch {
      return { ok: false, status: 400, body: { error: DELEGATE_API_ERRORS.invalidInput, message: 'The body is not valid JSON' } };
    }
    return { ok: true, call: { ...verified, call, body } };
  }

  forward(call: DelegateCall) {
    // A delegate acts by its token and holds no user-group permissions: the platform routes check the token's account.
    return this.broker.post(`${BROKER_ROUTE_PREFIX}${call.call}`, call.body, {
      kind: 'delegate',
      id: call.tokenId,
      accountId: call.accountId,
      permissions: NO_PERMISSIONS,
    });
  }

  private async verify(token: string): Promise<{ accountId: string; tokenId: string } | null> {
    const key = hashSecret(token);
    const known = this.tokens.get(key);
    if (known !== undefined) return known;
    const answer = await this.broker.post<VerifyTokenResponse>(`${BROKER_ROUTE_PREFIX}${VERIFY_TOKEN_CALL}`, { token });
    const verified = answer.status === 200 ? { accountId: answer.body.accountId, tokenId: answer.body.tokenId } : null;
    this.tokens.set(key, verified, verified ? this.cacheMs : Math.min(this.cacheMs, 5_000));
    return verified;
  }
}

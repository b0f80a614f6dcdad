import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers the gateway adds to every subgraph call. Renaming one breaks running pods: treat as a wire contract. */
export const IDENTITY_HEADERS = {
  accountId: 'x-fg-account-id',
  principal: 'x-fg-principal',
  timestamp: 'x-fg-timestamp',
  signature: 'x-fg-signature',
} as const;

/** Who a request acts for: the account it is scoped to, and the API key, user or system part that made it. */
export interface Identity {
  accountId: string;
  principal: string;
}

// A signature older than this is refused, so a captured internal request cannot be replayed for long.
export const DEFAULT_MAX_SKEW_MS = 60_000;

function sign(secret: string, timestamp: string, identity: Identity): string {
  return createHmac('sha256', secret)
    .update(`v1\n${timestamp}\n${identity.accountId}\n${identity.principal}`)
    .digest('base64url');
}

export function signIdentity(identity: Identity, secret: string, nowMs = Date.now()): Record<string, string> {
  const timestamp = String(nowMs);
  return {
    [IDENTITY_HEADERS.accountId]: identity.accountId,
    [IDENTITY_HEADERS.principal]: identity.principal,
    [IDENTITY_HEADERS.timestamp]: timestamp,
    [IDENTITY_HEADERS.signature]: sign(secret, timestamp, identity),
  };
}

type HeaderBag = Record<string, string | string[] | undefined> | { get(name: string): string | null | undefined };

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null | undefined }).get(name) ?? undefined;
  }
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? undefined : value;
}

/** Returns the identity only when the gateway's signature over it is valid and fresh; otherwise null. */
export function verifyIdentity(
  headers: HeaderBag,
  secret: string,
  nowMs = Date.now(),
  maxSkewMs = DEFAULT_MAX_SKEW_MS,
): Identity | null {
  const accountId = header(headers, IDENTITY_HEADERS.accountId);
  const principal = header(headers, IDENTITY_HEADERS.principal);
  const timestamp = header(headers, IDENTITY_HEADERS.timestamp);
  const signature = header(headers, IDENTITY_HEADERS.signature);
  if (!accountId || !principal || !timestamp || !signature) return null;
  if (!/^\d{1,16}$/.test(timestamp) || Math.abs(nowMs - Number(timestamp)) > maxSkewMs) return null;
  const expected = Buffer.from(sign(secret, timestamp, { accountId, principal }));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { accountId, principal };
}

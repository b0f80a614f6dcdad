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

// Bounds for the caches below, so many distinct callers cannot grow them without limit.
const MAX_CACHED = 10_000;
// A signature is reused for this long: well inside the skew a verifier accepts.
const REUSE_SIGNATURE_MS = 1_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= MAX_CACHED) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

/** Signs identities, reusing a fresh signature for the same identity so the request path rarely computes an HMAC. */
export class IdentitySigner {
  private readonly recent = new Map<string, { issuedAt: number; headers: Record<string, string> }>();

  constructor(private readonly secret: string) {}

  sign(identity: Identity, nowMs = Date.now()): Record<string, string> {
    const key = `${identity.accountId}\n${identity.principal}`;
    const cached = this.recent.get(key);
    if (cached && nowMs - cached.issuedAt < REUSE_SIGNATURE_MS && nowMs >= cached.issuedAt) return cached.headers;
    const headers = signIdentity(identity, this.secret, nowMs);
    remember(this.recent, key, { issuedAt: nowMs, headers });
    return headers;
  }
}

/** Verifies signed identities, remembering signatures it has checked so a repeated one costs a lookup, not an HMAC. */
export class IdentityVerifier {
  private readonly verified = new Map<string, string>();

  constructor(
    private readonly secret: string,
    private readonly maxSkewMs = DEFAULT_MAX_SKEW_MS,
  ) {}

  verify(headers: HeaderBag, nowMs = Date.now()): Identity | null {
    const accountId = header(headers, IDENTITY_HEADERS.accountId);
    const principal = header(headers, IDENTITY_HEADERS.principal);
    const timestamp = header(headers, IDENTITY_HEADERS.timestamp);
    const signature = header(headers, IDENTITY_HEADERS.signature);
    if (!accountId || !principal || !timestamp || !signature) return null;
    const signedValues = `${timestamp}\n${accountId}\n${principal}`;
    if (this.verified.get(signature) === signedValues) {
      // Same signature over the same values: only freshness is left to check.
      return Math.abs(nowMs - Number(timestamp)) <= this.maxSkewMs ? { accountId, principal } : null;
    }
    const identity = verifyIdentity(headers, this.secret, nowMs, this.maxSkewMs);
    if (identity) remember(this.verified, signature, signedValues);
    return identity;
  }
}

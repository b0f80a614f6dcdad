import { createHmac, timingSafeEqual } from 'node:crypto';
import { decodePrincipal, encodePrincipal, type Principal } from './principal';

/** Headers the gateway adds to every subgraph call. Renaming one breaks running pods: treat as a wire contract. */
export const PRINCIPAL_HEADERS = {
  principal: 'x-fg-principal',
  timestamp: 'x-fg-timestamp',
  signature: 'x-fg-signature',
} as const;

// A signature older than this is refused, so a captured internal request cannot be replayed for long.
export const DEFAULT_MAX_SKEW_MS = 60_000;
// Bounds for the caches below, so many distinct callers cannot grow them without limit.
const MAX_CACHED = 10_000;
// A signature is reused for this long: well inside the skew a verifier accepts.
const REUSE_SIGNATURE_MS = 1_000;

function hmac(secret: string, timestamp: string, encodedPrincipal: string): string {
  return createHmac('sha256', secret).update(`v2\n${timestamp}\n${encodedPrincipal}`).digest('base64url');
}

function headersFor(secret: string, encodedPrincipal: string, nowMs: number): Record<string, string> {
  const timestamp = String(nowMs);
  return {
    [PRINCIPAL_HEADERS.principal]: encodedPrincipal,
    [PRINCIPAL_HEADERS.timestamp]: timestamp,
    [PRINCIPAL_HEADERS.signature]: hmac(secret, timestamp, encodedPrincipal),
  };
}

export function signPrincipal(principal: Principal, secret: string, nowMs = Date.now()): Record<string, string> {
  return headersFor(secret, encodePrincipal(principal), nowMs);
}

type HeaderBag = Record<string, string | string[] | undefined> | { get(name: string): string | null | undefined };

function header(headers: HeaderBag, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return (headers as { get(name: string): string | null | undefined }).get(name) ?? undefined;
  }
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? undefined : value;
}

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (map.size >= MAX_CACHED) map.delete(map.keys().next().value as K);
  map.set(key, value);
}

/**
 * Signs principals for subgraph calls. A principal object is encoded once (the gateway keeps one object per
 * authenticated credential) and a fresh signature is reused for a second, so the request path rarely pays for JSON or
 * an HMAC.
 */
export class PrincipalSigner {
  private readonly encodings = new WeakMap<Principal, string>();
  private readonly recent = new Map<string, { issuedAt: number; headers: Record<string, string> }>();

  constructor(private readonly secret: string) {}

  sign(principal: Principal, nowMs = Date.now()): Record<string, string> {
    let encoded = this.encodings.get(principal);
    if (encoded === undefined) {
      encoded = encodePrincipal(principal);
      this.encodings.set(principal, encoded);
    }
    const cached = this.recent.get(encoded);
    if (cached && nowMs - cached.issuedAt < REUSE_SIGNATURE_MS && nowMs >= cached.issuedAt) return cached.headers;
    const headers = headersFor(this.secret, encoded, nowMs);
    remember(this.recent, encoded, { issuedAt: nowMs, headers });
    return headers;
  }
}

/**
 * Verifies the gateway's signature and parses the principal once: a signature it has checked before costs a map
 * lookup and a freshness check, and yields the same frozen principal object.
 */
export class PrincipalVerifier {
  private readonly verified = new Map<string, { encoded: string; timestamp: string; principal: Principal }>();

  constructor(
    private readonly secret: string,
    private readonly maxSkewMs = DEFAULT_MAX_SKEW_MS,
  ) {}

  verify(headers: HeaderBag, nowMs = Date.now()): Principal | null {
    const encoded = header(headers, PRINCIPAL_HEADERS.principal);
    const timestamp = header(headers, PRINCIPAL_HEADERS.timestamp);
    const signature = header(headers, PRINCIPAL_HEADERS.signature);
    if (!encoded || !timestamp || !signature) return null;
    if (!/^\d{1,16}$/.test(timestamp) || Math.abs(nowMs - Number(timestamp)) > this.maxSkewMs) return null;
    const known = this.verified.get(signature);
    if (known) return known.encoded === encoded && known.timestamp === timestamp ? known.principal : null;
    const expected = Buffer.from(hmac(this.secret, timestamp, encoded));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const principal = decodePrincipal(encoded);
    if (principal) remember(this.verified, signature, { encoded, timestamp, principal });
    return principal;
  }
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Links that carry their own proof, for a download a user opens without an API key: the platform signs what the link
 * grants (its purpose, the account, the resource and an expiry) with a key derived from the signing secret every
 * process shares, and the gateway checks that proof and the expiry before it serves anything.
 */
export interface LinkGrant {
  /** What the link is for, e.g. "execution-export:download": a signature for one purpose never opens another. */
  purpose: string;
  accountId: string;
  resourceId: string;
  /** Epoch milliseconds after which the link is refused. */
  expiresAt: number;
}

// Derived, so a link's signature can never stand in for a principal signature made with the same secret.
const linkKey = (secret: string) => createHmac('sha256', secret).update('fg-signed-links-v1').digest();

function signatureOf(secret: string, grant: LinkGrant): string {
  const text = [grant.purpose, grant.accountId, grant.resourceId, String(grant.expiresAt)].join('\n');
  return createHmac('sha256', linkKey(secret)).update(text).digest('base64url');
}

/** The query parameters that make `grant` checkable by verifyLink. */
export function signLink(secret: string, grant: LinkGrant): URLSearchParams {
  return new URLSearchParams({ accountId: grant.accountId, expires: String(grant.expiresAt), signature: signatureOf(secret, grant) });
}

export type LinkCheck = { ok: true; accountId: string } | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

/** Checks a link's parameters for the purpose and resource its path names. */
export function verifyLink(secret: string, purpose: string, resourceId: string, params: URLSearchParams, nowMs = Date.now()): LinkCheck {
  const accountId = params.get('accountId');
  const expires = params.get('expires');
  const signature = params.get('signature');
  if (!accountId || !expires || !signature) return { ok: false, reason: 'missing' };
  const expiresAt = Number(expires);
  if (!Number.isSafeInteger(expiresAt)) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(signatureOf(secret, { purpose, accountId, resourceId, expiresAt }));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  // Checked after the signature, so an expired link is only reported as such when it was genuine.
  if (nowMs > expiresAt) return { ok: false, reason: 'expired' };
  return { ok: true, accountId };
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * GitHub's X-Hub-Signature-256: `sha256=` and the hex HMAC-SHA256 of the raw body under the webhook secret. Compared
 * in constant time; a missing or malformed header is a mismatch.
 */
export function githubSignatureMatches(secret: string, rawBody: string, header: string | undefined): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const presented = Buffer.from(header.slice('sha256='.length), 'hex');
  const expected = createHmac('sha256', secret).update(rawBody, 'utf8').digest();
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

/** The header value a sender computes; for tests and the README's example. */
export function githubSignature(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

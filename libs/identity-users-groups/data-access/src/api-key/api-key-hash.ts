import { createHash, randomBytes } from 'node:crypto';

/**
 * The one hash of every secret this service hands out (API keys, session tokens, invite tokens). Each is 256 random
 * bits, so a fast hash is enough (no password stretching needed); only the hash is stored and a leaked database gives
 * no usable secret.
 */
export function hashApiKey(apiKey: string): string {
  return createHash('sha256').update(apiKey, 'utf8').digest('hex');
}

export function generateApiKey(): string {
  return randomBytes(32).toString('base64url');
}

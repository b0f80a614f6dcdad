import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys, session tokens and delegate tokens are bearer secrets we make ourselves: 256 random bits each, so a fast
 * hash is enough (no password stretching needed). Only the hash is stored, and a leaked database gives no usable secret.
 */
const SECRET_BYTES = 32;

/** A new secret, URL- and header-safe. It is shown once and never stored. */
export function generateSecret(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}

/** SHA-256, hex: the form every stored hash already has, so existing keys and tokens stay valid. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function verifySecret(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

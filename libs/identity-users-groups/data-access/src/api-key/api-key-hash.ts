import { generateSecret, hashSecret } from '@fg/hashed-secrets';

/** Only the hash of a key is stored; see @fg/hashed-secrets for why a fast hash is enough. */
export function hashApiKey(apiKey: string): string {
  return hashSecret(apiKey);
}

export function generateApiKey(): string {
  return generateSecret();
}

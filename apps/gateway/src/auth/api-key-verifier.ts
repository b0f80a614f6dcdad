import { createHash } from 'node:crypto';
import { signIdentity } from '@fg/internal-auth';
import { TtlCache } from './ttl-cache';

export interface VerifiedApiKey {
  accountId: string;
  apiKeyId: string;
}

/** identity-users-groups owns API keys; this path on it answers who a key belongs to. */
export const VERIFY_API_KEY_PATH = '/internal/api-keys/verify';

// Unknown keys are remembered briefly so a client retrying a bad key does not hit identity-users-groups every time.
const UNKNOWN_KEY_TTL_MS = 5_000;

export class IdentityUnavailableError extends Error {}

/**
 * Asks identity-users-groups who an API key belongs to, and remembers the answer for a short while (keyed by the key's
 * hash, never the key) so the request path does not pay a round trip on every call.
 */
export class ApiKeyVerifier {
  private readonly cache = new TtlCache<VerifiedApiKey | null>(10_000);
  private readonly verifyUrl: string;

  constructor(
    identityGraphqlUrl: string,
    private readonly signingSecret: string,
    private readonly cacheMs: number,
  ) {
    this.verifyUrl = new URL(VERIFY_API_KEY_PATH, identityGraphqlUrl).toString();
  }

  async verify(apiKey: string): Promise<VerifiedApiKey | null> {
    const cacheKey = createHash('sha256').update(apiKey).digest('base64url');
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;

    let response: Response;
    try {
      response = await fetch(this.verifyUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signIdentity({ accountId: '-', principal: 'system:gateway' }, this.signingSecret),
        },
        body: JSON.stringify({ apiKey }),
        signal: AbortSignal.timeout(5_000),
      });
    } catch (error) {
      throw new IdentityUnavailableError(`identity-users-groups is unreachable: ${(error as Error).message}`);
    }
    if (response.status === 404 || response.status === 400) {
      this.cache.set(cacheKey, null, Math.min(this.cacheMs, UNKNOWN_KEY_TTL_MS));
      return null;
    }
    if (!response.ok) throw new IdentityUnavailableError(`identity-users-groups answered ${response.status}`);
    const verified = (await response.json()) as VerifiedApiKey;
    this.cache.set(cacheKey, verified, this.cacheMs);
    return verified;
  }
}

import { hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { NO_PERMISSIONS, type Principal } from '@fg/internal-auth';
import type { PermissionSet } from '@fg/permissions';
import { IDENTITY_PATHS, type InternalCaller } from './internal-client';
import { TtlCache } from './ttl-cache';

export type Edition = 'PAID' | 'ESSENTIALS' | 'COMMUNITY';

export interface Caller {
  /** Who acts, signed into every subgraph call; one object per cached credential, so it is encoded once. */
  principal: Principal;
  /** The account's edition: custom-dashboard traffic is limited by it. */
  edition: Edition;
}

// Unknown credentials are remembered briefly so a client retrying a bad key does not reach identity every time.
const UNKNOWN_CREDENTIAL_TTL_MS = 5_000;

/**
 * Who a request acts for: an `x-api-key` (the API's own scheme) or a session's `Authorization: Bearer` token from
 * POST /api/users/login. Answers are cached for a short while, keyed by a hash of the credential (never the credential),
 * so the request path rarely pays a round trip to identity-users-groups.
 */
export class Authenticator {
  private readonly cache = new TtlCache<Caller | null>(10_000);
  private readonly verifying = new Map<string, Promise<Caller | null>>();

  constructor(
    private readonly identity: InternalCaller,
    private readonly cacheMs: number,
  ) {}

  /** null when the request carries no credential or one identity-users-groups does not know. */
  async authenticate(headers: IncomingHttpHeaders): Promise<Caller | null> {
    const apiKey = headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey.length > 0) return this.cached(`k:${apiKey}`, () => this.byApiKey(apiKey));
    const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
    if (bearer) return this.cached(`s:${bearer}`, () => this.bySession(bearer));
    return null;
  }

  private async cached(credential: string, resolve: () => Promise<Caller | null>): Promise<Caller | null> {
    // One-shot hashing: half the cost of a Hash object per request, and the cache still never holds a credential.
    const key = hash('sha256', credential, 'base64url');
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    // Concurrent requests with one credential share one verification: a burst of a client's calls costs identity one
    // round trip instead of one each (each verification reads the key, its account and its groups).
    let pending = this.verifying.get(key);
    if (!pending) {
      pending = resolve()
        .then((caller) => {
          this.cache.set(key, caller, caller ? this.cacheMs : Math.min(this.cacheMs, UNKNOWN_CREDENTIAL_TTL_MS));
          return caller;
        })
        .finally(() => this.verifying.delete(key));
      this.verifying.set(key, pending);
    }
    return pending;
  }

  private async byApiKey(apiKey: string): Promise<Caller | null> {
    const answer = await this.identity.post<{ accountId: string; apiKeyId: string; edition: Edition; permissions?: PermissionSet; userGroupIds?: string[] }>(
      IDENTITY_PATHS.verifyApiKey,
      { apiKey },
    );
    if (answer.status !== 200) return null;
    const { accountId, apiKeyId, edition, permissions, userGroupIds } = answer.body;
    return { principal: { kind: 'apiKey', id: apiKeyId, accountId, permissions: permissions ?? NO_PERMISSIONS, userGroupIds: userGroupIds ?? [] }, edition };
  }

  private async bySession(token: string): Promise<Caller | null> {
    const answer = await this.identity.post<{ accountId: string; userId: string; edition: Edition; permissions?: PermissionSet; userGroupIds?: string[] }>(
      IDENTITY_PATHS.verifySession,
      { token },
    );
    if (answer.status !== 200) return null;
    const { accountId, userId, edition, permissions, userGroupIds } = answer.body;
    return { principal: { kind: 'user', id: userId, accountId, permissions: permissions ?? NO_PERMISSIONS, userGroupIds: userGroupIds ?? [] }, edition };
  }
}

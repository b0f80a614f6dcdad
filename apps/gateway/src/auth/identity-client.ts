import type { IdentitySigner } from '@fg/internal-auth';

/** Paths on identity-users-groups that only the gateway calls (it signs them as itself). */
export const IDENTITY_PATHS = {
  verifyApiKey: '/internal/api-keys/verify',
  verifySession: '/internal/sessions/verify',
  login: '/internal/sessions/login',
} as const;

const GATEWAY_IDENTITY = { accountId: '-', principal: 'system:gateway' };

export class IdentityUnavailableError extends Error {}

export interface IdentityAnswer<T> {
  status: number;
  body: T;
}

/** identity-users-groups owns API keys, users and sessions; the gateway asks it over signed internal HTTP. */
export class IdentityClient {
  private readonly origin: string;

  constructor(
    identityGraphqlUrl: string,
    private readonly signer: IdentitySigner,
    private readonly timeoutMs = 5_000,
  ) {
    this.origin = new URL(identityGraphqlUrl).origin;
  }

  async post<T>(path: string, body: unknown): Promise<IdentityAnswer<T>> {
    let response: Response;
    try {
      response = await fetch(`${this.origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.signer.sign(GATEWAY_IDENTITY) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new IdentityUnavailableError(`identity-users-groups is unreachable: ${(error as Error).message}`);
    }
    if (response.status >= 500) throw new IdentityUnavailableError(`identity-users-groups answered ${response.status}`);
    return { status: response.status, body: (await response.json()) as T };
  }
}

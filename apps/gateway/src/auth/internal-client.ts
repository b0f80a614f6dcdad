import { SYSTEM_PRINCIPAL, type Principal, type PrincipalSigner } from '@fg/internal-auth';

/** Paths on identity-users-groups that only the gateway calls (it signs them as itself). */
export const IDENTITY_PATHS = {
  verifyApiKey: '/internal/api-keys/verify',
  verifySession: '/internal/sessions/verify',
  login: '/internal/sessions/login',
  acceptInvite: '/internal/users/accept-invite',
} as const;

/** A subgraph the gateway needs for authentication or delegate calls did not answer. */
export class InternalServiceUnavailableError extends Error {}

export interface IdentityAnswer<T> {
  status: number;
  body: T;
}

/** What the gateway's handlers need of an internal service: one signed POST. */
export interface InternalCaller {
  post<T>(path: string, body: unknown, principal?: Principal): Promise<IdentityAnswer<T>>;
}

/**
 * Signed internal HTTP to a subgraph process: identity-users-groups owns API keys, users and sessions;
 * pipelines-workflows-executions owns delegates and their tokens.
 */
export class InternalClient implements InternalCaller {
  private readonly origin: string;

  constructor(
    subgraphGraphqlUrl: string,
    private readonly signer: PrincipalSigner,
    private readonly timeoutMs = 5_000,
  ) {
    this.origin = new URL(subgraphGraphqlUrl).origin;
  }

  /** Posts as the platform itself unless `principal` says whom the call acts for. */
  async post<T>(path: string, body: unknown, principal: Principal = SYSTEM_PRINCIPAL): Promise<IdentityAnswer<T>> {
    let response: Response;
    try {
      response = await fetch(`${this.origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.signer.sign(principal) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new InternalServiceUnavailableError(`${this.origin} is unreachable: ${(error as Error).message}`);
    }
    if (response.status >= 500) throw new InternalServiceUnavailableError(`${this.origin} answered ${response.status}`);
    return { status: response.status, body: (await response.json()) as T };
  }
}

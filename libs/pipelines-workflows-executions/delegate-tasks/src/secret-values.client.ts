import { NO_PERMISSIONS, PrincipalSigner, type Principal } from '@fg/internal-auth';
import { traceHeaders } from '@fg/tracing';
import type { TaskContext } from './task.entity';
import type { SecretResolution, TaskSecretResolver } from './task-secrets';

/** The secrets subgraph's route for task values (a wire contract: see the README, "Values for delegate tasks"). */
export const SECRET_VALUES_PATH = '/internal/secrets/values';

const REQUEST_TIMEOUT_MS = 5_000;

export interface SecretValuesClientOptions {
  /** The secrets subgraph's URL (its /graphql URL will do: only the origin is used). */
  secretsUrl: string;
  signingSecret: string;
}

/**
 * Asks the secrets subgraph for the values a task refers to, signed as the delegate that acquired the task, so the
 * subgraph's own rules (delegates and the platform only; the secret's usage scope) decide. Values live only in the
 * answer and the caller's memory; nothing here stores or logs them.
 */
export class SecretValuesClient implements TaskSecretResolver {
  private readonly url: string;
  private readonly signer: PrincipalSigner;

  constructor(options: SecretValuesClientOptions) {
    this.url = new URL(SECRET_VALUES_PATH, options.secretsUrl).toString();
    this.signer = new PrincipalSigner(options.signingSecret);
  }

  async resolve(accountId: string, delegateId: string, names: string[], context: TaskContext | null): Promise<SecretResolution> {
    const principal: Principal = { kind: 'delegate', id: delegateId, accountId, permissions: NO_PERMISSIONS };
    const body = {
      referencedNames: names,
      application: context?.applicationId ? { id: context.applicationId } : null,
      environment: context?.environmentId && context.environmentType ? { id: context.environmentId, type: context.environmentType } : null,
    };
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.signer.sign(principal), ...traceHeaders() },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      return { ok: false, refused: false, message: `the secrets service did not answer: ${(error as Error).message}` };
    }
    const answer = (await response.json().catch(() => ({}))) as { values?: { name: string; value: string }[]; error?: string };
    if (response.ok && Array.isArray(answer.values)) return { ok: true, values: new Map(answer.values.map(({ name, value }) => [name, value])) };
    // 403 (out of scope), 404 (no such secret), 422 (an external manager's): the task may never have it.
    if ([403, 404, 422].includes(response.status)) return { ok: false, refused: true, message: answer.error ?? `secret refused (${response.status})` };
    return { ok: false, refused: false, message: `the secrets service answered ${response.status}` };
  }
}

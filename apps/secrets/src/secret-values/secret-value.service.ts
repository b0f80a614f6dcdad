import type { SecretManagerRepository, SecretRepository } from '@fg/secrets/data-access';
import type { EnvelopeCipher } from '@fg/secrets/encryption';
import type { Logger } from '@fg/logger';
import type { Principal } from '@fg/internal-auth';
import { valueContext } from '../secret/secret.service';
import { secretUsableBy, type SecretUsage } from '../usage-scope/usage-scope';

export interface SecretValuesRequest {
  /** Names of encrypted texts the task refers to (`${secrets.getValue("name")}`). */
  secretNames: string[];
  usage: SecretUsage;
}

export type SecretValuesAnswer =
  | { ok: true; values: { name: string; value: string }[] }
  | { ok: false; reason: 'forbidden' | 'not-found' | 'out-of-scope' | 'external'; message: string; secretName?: string };

/**
 * The only way a value leaves this subgraph: to a delegate task that refers to it, when every referenced secret's
 * usage scope covers the task's application and environment. All or nothing: one refusal releases no value.
 */
export class SecretValueService {
  constructor(
    private readonly secrets: SecretRepository,
    private readonly managers: SecretManagerRepository,
    private readonly cipher: EnvelopeCipher,
    private readonly logger: Logger,
  ) {}

  /** Values go to delegates (and the platform acting for a task), never to users or API keys. */
  private authorizeValueRelease(actor: Pick<Principal, 'kind'>): boolean {
    return actor.kind === 'delegate' || actor.kind === 'system';
  }

  async valuesFor(accountId: string, actor: Pick<Principal, 'kind' | 'id'>, request: SecretValuesRequest): Promise<SecretValuesAnswer> {
    if (!this.authorizeValueRelease(actor)) {
      return { ok: false, reason: 'forbidden', message: 'Only delegate tasks receive secret values' };
    }
    const names = [...new Set(request.secretNames)];
    const stored = await this.secrets.encryptedValues(accountId, names, 'ENCRYPTED_TEXT');
    const byName = new Map(stored.map((entry) => [entry.secret.name, entry]));
    const managerIds = [...new Set(stored.filter((e) => e.secret.inheritScopesFromSM).map((e) => e.secret.secretManagerId))];
    const managerScopes = new Map((await this.managers.byIds(accountId, managerIds)).map((m) => [m.id, m.usageScope]));

    for (const name of names) {
      const entry = byName.get(name);
      if (!entry) {
        const secret = await this.secrets.byName(accountId, name, 'ENCRYPTED_TEXT');
        return secret
          ? { ok: false, reason: 'external', secretName: name, message: `Secret "${name}" is a reference into an external secret manager, which cannot be read yet` }
          : { ok: false, reason: 'not-found', secretName: name, message: `No secret exists with the name "${name}"` };
      }
      if (!secretUsableBy(entry.secret, managerScopes.get(entry.secret.secretManagerId) ?? null, request.usage)) {
        return {
          ok: false,
          reason: 'out-of-scope',
          secretName: name,
          message: `Secret "${name}" may not be used ${request.usage.applicationId ? 'in this application and environment' : 'outside an application'}`,
        };
      }
    }
    const values = names.map((name) => {
      const { secret, value } = byName.get(name) as NonNullable<ReturnType<typeof byName.get>>;
      return { name, value: this.cipher.decryptText(value, valueContext(accountId, secret.id)) };
    });
    // Names only: which secrets left, to whom; never a value.
    this.logger.info({ accountId, actor: { kind: actor.kind, id: actor.id }, secretNames: names }, 'released secret values to a task');
    return { ok: true, values };
  }
}

import type { SecretManagerRepository, SecretRepository } from '@fg/secrets/data-access';
import type { EnvelopeCipher } from '@fg/secrets/encryption';
import type { Logger } from '@fg/logger';
import type { Principal } from '@fg/internal-auth';
import { valueContext } from '../secret/secret.service';
import { secretUsableBy, type SecretUsage } from '../usage-scope/usage-scope';

export interface SecretValuesRequest {
  /** Names of encrypted texts the task refers to (`${secrets.getValue("name")}`). */
  secretNames: string[];
  /** Names of encrypted files the task refers to; their bytes are answered base64. */
  secretFileNames: string[];
  /**
   * Names as a task's `${secrets.getValue("name")}` writes them: an encrypted text, or an encrypted file (its content
   * as UTF-8 text), whichever has the name (texts and files share one name space). Answered in `values`.
   */
  referencedNames?: string[];
  usage: SecretUsage;
}

export type SecretValuesAnswer =
  | { ok: true; values: { name: string; value: string }[]; files: { name: string; contentBase64: string }[] }
  | { ok: false; reason: 'forbidden' | 'not-found' | 'out-of-scope' | 'external'; message: string; secretName?: string };

type Refusal = Extract<SecretValuesAnswer, { ok: false }>;
type ValueType = 'ENCRYPTED_TEXT' | 'ENCRYPTED_FILE';
type Decrypted = { name: string; plaintext: Buffer };

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
    const texts = await this.decrypted(accountId, ['ENCRYPTED_TEXT'], request.secretNames, request.usage);
    if (!Array.isArray(texts)) return texts;
    const files = await this.decrypted(accountId, ['ENCRYPTED_FILE'], request.secretFileNames, request.usage);
    if (!Array.isArray(files)) return files;
    const referenced = await this.decrypted(accountId, ['ENCRYPTED_TEXT', 'ENCRYPTED_FILE'], request.referencedNames ?? [], request.usage);
    if (!Array.isArray(referenced)) return referenced;
    // Names only: which secrets left, to whom; never a value.
    this.logger.info(
      {
        accountId,
        actor: { kind: actor.kind, id: actor.id },
        secretNames: [...texts, ...referenced].map((t) => t.name),
        secretFileNames: files.map((f) => f.name),
      },
      'released secret values to a task',
    );
    return {
      ok: true,
      values: [...texts, ...referenced].map(({ name, plaintext }) => ({ name, value: plaintext.toString('utf8') })),
      files: files.map(({ name, plaintext }) => ({ name, contentBase64: plaintext.toString('base64') })),
    };
  }

  /** Every named secret of the types, decrypted, or the first refusal: all or nothing. */
  private async decrypted(accountId: string, secretTypes: ValueType[], requested: string[], usage: SecretUsage): Promise<Decrypted[] | Refusal> {
    const names = [...new Set(requested)];
    if (names.length === 0) return [];
    const stored = (await Promise.all(secretTypes.map((secretType) => this.secrets.encryptedValues(accountId, names, secretType)))).flat();
    const byName = new Map(stored.map((entry) => [entry.secret.name, entry]));
    const managerIds = [...new Set(stored.filter((e) => e.secret.inheritScopesFromSM).map((e) => e.secret.secretManagerId))];
    const managerScopes = new Map((await this.managers.byIds(accountId, managerIds)).map((m) => [m.id, m.usageScope]));

    for (const name of names) {
      const entry = byName.get(name);
      if (!entry) {
        const secrets = await Promise.all(secretTypes.map((secretType) => this.secrets.byName(accountId, name, secretType)));
        return secrets.some(Boolean)
          ? { ok: false, reason: 'external', secretName: name, message: `Secret "${name}" is a reference into an external secret manager, which cannot be read yet` }
          : { ok: false, reason: 'not-found', secretName: name, message: `No secret exists with the name "${name}"` };
      }
      if (!secretUsableBy(entry.secret, managerScopes.get(entry.secret.secretManagerId) ?? null, usage)) {
        return {
          ok: false,
          reason: 'out-of-scope',
          secretName: name,
          message: `Secret "${name}" may not be used ${usage.applicationId ? 'in this application and environment' : 'outside an application'}`,
        };
      }
    }
    return names.map((name) => {
      const { secret, value } = byName.get(name) as NonNullable<ReturnType<typeof byName.get>>;
      return { name, plaintext: this.cipher.decrypt(value, valueContext(accountId, secret.id)) };
    });
  }
}

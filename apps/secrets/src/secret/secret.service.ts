import { ApiError, ErrorCode, badInput, conflict, notFound } from '@fg/graphql-kit';
import {
  DEFAULT_SECRET_MANAGER_NAME,
  type EncryptedSecret,
  type NameValue,
  type Secret,
  type SecretFields,
  type SecretManager,
  type SecretReferenceProjection,
  type SecretRepository,
  type SecretType,
  type SshSecret,
  type SshSettings,
  type WinRmSecret,
  type WinRmSettings,
} from '@fg/secrets/data-access';
import type { EncryptedValue, EnvelopeCipher } from '@fg/secrets/encryption';
import type { Principal } from '@fg/internal-auth';
import { requireAccountPermission } from '@fg/permissions';
import { isDuplicateKeyError, newId } from '@fg/tenancy';
import type { SecretManagerService } from '../secret-manager/secret-manager.service';
import { secretFact, type SecretFactPublisher } from './secret-facts';
import { usageScopeFrom, type UsageScopeInput } from '../usage-scope/usage-scope';
import {
  SLOT_OF_TYPE,
  type EncryptedFileInput,
  type EncryptedTextInput,
  type NameValueInput,
  type SecretInput,
  type SshCredentialInput,
  type WinRmCredentialInput,
} from './secret-input';

/** The reference's texts, which clients match ("No secret exists"). */
export const SECRET_NOT_FOUND = 'No secret exists with given input.';
export const noSecretWithId = (id: string) => `No secret exists with the id ${id}`;

export interface SecretSettings {
  /** The largest encrypted file accepted, in bytes. */
  maxFileBytes: number;
}

/** The context a value is encrypted under: a ciphertext moved to another secret or account does not decrypt. */
export const valueContext = (accountId: string, secretId: string) => `${accountId}/secret/${secretId}`;

const REFERRER_LABELS: Record<string, string> = {
  SSH_CREDENTIAL: 'SSH credential',
  WINRM_CREDENTIAL: 'WinRM credential',
  CONNECTOR: 'connector',
  CLOUD_PROVIDER: 'cloud provider',
  GIT_SYNC: 'git sync configuration',
};

function checkSlot(input: SecretInput): void {
  const slots = Object.values(SLOT_OF_TYPE);
  const given = slots.filter((slot) => input[slot] != null);
  const expected = SLOT_OF_TYPE[input.secretType];
  if (given.length > 1) throw badInput(`Give only one of ${slots.join(', ')}; got ${given.join(' and ')}`);
  if (given.length === 1 && given[0] !== expected) throw badInput(`secretType ${input.secretType} takes ${expected}, not ${given[0]}`);
  if (given.length === 0) throw badInput(`secretType ${input.secretType} needs ${expected}`);
}

function requiredText(value: string | null | undefined, what: string): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw badInput(`${what} must not be empty`);
  return trimmed;
}

const optionalText = (value: string | null | undefined) => value?.trim() || null;

function portOf(value: number | null | undefined, what: string): number {
  if (value == null || !Number.isInteger(value) || value < 1 || value > 65535) throw badInput(`${what} must be a port between 1 and 65535`);
  return value;
}

const parametersOf = (parameters: (NameValueInput | null)[] | null | undefined): NameValue[] =>
  (parameters ?? []).flatMap((p) => (p ? [{ name: p.name ?? null, value: p.value ?? null }] : []));

/** Strict base64: a file that does not decode whole is refused rather than stored truncated. */
function decodeFile(content: string): Buffer {
  const compact = content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) throw badInput('The file content is not valid base64');
  return Buffer.from(compact, 'base64');
}

/** One secret reference an SSH or WinRM credential makes, and which kinds of secret it may name. */
interface RequiredReference {
  field: string;
  id: string;
  types: ('ENCRYPTED_TEXT' | 'ENCRYPTED_FILE')[];
}

/** Secrets of the request's account: texts, files, SSH and WinRM credentials. No method returns a value. */
export class SecretService {
  constructor(
    private readonly secrets: SecretRepository,
    private readonly managers: SecretManagerService,
    private readonly references: SecretReferenceProjection,
    private readonly cipher: EnvelopeCipher,
    private readonly settings: SecretSettings,
    private readonly facts: SecretFactPublisher,
    private readonly accountId: string,
    private readonly principal: Pick<Principal, 'kind' | 'id' | 'permissions'>,
  ) {}

  /**
   * The one place permissions are checked (API.md §3.5): MANAGE_SECRETS to change texts and files,
   * MANAGE_SSH_AND_WINRM to change SSH and WinRM credentials. Reading a secret's metadata (never a value) is open to
   * every principal of the account, as in the reference: whoever configures a connector or a cloud provider picks
   * secrets by name.
   */
  private authorize(action: 'read' | 'manage', secretType: SecretType): void {
    if (action === 'read') return;
    const isCredential = secretType === 'SSH_CREDENTIAL' || secretType === 'WINRM_CREDENTIAL';
    requireAccountPermission(this.principal.permissions, isCredential ? 'MANAGE_SSH_AND_WINRM' : 'MANAGE_SECRETS');
  }

  async get(id: string, secretType: SecretType): Promise<Secret> {
    this.authorize('read', secretType);
    const secret = await this.secrets.byId(this.accountId, id, secretType);
    if (!secret) throw notFound(SECRET_NOT_FOUND);
    return secret;
  }

  async getByName(name: string, secretType: SecretType): Promise<Secret> {
    this.authorize('read', secretType);
    const secret = await this.secrets.byName(this.accountId, name, secretType);
    if (!secret) throw notFound(SECRET_NOT_FOUND);
    return secret;
  }

  async create(input: SecretInput, fileContent: string | null | undefined): Promise<Secret> {
    this.authorize('manage', input.secretType);
    checkSlot(input);
    const id = newId();
    let fields: SecretFields;
    let value: EncryptedValue | null = null;
    switch (input.secretType) {
      case 'ENCRYPTED_TEXT':
      case 'ENCRYPTED_FILE': {
        const built = await this.newEncryptedSecret(id, input, fileContent);
        fields = built.fields;
        value = built.value;
        break;
      }
      case 'WINRM_CREDENTIAL':
        fields = await this.winRmFields(null, input.winRMCredential as WinRmCredentialInput);
        break;
      case 'SSH_CREDENTIAL':
        fields = await this.sshFields(null, input.sshCredential as SshCredentialInput);
        break;
      default:
        throw badInput(`Unknown secretType ${String(input.secretType)}`);
    }
    let secret: Secret;
    try {
      secret = await this.secrets.create(this.accountId, id, fields, value);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`A secret named "${fields.name}" already exists`);
      throw error;
    }
    await this.facts.publish(secretFact('secret.created', secret));
    return secret;
  }

  async update(id: string, input: SecretInput, fileContent: string | null | undefined): Promise<Secret> {
    this.authorize('manage', input.secretType);
    checkSlot(input);
    const existing = await this.secrets.byId(this.accountId, id, input.secretType);
    if (!existing) throw notFound(noSecretWithId(id));
    let changes: Partial<SecretFields>;
    let value: EncryptedValue | null | undefined;
    switch (existing.secretType) {
      case 'ENCRYPTED_TEXT':
      case 'ENCRYPTED_FILE':
        ({ changes, value } = await this.encryptedChanges(existing, input, fileContent));
        break;
      case 'WINRM_CREDENTIAL':
        changes = await this.winRmFields(existing, input.winRMCredential as WinRmCredentialInput);
        break;
      case 'SSH_CREDENTIAL':
        changes = await this.sshFields(existing, input.sshCredential as SshCredentialInput);
        break;
    }
    let updated: Secret | null;
    try {
      updated = await this.secrets.update(this.accountId, id, existing.secretType, changes, value);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`A secret named "${changes.name}" already exists`);
      throw error;
    }
    if (!updated) throw notFound(noSecretWithId(id));
    await this.facts.publish(secretFact('secret.updated', updated));
    return updated;
  }

  async delete(id: string, secretType: SecretType): Promise<void> {
    this.authorize('manage', secretType);
    const existing = await this.secrets.byId(this.accountId, id, secretType);
    if (!existing) throw notFound(noSecretWithId(id));
    const [credentials, elsewhere] = await Promise.all([
      this.secrets.referrers(this.accountId, id),
      this.references.referrers(this.accountId, id),
    ]);
    const users = [
      ...credentials.map((secret) => `${REFERRER_LABELS[secret.secretType]} "${secret.name}"`),
      ...elsewhere.map((referrer) => `${REFERRER_LABELS[referrer.type] ?? referrer.type.toLowerCase()} "${referrer.name}"`),
    ];
    if (users.length > 0) {
      throw new ApiError(ErrorCode.Conflict, `Secret "${existing.name}" is in use by ${users.join(', ')}; remove those references first`);
    }
    if (!(await this.secrets.remove(this.accountId, id, secretType))) throw notFound(noSecretWithId(id));
    await this.facts.publish(secretFact('secret.deleted', existing));
  }

  // --- Texts and files ---

  private async managerFor(secretManagerId: string | null | undefined): Promise<SecretManager> {
    return secretManagerId ? this.managers.get(secretManagerId) : this.managers.defaultManager();
  }

  private seal(id: string, plaintext: Buffer | string): EncryptedValue {
    return this.cipher.encrypt(plaintext, valueContext(this.accountId, id));
  }

  /** The file's bytes, within the size limit. */
  private fileBytes(fileContent: string): Buffer {
    const bytes = decodeFile(fileContent);
    if (bytes.length > this.settings.maxFileBytes) throw this.fileTooLarge(bytes.length);
    return bytes;
  }

  private fileTooLarge(size: number): ApiError {
    return new ApiError(
      ErrorCode.BadUserInput,
      `The file is ${size} bytes; an encrypted file may be at most ${this.settings.maxFileBytes} bytes`,
      { maxFileBytes: this.settings.maxFileBytes },
    );
  }

  private scopeOf(input: EncryptedTextInput | EncryptedFileInput) {
    const usageScope = usageScopeFrom(input.usageScope);
    if (usageScope && input.scopedToAccount) throw badInput('A secret scoped to the account takes no usageScope');
    if (usageScope && input.inheritScopesFromSM) throw badInput('A secret that inherits its secret manager’s scopes takes no usageScope');
    return { usageScope, scopedToAccount: input.scopedToAccount ?? false, inheritScopesFromSM: input.inheritScopesFromSM ?? false };
  }

  private async newEncryptedSecret(id: string, input: SecretInput, fileContent: string | null | undefined) {
    const isFile = input.secretType === 'ENCRYPTED_FILE';
    const slot = (isFile ? input.encryptedFile : input.encryptedText) as EncryptedTextInput;
    const name = requiredText(slot.name, 'Secret name');
    const manager = await this.managerFor(slot.secretManagerId);
    const builtIn = manager.name === DEFAULT_SECRET_MANAGER_NAME;
    const secretReference = isFile ? null : optionalText(slot.secretReference);
    let plaintext: Buffer | null = null;
    if (isFile) {
      if (fileContent == null) throw badInput('An encrypted file needs its file: send the request as multipart with the file part');
      plaintext = this.fileBytes(fileContent);
    } else if (slot.value != null) {
      if (slot.value === '') throw badInput('value must not be empty');
      if (secretReference) throw badInput('Give either a value or a secretReference, not both');
      plaintext = Buffer.from(slot.value, 'utf8');
    } else if (!secretReference) {
      throw badInput('An encrypted text needs a value or a secretReference');
    }
    this.checkManagerHolds(manager, builtIn, plaintext !== null, secretReference !== null);
    const fields: Omit<EncryptedSecret, 'id' | 'accountId'> = {
      secretType: input.secretType as EncryptedSecret['secretType'],
      name,
      ...this.scopeOf(slot),
      referencedSecretIds: [],
      secretManagerId: manager.id,
      secretReference,
      parameters: parametersOf(slot.parameters),
      valueSize: plaintext?.length ?? 0,
    };
    return { fields, value: plaintext ? this.seal(id, plaintext) : null };
  }

  /** Values live in the built-in manager; an external manager holds references only until fetching exists. */
  private checkManagerHolds(manager: SecretManager, builtIn: boolean, hasValue: boolean, hasReference: boolean): void {
    if (builtIn && hasReference) {
      throw badInput(`A secretReference points into an external secret manager; the ${DEFAULT_SECRET_MANAGER_NAME} holds values`);
    }
    if (!builtIn && hasValue) {
      throw badInput(`Storing values in secret manager "${manager.name}" (${manager.type}) is not supported yet; give a secretReference`);
    }
  }

  private async encryptedChanges(existing: EncryptedSecret, input: SecretInput, fileContent: string | null | undefined) {
    const isFile = existing.secretType === 'ENCRYPTED_FILE';
    const slot = (isFile ? input.encryptedFile : input.encryptedText) as EncryptedTextInput;
    if (slot.secretManagerId && slot.secretManagerId !== existing.secretManagerId) {
      throw badInput('A secret cannot move to another secret manager; create it there instead');
    }
    const changes: Partial<Omit<EncryptedSecret, 'id' | 'accountId'>> = {};
    if ('name' in slot) changes.name = requiredText(slot.name, 'Secret name');
    const scopeGiven = 'usageScope' in slot || 'scopedToAccount' in slot || 'inheritScopesFromSM' in slot;
    if (scopeGiven) {
      Object.assign(
        changes,
        this.scopeOf({
          usageScope: 'usageScope' in slot ? slot.usageScope : existing.usageScope,
          scopedToAccount: 'scopedToAccount' in slot ? slot.scopedToAccount : existing.scopedToAccount,
          inheritScopesFromSM: 'inheritScopesFromSM' in slot ? slot.inheritScopesFromSM : existing.inheritScopesFromSM,
        }),
      );
    }
    if ('parameters' in slot) changes.parameters = parametersOf(slot.parameters);

    let plaintext: Buffer | null = null;
    if (isFile && fileContent != null) plaintext = this.fileBytes(fileContent);
    if (!isFile && slot.value != null) {
      if (slot.value === '') throw badInput('value must not be empty');
      if (optionalText(slot.secretReference)) throw badInput('Give either a value or a secretReference, not both');
      plaintext = Buffer.from(slot.value, 'utf8');
      changes.secretReference = null;
    } else if (!isFile && optionalText(slot.secretReference)) {
      changes.secretReference = optionalText(slot.secretReference);
    }
    if (plaintext || changes.secretReference) {
      const manager = await this.managers.get(existing.secretManagerId);
      this.checkManagerHolds(manager, manager.name === DEFAULT_SECRET_MANAGER_NAME, plaintext !== null, Boolean(changes.secretReference));
    }
    let value: EncryptedValue | null | undefined;
    if (plaintext) {
      value = this.seal(existing.id, plaintext);
      changes.valueSize = plaintext.length;
    } else if (changes.secretReference) {
      value = null;
      changes.valueSize = 0;
    }
    return { changes, value };
  }

  // --- SSH and WinRM credentials ---

  /** Every secret a credential names must be a text (or, for key files, a file) of this account. */
  private async checkReferences(references: RequiredReference[]): Promise<string[]> {
    const found = new Map(
      (await this.secrets.encryptedSecretsByIds(this.accountId, references.map((r) => r.id))).map((secret) => [secret.id, secret]),
    );
    for (const reference of references) {
      const secret = found.get(reference.id);
      if (!secret || !reference.types.includes(secret.secretType)) {
        const kinds = reference.types.map((type) => (type === 'ENCRYPTED_TEXT' ? 'encrypted text' : 'encrypted file')).join(' or ');
        throw badInput(`${reference.field} "${reference.id}" names no ${kinds} in this account`);
      }
    }
    return [...new Set(references.map((r) => r.id))];
  }

  /** Name and scope of a credential: given ones, else (on update) the stored ones. */
  private credentialBasics(existing: Secret | null, input: { name?: string | null; usageScope?: UsageScopeInput | null }) {
    return {
      name: existing && !('name' in input) ? existing.name : requiredText(input.name, 'Secret name'),
      usageScope: existing && !('usageScope' in input) ? existing.usageScope : usageScopeFrom(input.usageScope),
    };
  }

  private async winRmFields(existing: WinRmSecret | null, input: WinRmCredentialInput): Promise<Omit<WinRmSecret, 'id' | 'accountId'>> {
    const has = (field: keyof WinRmCredentialInput) => field in input;
    const base: WinRmSettings = existing?.winRm ?? {
      authenticationScheme: 'NTLM',
      domain: null,
      userName: '',
      passwordSecretId: '',
      useSSL: true,
      skipCertCheck: true,
      port: null,
      keyTabFilePath: null,
      parameters: [],
    };
    const winRm: WinRmSettings = {
      authenticationScheme: has('authenticationScheme') ? (input.authenticationScheme ?? 'NTLM') : base.authenticationScheme,
      domain: has('domain') ? optionalText(input.domain) : base.domain,
      userName: requiredText(has('userName') ? input.userName : base.userName, 'userName'),
      passwordSecretId: requiredText(has('passwordSecretId') ? input.passwordSecretId : base.passwordSecretId, 'passwordSecretId'),
      useSSL: has('useSSL') ? (input.useSSL ?? true) : base.useSSL,
      skipCertCheck: has('skipCertCheck') ? (input.skipCertCheck ?? true) : base.skipCertCheck,
      port: null,
      keyTabFilePath: has('keyTabFilePath') ? optionalText(input.keyTabFilePath) : base.keyTabFilePath,
      parameters: has('parameters')
        ? (input.parameters ?? []).flatMap((p) => (p ? [{ parameter: p.parameter ?? null, value: p.value ?? null }] : []))
        : base.parameters,
    };
    // WinRM's own defaults: 5986 over HTTPS, 5985 over HTTP.
    winRm.port = portOf(has('port') && input.port != null ? input.port : (base.port ?? (winRm.useSSL ? 5986 : 5985)), 'port');
    const referencedSecretIds = await this.checkReferences([{ field: 'passwordSecretId', id: winRm.passwordSecretId, types: ['ENCRYPTED_TEXT'] }]);
    return { secretType: 'WINRM_CREDENTIAL', ...this.credentialBasics(existing, input), referencedSecretIds, winRm };
  }

  private async sshFields(existingSecret: SshSecret | null, input: SshCredentialInput): Promise<Omit<SshSecret, 'id' | 'accountId'>> {
    const existing = existingSecret?.ssh ?? null;
    const scheme = input.authenticationScheme ?? existing?.authenticationScheme;
    if (!scheme) throw badInput('authenticationScheme must be given');
    const references: RequiredReference[] = [];
    let ssh: SshSettings;
    if (scheme === 'SSH') {
      if (input.kerberosAuthentication) throw badInput('authenticationScheme SSH takes sshAuthentication, not kerberosAuthentication');
      const auth = input.sshAuthentication ?? existing?.sshAuthentication;
      if (!auth) throw badInput('authenticationScheme SSH needs sshAuthentication');
      const method = auth.sshAuthenticationMethod;
      const slots = { SSH_KEY: 'inlineSSHKey', SSH_KEY_FILE_PATH: 'sshKeyFile', PASSWORD: 'serverPassword' } as const;
      const given = Object.values(slots).filter((slot) => method[slot] != null);
      const expected = slots[method.sshCredentialType];
      if (given.length !== 1 || given[0] !== expected) throw badInput(`sshCredentialType ${method.sshCredentialType} takes exactly ${expected}`);
      const inline = method.inlineSSHKey ?? null;
      const keyFile = method.sshKeyFile ?? null;
      const password = method.serverPassword ?? null;
      if (inline) {
        references.push({ field: 'sshKeySecretFileId', id: requiredText(inline.sshKeySecretFileId, 'sshKeySecretFileId'), types: ['ENCRYPTED_FILE', 'ENCRYPTED_TEXT'] });
      }
      const passphraseSecretId = optionalText(inline?.passphraseSecretId ?? keyFile?.passphraseSecretId);
      if (passphraseSecretId) references.push({ field: 'passphraseSecretId', id: passphraseSecretId, types: ['ENCRYPTED_TEXT'] });
      if (password) references.push({ field: 'passwordSecretId', id: requiredText(password.passwordSecretId, 'passwordSecretId'), types: ['ENCRYPTED_TEXT'] });
      ssh = {
        authenticationScheme: 'SSH',
        sshAuthentication: {
          userName: requiredText(auth.userName, 'userName'),
          port: portOf(auth.port, 'port'),
          sshAuthenticationMethod: {
            sshCredentialType: method.sshCredentialType,
            inlineSSHKey: inline ? { sshKeySecretFileId: inline.sshKeySecretFileId.trim(), passphraseSecretId: optionalText(inline.passphraseSecretId) } : null,
            sshKeyFile: keyFile ? { path: requiredText(keyFile.path, 'path'), passphraseSecretId: optionalText(keyFile.passphraseSecretId) } : null,
            serverPassword: password ? { passwordSecretId: password.passwordSecretId.trim() } : null,
          },
        },
        kerberosAuthentication: null,
      };
    } else {
      if (input.sshAuthentication) throw badInput('authenticationScheme KERBEROS takes kerberosAuthentication, not sshAuthentication');
      const kerberos = input.kerberosAuthentication ?? existing?.kerberosAuthentication;
      if (!kerberos) throw badInput('authenticationScheme KERBEROS needs kerberosAuthentication');
      const tgt = kerberos.tgtGenerationMethod ?? null;
      if (tgt) {
        const expected = tgt.tgtGenerationUsing === 'KEY_TAB_FILE' ? 'keyTabFile' : 'kerberosPassword';
        const other = expected === 'keyTabFile' ? 'kerberosPassword' : 'keyTabFile';
        if (!tgt[expected] || tgt[other]) throw badInput(`tgtGenerationUsing ${tgt.tgtGenerationUsing} takes exactly ${expected}`);
        if (tgt.kerberosPassword) {
          references.push({ field: 'passwordSecretId', id: requiredText(tgt.kerberosPassword.passwordSecretId, 'passwordSecretId'), types: ['ENCRYPTED_TEXT'] });
        }
      }
      ssh = {
        authenticationScheme: 'KERBEROS',
        sshAuthentication: null,
        kerberosAuthentication: {
          principal: requiredText(kerberos.principal, 'principal'),
          realm: requiredText(kerberos.realm, 'realm'),
          port: portOf(kerberos.port, 'port'),
          tgtGenerationMethod: tgt
            ? {
                tgtGenerationUsing: tgt.tgtGenerationUsing,
                keyTabFile: tgt.keyTabFile ? { filePath: requiredText(tgt.keyTabFile.filePath, 'filePath') } : null,
                kerberosPassword: tgt.kerberosPassword ? { passwordSecretId: tgt.kerberosPassword.passwordSecretId.trim() } : null,
              }
            : null,
        },
      };
    }
    const referencedSecretIds = await this.checkReferences(references);
    return { secretType: 'SSH_CREDENTIAL', ...this.credentialBasics(existingSecret, input), referencedSecretIds, ssh };
  }
}

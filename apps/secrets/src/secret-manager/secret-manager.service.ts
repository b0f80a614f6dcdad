import type DataLoader from 'dataloader';
import { ApiError, ErrorCode, badInput, byIdLoader, conflict, idFilterCondition, lazyConnection, notFound, pageRequest, type IdFilter } from '@fg/graphql-kit';
import {
  DEFAULT_SECRET_MANAGER_NAME,
  type CustomManagerSettings,
  type SecretManager,
  type SecretManagerFields,
  type SecretManagerRepository,
  type SecretManagerType,
  type SecretRepository,
  type VaultSettings,
} from '@fg/secrets/data-access';
import type { EnvelopeCipher } from '@fg/secrets/encryption';
import { isDuplicateKeyError, newId } from '@fg/tenancy';
import type { Principal } from '@fg/internal-auth';
import { requireAccountPermission } from '@fg/permissions';
import { usageScopeFrom, type UsageScopeInput } from '../usage-scope/usage-scope';

export const SECRET_MANAGER_NOT_FOUND = 'Secret Manager does not exist';

export interface SecretManagerFilterInput {
  type?: { operator?: 'EQUALS' | 'IN' | null; values?: (SecretManagerType | null)[] | null } | null;
  secretManager?: IdFilter | null;
}

interface VaultAuthDetailsInput {
  authToken?: string | null;
  appRoleId?: string | null;
  secretId?: string | null;
}

export interface VaultInput {
  name?: string | null;
  namespace?: string | null;
  vaultUrl?: string | null;
  basePath?: string | null;
  authDetails?: VaultAuthDetailsInput | null;
  secretEngineName?: string | null;
  secretEngineVersion?: number | null;
  secretEngineRenewalInterval?: string | number | null;
  isDefault?: boolean | null;
  isReadOnly?: boolean | null;
  usageScope?: UsageScopeInput | null;
}

export interface CustomInput {
  uuid?: string | null;
  name?: string | null;
  templateId?: string | null;
  delegateSelectors?: (string | null)[] | null;
  testVariables?: ({ name?: string | null; value?: string | null } | null)[] | null;
  executeOnDelegate?: boolean | null;
  isConnectorTemplatized?: boolean | null;
  host?: string | null;
  commandPath?: string | null;
  connectorId?: string | null;
  isDefault?: boolean | null;
  usageScope?: UsageScopeInput | null;
}

export interface SecretManagerInput {
  secretManagerType: SecretManagerType;
  hashicorpVaultConfigInput?: VaultInput | null;
  customSecretManagerInput?: CustomInput | null;
}

const SLOTS = { HASHICORP_VAULT: 'hashicorpVaultConfigInput', CUSTOM: 'customSecretManagerInput' } as const;

/** Exactly one configuration input, the one the type names. */
function slotOf(input: SecretManagerInput): VaultInput | CustomInput {
  const given = Object.values(SLOTS).filter((slot) => input[slot] != null);
  if (given.length > 1) throw badInput(`Give only one of ${Object.values(SLOTS).join(', ')}`);
  const slot = SLOTS[input.secretManagerType as keyof typeof SLOTS];
  if (!slot) throw badInput(`Secret managers of type ${input.secretManagerType} cannot be created or changed here; HASHICORP_VAULT and CUSTOM can`);
  const config = input[slot];
  if (!config) throw badInput(`A ${input.secretManagerType} secret manager needs ${slot}`);
  return config;
}

function requiredText(value: string | null | undefined, what: string): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw badInput(`${what} must not be empty`);
  return trimmed;
}

const optionalText = (value: string | null | undefined) => value?.trim() || null;

function vaultUrlOf(value: string | null | undefined): string {
  const text = requiredText(value, 'vaultUrl');
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return text;
  } catch {
    // Reported below.
  }
  throw badInput('vaultUrl must be an http:// or https:// URL');
}

function renewalIntervalOf(value: string | number | null | undefined): string {
  if (value == null || !/^\d+$/.test(String(value))) throw badInput('secretEngineRenewalInterval must be a whole number of minutes, 0 or more');
  return String(value);
}

/**
 * Token auth or AppRole auth, never both. What is returned is the credential to encrypt (never stored in clear) and
 * the AppRole's role id, which is not secret by itself.
 */
function vaultAuthOf(auth: VaultAuthDetailsInput): { credentials: { authToken: string | null; secretId: string | null }; appRoleId: string | null } {
  const authToken = auth.authToken || null;
  const appRoleId = optionalText(auth.appRoleId);
  const secretId = auth.secretId || null;
  if (authToken && (appRoleId || secretId)) throw badInput('authDetails takes either an authToken or an appRoleId with a secretId, not both');
  if (!authToken && !(appRoleId && secretId)) throw badInput('authDetails needs an authToken, or an appRoleId with a secretId');
  return { credentials: { authToken, secretId }, appRoleId };
}

/** Secret managers of the request's account. Values held in external managers are not fetched yet (see README). */
export class SecretManagerService {
  private readonly byId: DataLoader<string, SecretManager | null>;

  constructor(
    private readonly managers: SecretManagerRepository,
    private readonly secrets: SecretRepository,
    private readonly cipher: EnvelopeCipher,
    private readonly accountId: string,
    private readonly principal: Pick<Principal, 'kind' | 'id' | 'permissions'>,
  ) {
    this.byId = byIdLoader((ids) => managers.byIds(accountId, ids));
  }

  /**
   * The one place permissions are checked: MANAGE_SECRET_MANAGERS for changes (API.md §3.5). Reading managers is open
   * to every principal of the account (a secret names its manager; credentials are never shown).
   */
  private authorize(action: 'read' | 'manage'): void {
    if (action === 'manage') requireAccountPermission(this.principal.permissions, 'MANAGE_SECRET_MANAGERS');
  }

  find(id: string): Promise<SecretManager | null> {
    return this.byId.load(id);
  }

  async get(id: string): Promise<SecretManager> {
    this.authorize('read');
    const manager = await this.find(id);
    if (!manager) throw notFound(SECRET_MANAGER_NOT_FOUND);
    return manager;
  }

  async getByName(name: string): Promise<SecretManager> {
    this.authorize('read');
    if (name === DEFAULT_SECRET_MANAGER_NAME) return this.managers.ensureBuiltIn(this.accountId);
    const manager = await this.managers.byName(this.accountId, name);
    if (!manager) throw notFound(SECRET_MANAGER_NOT_FOUND);
    return manager;
  }

  /** The manager a secret without `secretManagerId` goes to: the account's default, the built-in one unless changed. */
  async defaultManager(): Promise<SecretManager> {
    return (await this.managers.defaultManager(this.accountId)) ?? this.managers.ensureBuiltIn(this.accountId);
  }

  async list(filters: (SecretManagerFilterInput | null)[] | null | undefined, limit: number, offset: number | null | undefined) {
    this.authorize('read');
    const page = pageRequest(limit, offset);
    const query = { typeIn: undefined as SecretManagerType[] | undefined, idConditions: [] as Record<string, unknown>[] };
    for (const filter of filters ?? []) {
      if (filter?.secretManager) query.idConditions.push(idFilterCondition(filter.secretManager));
      if (filter?.type) {
        const values = (filter.type.values ?? []).filter((value): value is SecretManagerType => value !== null);
        if (values.length === 0) throw badInput('Values cannot be empty');
        if ((filter.type.operator ?? 'IN') === 'EQUALS' && values.length !== 1) throw badInput('Only one value is allowed with the EQUALS operator');
        // Several type filters are ANDed: only types every one of them allows remain.
        query.typeIn = query.typeIn ? query.typeIn.filter((type) => values.includes(type)) : values;
      }
    }
    await this.managers.ensureBuiltIn(this.accountId);
    return lazyConnection(page, {
      fetch: (from, count) => this.managers.list(this.accountId, query, from, count),
      count: () => this.managers.total(this.accountId, query),
    });
  }

  async create(input: SecretManagerInput): Promise<SecretManager> {
    this.authorize('manage');
    const config = slotOf(input);
    const id = newId();
    const fields: SecretManagerFields =
      input.secretManagerType === 'HASHICORP_VAULT' ? this.vaultFields(id, config as VaultInput) : this.customFields(config as CustomInput);
    if (fields.name === DEFAULT_SECRET_MANAGER_NAME) throw conflict(`A secret manager named "${fields.name}" already exists`);
    const manager = await this.insert(id, { ...fields, isDefault: false });
    if (config.isDefault) {
      await this.managers.makeDefault(this.accountId, manager.id);
      return { ...manager, isDefault: true };
    }
    return manager;
  }

  async update(id: string, input: SecretManagerInput): Promise<SecretManager> {
    this.authorize('manage');
    const existing = await this.get(id);
    if (existing.name === DEFAULT_SECRET_MANAGER_NAME) throw badInput(`The ${DEFAULT_SECRET_MANAGER_NAME} cannot be changed`);
    if (existing.type !== input.secretManagerType) {
      throw badInput(`Secret manager "${existing.name}" is ${existing.type}; secretManagerType must match`);
    }
    const config = slotOf(input);
    const changes = input.secretManagerType === 'HASHICORP_VAULT' ? this.vaultChanges(existing, config as VaultInput) : this.customChanges(existing, config as CustomInput);
    if (changes.name === DEFAULT_SECRET_MANAGER_NAME) throw conflict(`A secret manager named "${changes.name}" already exists`);
    let updated: SecretManager | null;
    try {
      updated = await this.managers.update(this.accountId, id, changes);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`A secret manager named "${changes.name}" already exists`);
      throw error;
    }
    if (!updated) throw notFound(SECRET_MANAGER_NOT_FOUND);
    if (config.isDefault === true && !updated.isDefault) {
      await this.managers.makeDefault(this.accountId, id);
      return { ...updated, isDefault: true };
    }
    if (config.isDefault === false && updated.isDefault) {
      await this.managers.makeDefault(this.accountId, (await this.managers.ensureBuiltIn(this.accountId)).id);
      return { ...updated, isDefault: false };
    }
    return updated;
  }

  async delete(id: string): Promise<void> {
    this.authorize('manage');
    const existing = await this.get(id);
    if (existing.name === DEFAULT_SECRET_MANAGER_NAME) throw badInput(`The ${DEFAULT_SECRET_MANAGER_NAME} cannot be deleted`);
    const held = await this.secrets.countInManager(this.accountId, id);
    if (held > 0) {
      throw new ApiError(ErrorCode.Conflict, `Secret manager "${existing.name}" still holds ${held} secret(s); delete or move them first`);
    }
    if (!(await this.managers.remove(this.accountId, id))) throw notFound(SECRET_MANAGER_NOT_FOUND);
    if (existing.isDefault) await this.managers.makeDefault(this.accountId, (await this.managers.ensureBuiltIn(this.accountId)).id);
  }

  private async insert(id: string, fields: SecretManagerFields): Promise<SecretManager> {
    try {
      return await this.managers.create(this.accountId, fields, id);
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`A secret manager named "${fields.name}" already exists`);
      throw error;
    }
  }

  private sealCredentials(id: string, credentials: { authToken: string | null; secretId: string | null }) {
    return this.cipher.encrypt(JSON.stringify(credentials), `${this.accountId}/secret-manager/${id}`);
  }

  private vaultFields(id: string, input: VaultInput): SecretManagerFields {
    if (!input.authDetails) throw badInput('authDetails must be given');
    const auth = vaultAuthOf(input.authDetails);
    const version = input.secretEngineVersion;
    if (version !== 1 && version !== 2) throw badInput('secretEngineVersion must be 1 or 2');
    const vault: VaultSettings = {
      namespace: optionalText(input.namespace),
      vaultUrl: vaultUrlOf(input.vaultUrl),
      basePath: optionalText(input.basePath),
      secretEngineName: requiredText(input.secretEngineName, 'secretEngineName'),
      secretEngineVersion: version,
      secretEngineRenewalInterval: renewalIntervalOf(input.secretEngineRenewalInterval),
      isReadOnly: input.isReadOnly ?? false,
      appRoleId: auth.appRoleId,
      credentials: this.sealCredentials(id, auth.credentials),
    };
    return { name: requiredText(input.name, 'Secret manager name'), type: 'HASHICORP_VAULT', isDefault: false, usageScope: usageScopeFrom(input.usageScope), vault };
  }

  private vaultChanges(existing: SecretManager, input: VaultInput): Partial<SecretManagerFields> {
    const vault = { ...(existing.vault as VaultSettings) };
    if ('namespace' in input) vault.namespace = optionalText(input.namespace);
    if ('isReadOnly' in input) vault.isReadOnly = input.isReadOnly ?? false;
    if ('secretEngineRenewalInterval' in input) vault.secretEngineRenewalInterval = renewalIntervalOf(input.secretEngineRenewalInterval);
    if (input.authDetails) {
      const auth = vaultAuthOf(input.authDetails);
      vault.appRoleId = auth.appRoleId;
      vault.credentials = this.sealCredentials(existing.id, auth.credentials);
    }
    const changes: Partial<SecretManagerFields> = { vault };
    if ('name' in input) changes.name = requiredText(input.name, 'Secret manager name');
    if ('usageScope' in input) changes.usageScope = usageScopeFrom(input.usageScope);
    return changes;
  }

  private customSettings(base: CustomManagerSettings | null, input: CustomInput): CustomManagerSettings {
    const settings: CustomManagerSettings = base
      ? { ...base }
      : { templateId: null, delegateSelectors: [], testVariables: [], executeOnDelegate: true, isConnectorTemplatized: false, host: null, commandPath: null, connectorId: null };
    if ('templateId' in input) settings.templateId = optionalText(input.templateId);
    if ('delegateSelectors' in input) settings.delegateSelectors = (input.delegateSelectors ?? []).flatMap((s) => (s?.trim() ? [s.trim()] : []));
    if ('testVariables' in input) {
      settings.testVariables = (input.testVariables ?? []).flatMap((v) => (v ? [{ name: v.name ?? null, value: v.value ?? null }] : []));
    }
    if ('executeOnDelegate' in input) settings.executeOnDelegate = input.executeOnDelegate ?? true;
    if ('isConnectorTemplatized' in input) settings.isConnectorTemplatized = input.isConnectorTemplatized ?? false;
    for (const field of ['host', 'commandPath', 'connectorId'] as const) {
      if (field in input) settings[field] = optionalText(input[field]);
    }
    if (!settings.templateId) throw badInput('templateId must not be empty');
    // Run anywhere but on a delegate: the script runs on a target host reached through a connector.
    if (settings.executeOnDelegate === false && (!settings.host || !settings.connectorId)) {
      throw badInput('A custom secret manager that does not execute on a delegate needs a host and a connectorId');
    }
    return settings;
  }

  private customFields(input: CustomInput): SecretManagerFields {
    return {
      name: requiredText(input.name, 'Secret manager name'),
      type: 'CUSTOM',
      isDefault: false,
      usageScope: usageScopeFrom(input.usageScope),
      custom: this.customSettings(null, input),
    };
  }

  private customChanges(existing: SecretManager, input: CustomInput): Partial<SecretManagerFields> {
    if (input.uuid && input.uuid !== existing.id) throw badInput('uuid must be the id of the secret manager being updated');
    const changes: Partial<SecretManagerFields> = { custom: this.customSettings(existing.custom, input) };
    if ('name' in input) changes.name = requiredText(input.name, 'Secret manager name');
    if ('usageScope' in input) changes.usageScope = usageScopeFrom(input.usageScope);
    return changes;
  }
}

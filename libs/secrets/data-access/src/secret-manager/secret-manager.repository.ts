import { Schema, type Connection, type Model } from 'mongoose';
import type { EncryptedValue } from '@fg/secrets/encryption';
import { AccountScopedRepository, isDuplicateKeyError, newId, type AccountOwned, type ScopedFilter } from '@fg/tenancy';
import type { UsageScope } from '../usage-scope/usage-scope.entity';

export type SecretManagerType = 'AWS_KMS' | 'AWS_SECRET_MANAGER' | 'HASHICORP_VAULT' | 'AZURE_KEY_VAULT' | 'GOOGLE_KMS' | 'CUSTOM';

/** The name of the manager every account has, holding the values this platform encrypts itself. */
export const DEFAULT_SECRET_MANAGER_NAME = 'Harness Secrets Manager';

export interface VaultSettings {
  namespace: string | null;
  vaultUrl: string;
  basePath: string | null;
  secretEngineName: string;
  secretEngineVersion: number;
  /** Long, as its digits. */
  secretEngineRenewalInterval: string;
  isReadOnly: boolean;
  /** AppRole auth's role id (not a credential by itself); the token or AppRole secret id is in `credentials`. */
  appRoleId: string | null;
  /** JSON `{ authToken, secretId }`, envelope-encrypted. */
  credentials: EncryptedValue | null;
}

export interface CustomManagerSettings {
  templateId: string | null;
  delegateSelectors: string[];
  testVariables: { name: string | null; value: string | null }[];
  executeOnDelegate: boolean | null;
  isConnectorTemplatized: boolean | null;
  host: string | null;
  commandPath: string | null;
  connectorId: string | null;
}

export interface SecretManager {
  id: string;
  accountId: string;
  name: string;
  type: SecretManagerType;
  isDefault: boolean;
  usageScope: UsageScope | null;
  vault: VaultSettings | null;
  custom: CustomManagerSettings | null;
}

export type SecretManagerFields = Pick<SecretManager, 'name' | 'type' | 'isDefault'> &
  Partial<Pick<SecretManager, 'usageScope' | 'vault' | 'custom'>>;

export interface SecretManagerQuery {
  typeIn?: SecretManagerType[];
  idConditions: Record<string, unknown>[];
}

interface SecretManagerDoc extends AccountOwned {
  name: string;
  type: SecretManagerType;
  isDefault: boolean;
  usageScope: UsageScope | null;
  vault: VaultSettings | null;
  custom: CustomManagerSettings | null;
}

const secretManagerSchema = new Schema<SecretManagerDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    isDefault: { type: Boolean, default: false },
    usageScope: { type: Schema.Types.Mixed, default: null },
    vault: { type: Schema.Types.Mixed, default: null },
    custom: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'secret_managers', timestamps: true, versionKey: false, minimize: false },
);
// secretManagerByName, secretManagers (sorted by name; type and id filters apply to this range), the built-in
// manager's on-demand creation, and unique names within an account.
secretManagerSchema.index({ accountId: 1, name: 1 }, { unique: true });
// The lookup of an account's default manager (a secret without secretManagerId).
secretManagerSchema.index({ accountId: 1, isDefault: 1 });
// The master-key rotation's scan for Vault credentials wrapped by another key than the active one.
secretManagerSchema.index({ 'vault.credentials.keyId': 1 });

export interface WrappedManagerCredentials {
  accountId: string;
  secretManagerId: string;
  value: EncryptedValue;
}

export class SecretManagerRepository extends AccountScopedRepository<SecretManagerDoc, SecretManager> {
  /** Only for the master-key rotation's scan, which reads every account's Vault credentials by design. */
  private readonly documents: Model<SecretManagerDoc>;

  constructor(connection: Connection) {
    const model = connection.model<SecretManagerDoc>('SecretManager', secretManagerSchema);
    super(model);
    this.documents = model;
  }

  protected toEntity(doc: SecretManagerDoc): SecretManager {
    return {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      type: doc.type,
      isDefault: doc.isDefault,
      usageScope: doc.usageScope ?? null,
      vault: doc.vault ?? null,
      custom: doc.custom ?? null,
    };
  }

  create(accountId: string, manager: SecretManagerFields, id = newId()): Promise<SecretManager> {
    return this.insert(accountId, { usageScope: null, vault: null, custom: null, ...manager, _id: id });
  }

  byName(accountId: string, name: string): Promise<SecretManager | null> {
    return this.findOne(accountId, { name });
  }

  defaultManager(accountId: string): Promise<SecretManager | null> {
    return this.findOne(accountId, { isDefault: true });
  }

  /**
   * The account's built-in manager, created the first time an account needs it. Two requests racing both try the
   * insert; the unique name index lets one win and the other reads the winner's.
   */
  async ensureBuiltIn(accountId: string): Promise<SecretManager> {
    const existing = await this.byName(accountId, DEFAULT_SECRET_MANAGER_NAME);
    if (existing) return existing;
    const isDefault = !(await this.defaultManager(accountId));
    try {
      // Harness's own manager is KMS-backed in the reference; the enum has no value of its own for it.
      return await this.create(accountId, { name: DEFAULT_SECRET_MANAGER_NAME, type: 'GOOGLE_KMS', isDefault });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const winner = await this.byName(accountId, DEFAULT_SECRET_MANAGER_NAME);
      if (!winner) throw error;
      return winner;
    }
  }

  update(accountId: string, id: string, changes: Partial<SecretManagerFields>): Promise<SecretManager | null> {
    return this.updateOne(accountId, { _id: id }, { $set: changes });
  }

  /** Makes `id` the only default manager of the account. */
  async makeDefault(accountId: string, id: string): Promise<void> {
    await this.updateOne(accountId, { _id: id }, { $set: { isDefault: true } });
    for (const other of await this.findMany(accountId, { isDefault: true, _id: { $ne: id } }, { offset: 0, count: 10, sort: { _id: 1 } })) {
      await this.updateOne(accountId, { _id: other.id }, { $set: { isDefault: false } });
    }
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }

  private filterOf(query: SecretManagerQuery): ScopedFilter<SecretManagerDoc> {
    const filter: ScopedFilter<SecretManagerDoc> = {};
    if (query.typeIn) filter.type = { $in: query.typeIn };
    if (query.idConditions.length > 0) filter.$and = query.idConditions.map((condition) => ({ _id: condition }));
    return filter;
  }

  list(accountId: string, query: SecretManagerQuery, offset: number, count: number): Promise<SecretManager[]> {
    return this.findMany(accountId, this.filterOf(query), { offset, count, sort: { name: 1, _id: 1 } });
  }

  total(accountId: string, query: SecretManagerQuery): Promise<number> {
    return this.count(accountId, this.filterOf(query));
  }

  /** Vault credentials not yet wrapped by `activeKeyId`, across accounts: only the master-key rotation reads this way. */
  async credentialsWrappedByOtherKeys(activeKeyId: string, count: number, skipIds: string[] = []): Promise<WrappedManagerCredentials[]> {
    const docs = await this.documents
      .find(
        { 'vault.credentials': { $ne: null }, 'vault.credentials.keyId': { $exists: true, $ne: activeKeyId }, _id: { $nin: skipIds } },
        { accountId: 1, vault: 1 },
      )
      .limit(count)
      .lean<Pick<SecretManagerDoc, '_id' | 'accountId' | 'vault'>[]>()
      .exec();
    return docs.flatMap((doc) =>
      doc.vault?.credentials ? [{ accountId: doc.accountId, secretManagerId: doc._id, value: doc.vault.credentials }] : [],
    );
  }

  /** Compare-and-set, as SecretRepository.replaceWrapping. */
  async replaceWrapping(accountId: string, id: string, previous: EncryptedValue, next: EncryptedValue): Promise<boolean> {
    const updated = await this.updateOne(
      accountId,
      { _id: id, 'vault.credentials.wrappedDataKey': previous.wrappedDataKey },
      { $set: { 'vault.credentials': next } },
    );
    return updated !== null;
  }
}

import type { Connection, Model } from 'mongoose';
import type { EncryptedValue } from '@fg/secrets/encryption';
import { AccountScopedRepository } from '@fg/tenancy';
import type { EncryptedSecret, Secret, SecretFields, SecretType, StoredSecretValue } from './secret.entity';
import { nameSpaceOf, secretSchema, type SecretDoc } from './secret.schema';

/** A value the master-key rotation must rewrap, with where it lives. */
export interface WrappedSecretValue {
  accountId: string;
  secretId: string;
  value: EncryptedValue;
}

export class SecretRepository extends AccountScopedRepository<SecretDoc, Secret> {
  /**
   * For the two reads that need stored values, which entities leave out: a delegate's values (scoped to its account
   * below, by hand) and the master-key rotation's scan (every account's values, by design).
   */
  private readonly documents: Model<SecretDoc>;

  constructor(connection: Connection) {
    const model = connection.model<SecretDoc>('Secret', secretSchema);
    super(model);
    this.documents = model;
  }

  protected toEntity(doc: SecretDoc): Secret {
    const base = {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      usageScope: doc.usageScope ?? null,
      referencedSecretIds: doc.referencedSecretIds ?? [],
    };
    switch (doc.secretType) {
      case 'WINRM_CREDENTIAL':
        return { ...base, secretType: doc.secretType, winRm: doc.winRm as NonNullable<SecretDoc['winRm']> };
      case 'SSH_CREDENTIAL':
        return { ...base, secretType: doc.secretType, ssh: doc.ssh as NonNullable<SecretDoc['ssh']> };
      default:
        return {
          ...base,
          secretType: doc.secretType,
          secretManagerId: doc.secretManagerId ?? '',
          scopedToAccount: doc.scopedToAccount ?? false,
          inheritScopesFromSM: doc.inheritScopesFromSM ?? false,
          secretReference: doc.secretReference ?? null,
          parameters: doc.parameters ?? [],
          valueSize: doc.valueSize ?? 0,
        };
    }
  }

  /** The id is chosen by the caller: the value is encrypted for this secret (the id is part of the cipher's context). */
  create(accountId: string, id: string, fields: SecretFields, value: EncryptedValue | null): Promise<Secret> {
    return this.insert(accountId, { _id: id, ...fields, nameSpace: nameSpaceOf(fields.secretType), value } as Omit<SecretDoc, 'accountId'>);
  }

  byId(accountId: string, id: string, secretType: SecretType): Promise<Secret | null> {
    return this.findOne(accountId, { _id: id, secretType });
  }

  byName(accountId: string, name: string, secretType: SecretType): Promise<Secret | null> {
    return this.findOne(accountId, { nameSpace: nameSpaceOf(secretType), name, secretType });
  }

  /** Changes the given fields; `value` replaces the stored value when present (null removes it). */
  update(
    accountId: string,
    id: string,
    secretType: SecretType,
    changes: Partial<SecretFields>,
    value?: EncryptedValue | null,
  ): Promise<Secret | null> {
    // Only what changes: an absent field keeps its stored value.
    const set: Record<string, unknown> = Object.fromEntries(
      Object.entries(changes).filter(([field, fieldValue]) => fieldValue !== undefined && field !== 'secretType'),
    );
    if (value !== undefined) set.value = value;
    return this.updateOne(accountId, { _id: id, secretType }, { $set: set });
  }

  remove(accountId: string, id: string, secretType: SecretType): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id, secretType });
  }

  /** SSH and WinRM credentials that use the secret (a few are enough to name them in an error). */
  referrers(accountId: string, secretId: string, count = 5): Promise<Secret[]> {
    return this.findMany(accountId, { referencedSecretIds: secretId }, { offset: 0, count, sort: { name: 1 } });
  }

  /** Texts and files among `ids` (an SSH or WinRM credential may only refer to those). */
  async encryptedSecretsByIds(accountId: string, ids: readonly string[]): Promise<EncryptedSecret[]> {
    const secrets = await this.byIds(accountId, ids);
    return secrets.filter((secret): secret is EncryptedSecret => secret.secretType === 'ENCRYPTED_TEXT' || secret.secretType === 'ENCRYPTED_FILE');
  }

  countInManager(accountId: string, secretManagerId: string): Promise<number> {
    return this.count(accountId, { secretManagerId });
  }

  /** Texts or files by name with their stored values, in one read, for a delegate task that needs them. */
  async encryptedValues(
    accountId: string,
    names: readonly string[],
    secretType: 'ENCRYPTED_TEXT' | 'ENCRYPTED_FILE',
  ): Promise<StoredSecretValue[]> {
    if (!accountId) throw new Error('accountId is required for every query');
    if (names.length === 0) return [];
    const docs = await this.documents
      .find({ accountId, nameSpace: 'ENCRYPTED_DATA', name: { $in: [...new Set(names)] }, secretType })
      .lean<SecretDoc[]>()
      .exec();
    return docs.flatMap((doc) => (doc.value ? [{ secret: this.toEntity(doc) as EncryptedSecret, value: doc.value }] : []));
  }

  /** The stored value of one secret, for rewrapping or a delegate. */
  async encryptedValue(accountId: string, id: string): Promise<EncryptedValue | null> {
    return (await this.findDocument(accountId, { _id: id }))?.value ?? null;
  }

  /** Values not yet wrapped by `activeKeyId`, across accounts: only the master-key rotation reads this way. */
  async valuesWrappedByOtherKeys(activeKeyId: string, count: number, skipIds: string[] = []): Promise<WrappedSecretValue[]> {
    const docs = await this.documents
      .find({ value: { $ne: null }, 'value.keyId': { $ne: activeKeyId }, _id: { $nin: skipIds } }, { accountId: 1, value: 1 })
      .limit(count)
      .lean<Pick<SecretDoc, '_id' | 'accountId' | 'value'>[]>()
      .exec();
    return docs.map((doc) => ({ accountId: doc.accountId, secretId: doc._id, value: doc.value as EncryptedValue }));
  }

  /**
   * Replaces a value's wrapping if the value is still the one that was read (compare-and-set): a value changed by an
   * update meanwhile was already wrapped by the active key and is left alone.
   */
  async replaceWrapping(accountId: string, secretId: string, previous: EncryptedValue, next: EncryptedValue): Promise<boolean> {
    const updated = await this.updateOne(
      accountId,
      { _id: secretId, 'value.keyId': previous.keyId, 'value.wrappedDataKey': previous.wrappedDataKey },
      { $set: { value: next } },
    );
    return updated !== null;
  }
}

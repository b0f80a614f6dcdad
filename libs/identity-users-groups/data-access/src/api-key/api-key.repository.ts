import { Schema, type Connection } from 'mongoose';
import { hashSecret } from '@fg/hashed-secrets';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';
import type { ApiKey } from './api-key.entity';

interface ApiKeyDoc extends AccountOwned {
  name: string;
  keyHash: string;
  userGroupIds: string[];
  expiresAt: Date | null;
  rotatedFromId: string | null;
  createdAt: Date;
}

const apiKeySchema = new Schema<ApiKeyDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    keyHash: { type: String, required: true },
    userGroupIds: { type: [String], default: [] },
    expiresAt: { type: Date, default: null },
    rotatedFromId: { type: String, default: null },
  },
  { collection: 'api_keys', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
// Verifying a presented key (the key decides the account); unique so one key can never belong to two accounts.
apiKeySchema.index({ keyHash: 1 }, { unique: true });
// Listing and naming an account's keys.
apiKeySchema.index({ accountId: 1, name: 1 });
// Taking a deleted user group out of every key that acts with it.
apiKeySchema.index({ accountId: 1, userGroupIds: 1 });

export interface NewApiKey {
  name: string;
  userGroupIds?: string[];
  expiresAt?: number | null;
  rotatedFromId?: string | null;
}

export class ApiKeyRepository extends AccountScopedRepository<ApiKeyDoc, ApiKey> {
  constructor(connection: Connection) {
    super(connection.model<ApiKeyDoc>('ApiKey', apiKeySchema));
  }

  protected toEntity(doc: ApiKeyDoc): ApiKey {
    return {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      userGroupIds: doc.userGroupIds ?? [],
      expiresAt: doc.expiresAt ? new Date(doc.expiresAt).getTime() : null,
      rotatedFromId: doc.rotatedFromId ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  /** Registers a key the caller generated (or was given); only its hash is kept. */
  register(accountId: string, key: NewApiKey | string, apiKey: string): Promise<ApiKey> {
    const fields = typeof key === 'string' ? { name: key } : key;
    return this.insert(accountId, {
      _id: newId(),
      name: fields.name,
      keyHash: hashSecret(apiKey),
      userGroupIds: [...new Set(fields.userGroupIds ?? [])],
      expiresAt: fields.expiresAt ? new Date(fields.expiresAt) : null,
      rotatedFromId: fields.rotatedFromId ?? null,
    } as Omit<ApiKeyDoc, 'accountId'>);
  }

  byId(accountId: string, id: string): Promise<ApiKey | null> {
    return this.findOne(accountId, { _id: id });
  }

  byName(accountId: string, name: string): Promise<ApiKey | null> {
    return this.findOne(accountId, { name });
  }

  update(accountId: string, id: string, changes: { name?: string; userGroupIds?: string[]; expiresAt?: number | null }): Promise<ApiKey | null> {
    const set: Record<string, unknown> = {};
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.userGroupIds !== undefined) set.userGroupIds = [...new Set(changes.userGroupIds)];
    if (changes.expiresAt !== undefined) set.expiresAt = changes.expiresAt === null ? null : new Date(changes.expiresAt);
    return this.updateOne(accountId, { _id: id }, { $set: set });
  }

  addUserGroup(accountId: string, id: string, userGroupId: string): Promise<ApiKey | null> {
    return this.updateOne(accountId, { _id: id }, { $addToSet: { userGroupIds: userGroupId } });
  }

  /** Takes a deleted group out of every key, one key at a time (few keys act with one group). */
  async removeUserGroupEverywhere(accountId: string, userGroupId: string): Promise<void> {
    while (await this.updateOne(accountId, { userGroupIds: userGroupId }, { $pull: { userGroupIds: userGroupId } }));
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }

  /** Removes every key of the account with this name but the one given. */
  async removeOthersNamed(accountId: string, name: string, keepId: string): Promise<void> {
    while (await this.deleteOne(accountId, { name, _id: { $ne: keepId } }));
  }

  /** The key presented, unless it has expired (checked on read: there is no TTL index). */
  async verify(apiKey: string, nowMs = Date.now()): Promise<ApiKey | null> {
    const key = await this.findOneBySecret('keyHash', apiKey, 'the presented key decides the account');
    return key && (key.expiresAt === null || key.expiresAt > nowMs) ? key : null;
  }
}

import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';
import { hashApiKey } from './api-key-hash';
import type { ApiKey } from './api-key.entity';

interface ApiKeyDoc extends AccountOwned {
  name: string;
  keyHash: string;
  createdAt: Date;
}

const apiKeySchema = new Schema<ApiKeyDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    keyHash: { type: String, required: true },
  },
  { collection: 'api_keys', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
// Verifying a presented key (the key decides the account); unique so one key can never belong to two accounts.
apiKeySchema.index({ keyHash: 1 }, { unique: true });
// Listing and naming an account's keys.
apiKeySchema.index({ accountId: 1, name: 1 });

export class ApiKeyRepository extends AccountScopedRepository<ApiKeyDoc, ApiKey> {
  constructor(connection: Connection) {
    super(connection.model<ApiKeyDoc>('ApiKey', apiKeySchema));
  }

  protected toEntity(doc: ApiKeyDoc): ApiKey {
    return { id: doc._id, accountId: doc.accountId, name: doc.name, createdAt: new Date(doc.createdAt).getTime() };
  }

  /** Registers a key the caller generated (or was given); only its hash is kept. */
  register(accountId: string, name: string, apiKey: string): Promise<ApiKey> {
    return this.insert(accountId, { _id: newId(), name, keyHash: hashApiKey(apiKey) } as Omit<ApiKeyDoc, 'accountId'>);
  }

  byName(accountId: string, name: string): Promise<ApiKey | null> {
    return this.findOne(accountId, { name });
  }

  /** Removes every key of the account with this name but the one given. */
  async removeOthersNamed(accountId: string, name: string, keepId: string): Promise<void> {
    while (await this.deleteOne(accountId, { name, _id: { $ne: keepId } }));
  }

  verify(apiKey: string): Promise<ApiKey | null> {
    return this.findOneAcrossAccounts({ keyHash: hashApiKey(apiKey) }, 'the presented key decides the account');
  }
}

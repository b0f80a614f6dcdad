import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';

export type SecretManagerType = 'AWS_KMS' | 'AWS_SECRET_MANAGER' | 'HASHICORP_VAULT' | 'AZURE_KEY_VAULT' | 'GOOGLE_KMS' | 'CUSTOM';

export interface SecretManager {
  id: string;
  accountId: string;
  name: string;
  type: SecretManagerType;
  isDefault: boolean;
}

interface SecretManagerDoc extends AccountOwned {
  name: string;
  type: SecretManagerType;
  isDefault: boolean;
}

const secretManagerSchema = new Schema<SecretManagerDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    isDefault: { type: Boolean, default: false },
  },
  { collection: 'secret_managers', timestamps: true, versionKey: false },
);
// secretManagerByName, and unique names within an account.
secretManagerSchema.index({ accountId: 1, name: 1 }, { unique: true });

export class SecretManagerRepository extends AccountScopedRepository<SecretManagerDoc, SecretManager> {
  constructor(connection: Connection) {
    super(connection.model<SecretManagerDoc>('SecretManager', secretManagerSchema));
  }

  protected toEntity(doc: SecretManagerDoc): SecretManager {
    return { id: doc._id, accountId: doc.accountId, name: doc.name, type: doc.type, isDefault: doc.isDefault };
  }

  create(accountId: string, manager: Pick<SecretManager, 'name' | 'type' | 'isDefault'>): Promise<SecretManager> {
    return this.insert(accountId, { _id: newId(), ...manager });
  }

  byName(accountId: string, name: string): Promise<SecretManager | null> {
    return this.findOne(accountId, { name });
  }
}

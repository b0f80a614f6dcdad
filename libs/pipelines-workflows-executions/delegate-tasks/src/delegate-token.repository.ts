import { Schema, type Connection } from 'mongoose';
import { generateSecret, hashSecret } from '@fg/hashed-secrets';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';

export interface DelegateToken {
  id: string;
  accountId: string;
  name: string;
  createdAt: Date;
}

interface DelegateTokenDoc extends AccountOwned {
  name: string;
  tokenHash: string;
  createdAt: Date;
}

const delegateTokenSchema = new Schema<DelegateTokenDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    name: { type: String, required: true, maxlength: 128 },
    tokenHash: { type: String, required: true },
  },
  { collection: 'delegate_tokens', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
// Verifying a token a delegate presents (the token decides the account); unique so a token has one account.
delegateTokenSchema.index({ tokenHash: 1 }, { unique: true });

/** Account-scoped secrets delegates authenticate with; only their hashes are stored. */
export class DelegateTokenRepository extends AccountScopedRepository<DelegateTokenDoc, DelegateToken> {
  constructor(connection: Connection) {
    super(connection.model<DelegateTokenDoc>('DelegateToken', delegateTokenSchema));
  }

  protected toEntity(doc: DelegateTokenDoc): DelegateToken {
    return { id: doc._id, accountId: doc.accountId, name: doc.name, createdAt: new Date(doc.createdAt) };
  }

  /** Makes a token and returns it: this is the only time it is ever visible. */
  async create(accountId: string, name: string): Promise<{ token: string; delegateToken: DelegateToken }> {
    const token = generateSecret();
    const delegateToken = await this.insert(accountId, { _id: newId(), name, tokenHash: hashSecret(token) } as Omit<DelegateTokenDoc, 'accountId'>);
    return { token, delegateToken };
  }

  verify(token: string): Promise<DelegateToken | null> {
    return this.findOneBySecret('tokenHash', token, 'the presented delegate token decides the account');
  }
}

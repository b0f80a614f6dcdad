import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKeyError, newId } from '@fg/tenancy';
import type { Account, AccountEdition } from './account.entity';

interface AccountDoc {
  _id: string;
  name: string;
  edition: AccountEdition;
  isDemo: boolean;
  createdAt: Date;
}

const accountSchema = new Schema<AccountDoc>(
  {
    _id: { type: String, default: newId },
    name: { type: String, required: true },
    edition: { type: String, enum: ['PAID', 'ESSENTIALS', 'COMMUNITY'], default: 'PAID' },
    isDemo: { type: Boolean, default: false },
  },
  { collection: 'accounts', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
// Every lookup is by id (the _id index).

export const DEMO_ACCOUNT_ID = 'demo-account';

const toAccount = (doc: AccountDoc): Account => ({
  id: doc._id,
  name: doc.name,
  edition: doc.edition,
  isDemo: doc.isDemo,
  createdAt: new Date(doc.createdAt).getTime(),
});

/** Accounts are the tenants themselves: each read is by the account's own id. */
export class AccountRepository {
  private readonly model: Model<AccountDoc>;

  constructor(connection: Connection) {
    this.model = connection.model<AccountDoc>('Account', accountSchema);
  }

  async byId(accountId: string): Promise<Account | null> {
    const doc = await this.model.findById(accountId).lean<AccountDoc>().exec();
    return doc ? toAccount(doc) : null;
  }

  async demo(): Promise<Account | null> {
    return this.byId(DEMO_ACCOUNT_ID);
  }

  /** The demo account, created on first call. Its fixed id makes concurrent first starts agree on one account. */
  async ensureDemo(): Promise<Account> {
    try {
      const doc = await this.model
        .findOneAndUpdate(
          { _id: DEMO_ACCOUNT_ID },
          { $setOnInsert: { name: 'Demo', edition: 'PAID', isDemo: true } },
          { upsert: true, new: true },
        )
        .lean<AccountDoc>()
        .exec();
      return toAccount(doc!);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      return (await this.demo())!;
    }
  }

  async create(name: string, edition: AccountEdition, isDemo = false): Promise<Account> {
    const created = await this.model.create({ _id: newId(), name, edition, isDemo });
    return toAccount(created.toObject());
  }
}

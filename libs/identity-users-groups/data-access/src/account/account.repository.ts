import { Schema, type Connection, type Model } from 'mongoose';
import { newId } from '@fg/tenancy';
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
// Finding the demo account at start-up. Lookups by id use the _id index.
accountSchema.index({ isDemo: 1 });

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
    const doc = await this.model.findOne({ isDemo: true }).lean<AccountDoc>().exec();
    return doc ? toAccount(doc) : null;
  }

  async create(name: string, edition: AccountEdition, isDemo = false): Promise<Account> {
    const created = await this.model.create({ _id: newId(), name, edition, isDemo });
    return toAccount(created.toObject());
  }
}

import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKeyError, newId } from '@fg/tenancy';
import type { Account, AccountEdition, SsoProvider } from './account.entity';

interface AccountDoc {
  _id: string;
  name: string;
  edition: AccountEdition;
  isDemo: boolean;
  /** Part of the account record: an account has a handful at most. */
  ssoProviders?: { _id: string; name: string; ssoType: 'LDAP' | 'SAML' }[];
  createdAt: Date;
}

const accountSchema = new Schema<AccountDoc>(
  {
    _id: { type: String, default: newId },
    name: { type: String, required: true },
    edition: { type: String, enum: ['PAID', 'ESSENTIALS', 'COMMUNITY'], default: 'PAID' },
    isDemo: { type: Boolean, default: false },
    ssoProviders: { type: [{ _id: String, name: String, ssoType: { type: String, enum: ['LDAP', 'SAML'] } }], default: [] },
  },
  { collection: 'accounts', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
// Finding the demo account at start-up; every other lookup is by id (the _id index).
accountSchema.index({ isDemo: 1 });

export const DEMO_ACCOUNT_ID = 'demo-account';

const toAccount = (doc: AccountDoc): Account => ({
  id: doc._id,
  name: doc.name,
  edition: doc.edition,
  isDemo: doc.isDemo,
  ssoProviders: (doc.ssoProviders ?? []).map((provider) => ({ id: provider._id, name: provider.name, ssoType: provider.ssoType })),
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
    const doc = await this.model.findOne({ isDemo: true }).sort({ _id: 1 }).lean<AccountDoc>().exec();
    return doc ? toAccount(doc) : null;
  }

  /**
   * The demo account, created on first call with a fixed id, so concurrent first starts agree on one account. An
   * existing demo account (older installs made theirs with a random id) is kept.
   */
  async ensureDemo(): Promise<Account> {
    const existing = await this.demo();
    if (existing) return existing;
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
      return (await this.byId(DEMO_ACCOUNT_ID))!;
    }
  }

  async create(name: string, edition: AccountEdition, isDemo = false, ssoProviders: Omit<SsoProvider, 'id'>[] = []): Promise<Account> {
    const created = await this.model.create({
      _id: newId(),
      name,
      edition,
      isDemo,
      ssoProviders: ssoProviders.map((provider) => ({ _id: newId(), ...provider })),
    });
    return toAccount(created.toObject());
  }
}

import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';
import type { User } from './user.entity';

interface UserDoc extends AccountOwned {
  name: string;
  email: string;
  isEmailVerified: boolean;
  isTwoFactorAuthenticationEnabled: boolean;
  isUserLocked: boolean;
  isPasswordExpired: boolean;
  isImportedFromIdentityProvider: boolean;
  externalUserId: string | null;
  isDisabled: boolean;
  /** scrypt hash (see password-hash.ts); absent for users who cannot log in with a password. */
  passwordHash?: string | null;
  createdAt: Date;
}

const userSchema = new Schema<UserDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    email: { type: String, required: true, lowercase: true, trim: true },
    isEmailVerified: { type: Boolean, default: false },
    isTwoFactorAuthenticationEnabled: { type: Boolean, default: false },
    isUserLocked: { type: Boolean, default: false },
    isPasswordExpired: { type: Boolean, default: false },
    isImportedFromIdentityProvider: { type: Boolean, default: false },
    externalUserId: { type: String, default: null },
    isDisabled: { type: Boolean, default: false },
    passwordHash: { type: String, default: null },
  },
  { collection: 'users', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
// userByEmail, and one user per email within an account.
userSchema.index({ accountId: 1, email: 1 }, { unique: true });
// userByName.
userSchema.index({ accountId: 1, name: 1 });
// Login by email, before the account is known.
userSchema.index({ email: 1 });

export type NewUser = Pick<User, 'name' | 'email'> & Partial<Pick<User, 'externalUserId' | 'isEmailVerified'>>;

export class UserRepository extends AccountScopedRepository<UserDoc, User> {
  constructor(connection: Connection) {
    super(connection.model<UserDoc>('User', userSchema));
  }

  protected toEntity(doc: UserDoc): User {
    return {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      email: doc.email,
      isEmailVerified: doc.isEmailVerified,
      isTwoFactorAuthenticationEnabled: doc.isTwoFactorAuthenticationEnabled,
      isUserLocked: doc.isUserLocked,
      isPasswordExpired: doc.isPasswordExpired,
      isImportedFromIdentityProvider: doc.isImportedFromIdentityProvider,
      externalUserId: doc.externalUserId ?? null,
      isDisabled: doc.isDisabled,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  create(accountId: string, user: NewUser): Promise<User> {
    return this.insert(accountId, { _id: newId(), ...user } as Omit<UserDoc, 'accountId'>);
  }

  byName(accountId: string, name: string): Promise<User | null> {
    return this.findOne(accountId, { name });
  }

  setPasswordHash(accountId: string, id: string, passwordHash: string): Promise<User | null> {
    return this.updateOne(accountId, { _id: id }, { $set: { passwordHash } });
  }

  /** The stored password hash of the account's user with this email, for login only. */
  async withPasswordHash(accountId: string, email: string): Promise<{ user: User; passwordHash: string | null } | null> {
    const doc = await this.findDocument(accountId, { email: email.trim().toLowerCase() });
    return doc ? { user: this.toEntity(doc), passwordHash: doc.passwordHash ?? null } : null;
  }

  /** The accounts in which a user with this email exists: login by email has to find its account first. */
  async accountsWithEmail(email: string): Promise<string[]> {
    const users = await this.findManyAcrossAccounts(
      { email: email.trim().toLowerCase() },
      'login by email happens before the account is known',
      10,
    );
    return users.map((user) => user.accountId);
  }

  byEmail(accountId: string, email: string): Promise<User | null> {
    return this.findOne(accountId, { email: email.trim().toLowerCase() });
  }
}

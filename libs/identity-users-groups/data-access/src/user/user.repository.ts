import { Schema, type Connection } from 'mongoose';
import { generateSecret, hashSecret } from '@fg/hashed-secrets';
import { AccountScopedRepository, newId, type AccountOwned, type ScopedFilter } from '@fg/tenancy';
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
  /** An open invite: the hash of its one-time token (the token itself is shown once, to whoever invited). */
  inviteTokenHash?: string | null;
  inviteExpiresAt?: Date | null;
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
    // Absent without an open invite, and removed when the invite is accepted.
    inviteTokenHash: { type: String },
    inviteExpiresAt: { type: Date },
  },
  { collection: 'users', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
// userByEmail, and one user per email within an account.
userSchema.index({ accountId: 1, email: 1 }, { unique: true });
// userByName.
userSchema.index({ accountId: 1, name: 1 });
// Login by email, before the account is known.
userSchema.index({ email: 1 });
// users(filters: [{ includeDisabled: false }]), sorted by name (with includeDisabled, the { accountId, name } index).
userSchema.index({ accountId: 1, isDisabled: 1, name: 1 });
// Accepting an invite: the token decides the user. Not unique: tokens are 256 random bits, and most users have none.
userSchema.index({ inviteTokenHash: 1 });

export type NewUser = Pick<User, 'name' | 'email'> & Partial<Pick<User, 'externalUserId' | 'isEmailVerified'>>;

export type UserChanges = Partial<Pick<User, 'name' | 'externalUserId'>>;

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
      isInvitePending: !doc.passwordHash && !!doc.inviteTokenHash,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  create(accountId: string, user: NewUser): Promise<User> {
    return this.insert(accountId, { _id: newId(), ...user } as Omit<UserDoc, 'accountId'>);
  }

  /**
   * Creates a user who cannot log in yet, with a one-time invite token valid for `inviteLifetimeMs`; the token is
   * returned once and only its hash is kept.
   */
  async invite(accountId: string, user: NewUser, inviteLifetimeMs: number): Promise<{ user: User; inviteToken: string }> {
    const inviteToken = generateSecret();
    const created = await this.insert(accountId, {
      _id: newId(),
      ...user,
      inviteTokenHash: hashSecret(inviteToken),
      inviteExpiresAt: new Date(Date.now() + inviteLifetimeMs),
    } as Omit<UserDoc, 'accountId'>);
    return { user: created, inviteToken };
  }

  /**
   * Sets the password of the user this invite token belongs to and closes the invite, in one compare-and-set on the
   * token's hash, so a token works once. Null when the token is unknown, used or expired.
   */
  async acceptInvite(inviteToken: string, passwordHash: string, nowMs = Date.now()): Promise<User | null> {
    const invited = await this.findOneBySecret('inviteTokenHash', inviteToken, 'the invite token decides the user and account');
    if (!invited) return null;
    return this.updateOne(
      invited.accountId,
      { _id: invited.id, inviteTokenHash: hashSecret(inviteToken), inviteExpiresAt: { $gt: new Date(nowMs) } },
      { $set: { passwordHash, isEmailVerified: true }, $unset: { inviteTokenHash: 1, inviteExpiresAt: 1 } },
    );
  }

  list(accountId: string, includeDisabled: boolean, offset: number, count: number): Promise<User[]> {
    return this.findMany(accountId, this.listFilter(includeDisabled), { offset, count, sort: { name: 1, _id: 1 } });
  }

  total(accountId: string, includeDisabled: boolean): Promise<number> {
    return this.count(accountId, this.listFilter(includeDisabled));
  }

  private listFilter(includeDisabled: boolean): ScopedFilter<UserDoc> {
    return includeDisabled ? {} : { isDisabled: false };
  }

  update(accountId: string, id: string, changes: UserChanges): Promise<User | null> {
    return this.updateOne(accountId, { _id: id }, { $set: changes });
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
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

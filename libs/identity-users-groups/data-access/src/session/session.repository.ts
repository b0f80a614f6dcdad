import { Schema, type Connection } from 'mongoose';
import { generateSecret, hashSecret } from '@fg/hashed-secrets';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';

export interface Session {
  id: string;
  accountId: string;
  userId: string;
  expiresAt: number;
}

interface SessionDoc extends AccountOwned {
  userId: string;
  tokenHash: string;
  expiresAt: Date;
}

const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    userId: { type: String, required: true },
    tokenHash: { type: String, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'sessions', timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
// Resolving a bearer token (the token decides the account).
sessionSchema.index({ tokenHash: 1 }, { unique: true });
// Purging expired sessions: expiry is checked on read and purged periodically, not by a TTL index, which the embedded
// development store does not apply.
sessionSchema.index({ expiresAt: 1 });

export class SessionRepository extends AccountScopedRepository<SessionDoc, Session> {
  constructor(connection: Connection) {
    super(connection.model<SessionDoc>('Session', sessionSchema));
  }

  protected toEntity(doc: SessionDoc): Session {
    return { id: doc._id, accountId: doc.accountId, userId: doc.userId, expiresAt: new Date(doc.expiresAt).getTime() };
  }

  /** Opens a session and returns its bearer token, which is stored only as a hash. */
  async open(accountId: string, userId: string, lifetimeMs: number): Promise<{ token: string; session: Session }> {
    const token = generateSecret();
    const session = await this.insert(accountId, {
      _id: newId(),
      userId,
      tokenHash: hashSecret(token),
      expiresAt: new Date(Date.now() + lifetimeMs),
    } as Omit<SessionDoc, 'accountId'>);
    return { token, session };
  }

  async resolve(token: string, nowMs = Date.now()): Promise<Session | null> {
    const session = await this.findOneBySecret('tokenHash', token, 'the presented token decides the account');
    return session && session.expiresAt > nowMs ? session : null;
  }
}

import { Schema, type Connection, type Model } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned } from '@fg/tenancy';
import type { UsageScope } from '../usage-scope/usage-scope';
import type { SecretEvent, SecretType } from './secret-event';

/** A secret as this subgraph knows it from the secrets subgraph's events. */
export interface KnownSecret {
  id: string;
  accountId: string;
  name: string;
  secretType: SecretType;
  usageScope: UsageScope | null;
  scopedToAccount: boolean;
}

interface KnownSecretDoc extends AccountOwned {
  name: string | null;
  secretType: SecretType | null;
  usageScope: UsageScope | null;
  scopedToAccount: boolean;
  /** A deletion is kept as a tombstone, so an older `secret.updated` arriving after it cannot bring the secret back. */
  deleted: boolean;
  /** occurredAt of the last event applied. */
  occurredAt: number;
}

const knownSecretSchema = new Schema<KnownSecretDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    name: { type: String, default: null },
    secretType: { type: String, default: null },
    usageScope: { type: Schema.Types.Mixed, default: null },
    scopedToAccount: { type: Boolean, default: false },
    deleted: { type: Boolean, default: false },
    occurredAt: { type: Number, required: true },
  },
  { collection: 'known_secrets', versionKey: false },
);
// Reference checks read secrets by id within the account: the _id index serves them (the id is the secret's own).

/**
 * The projection of the secrets subgraph's facts that reference checks read, so that checking a secret id never calls
 * another subgraph. It is fed only through apply(event).
 */
export class SecretProjection extends AccountScopedRepository<KnownSecretDoc, KnownSecret | null> {
  private readonly secrets: Model<KnownSecretDoc>;

  constructor(connection: Connection) {
    const model = connection.model<KnownSecretDoc>('KnownSecret', knownSecretSchema);
    super(model);
    this.secrets = model;
  }

  protected toEntity(doc: KnownSecretDoc): KnownSecret | null {
    if (doc.deleted || !doc.name || !doc.secretType) return null;
    return {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      secretType: doc.secretType,
      usageScope: doc.usageScope ?? null,
      scopedToAccount: doc.scopedToAccount ?? false,
    };
  }

  /** The live secrets among the ids, in this account only. */
  async knownSecrets(accountId: string, ids: readonly string[]): Promise<KnownSecret[]> {
    return (await this.byIds(accountId, ids)).filter((secret): secret is KnownSecret => secret !== null);
  }

  /**
   * Applies one event, at most once in effect: a compare-and-set on occurredAt lets only a newer event change the
   * document; an older or repeated one finds no match, and its upsert collides with the existing id and is dropped.
   * Returns whether the event changed the projection.
   */
  async apply(event: SecretEvent): Promise<boolean> {
    const state =
      event.type === 'secret.deleted'
        ? { name: null, secretType: null, usageScope: null, scopedToAccount: false, deleted: true }
        : {
            name: event.secret.name,
            secretType: event.secret.secretType,
            usageScope: event.secret.usageScope ?? null,
            scopedToAccount: event.secret.scopedToAccount,
            deleted: false,
          };
    try {
      const result = await this.secrets
        .updateOne(
          { _id: event.secretId, accountId: event.accountId, occurredAt: { $lt: event.occurredAt } },
          { $set: { ...state, occurredAt: event.occurredAt } },
          { upsert: true },
        )
        .exec();
      return result.modifiedCount + result.upsertedCount > 0;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}

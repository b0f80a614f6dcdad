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
  /** null: usable by the whole account. */
  usageScope: UsageScope | null;
}

interface KnownSecretDoc extends AccountOwned {
  name: string | null;
  secretType: SecretType | null;
  usageScope: UsageScope | null;
  /** A deletion is kept as a tombstone, so an older `secret.updated` arriving after it cannot bring the secret back. */
  deleted: boolean;
  /** eventPosition of the last event applied: the secrets stream's order. */
  position: string;
}

const knownSecretSchema = new Schema<KnownSecretDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    name: { type: String, default: null },
    secretType: { type: String, default: null },
    usageScope: { type: Schema.Types.Mixed, default: null },
    deleted: { type: Boolean, default: false },
    position: { type: String, required: true },
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
    };
  }

  /** The live secrets among the ids, in this account only. */
  async knownSecrets(accountId: string, ids: readonly string[]): Promise<KnownSecret[]> {
    return (await this.byIds(accountId, ids)).filter((secret): secret is KnownSecret => secret !== null);
  }

  /**
   * Applies one event at its stream position (eventPosition), at most once in effect: a compare-and-set on the position
   * lets only a later event change the document; an older or repeated one finds no match, and its upsert collides with
   * the existing id and is dropped. Returns whether the event changed the projection.
   */
  async apply(event: SecretEvent, position: string): Promise<boolean> {
    const { accountId, secretId, name, secretType, usageScope } = event.payload;
    const state =
      event.type === 'secret.deleted'
        ? { name: null, secretType: null, usageScope: null, deleted: true }
        : { name, secretType, usageScope: (usageScope as UsageScope | null) ?? null, deleted: false };
    try {
      const result = await this.secrets
        .updateOne({ _id: secretId, accountId, position: { $lt: position } }, { $set: { ...state, position } }, { upsert: true })
        .exec();
      return result.modifiedCount + result.upsertedCount > 0;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}

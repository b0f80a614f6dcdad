import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned } from '@fg/tenancy';

/** Who, outside this subgraph, uses a secret. */
export interface SecretReferrer {
  /** What kind of thing refers to it, as the publishing subgraph names it (e.g. CONNECTOR, CLOUD_PROVIDER, GIT_SYNC). */
  type: string;
  id: string;
  /** For the error that refuses a delete; the publisher sends the name current at the time of referencing. */
  name: string;
}

/**
 * The facts other subgraphs publish (connectors, cloud providers, git sync) when they start or stop using a secret
 * (domain events `secret.referenced` / `secret.unreferenced`). Applying one twice changes nothing.
 */
export interface SecretReferenceEvent {
  type: 'secret.referenced' | 'secret.unreferenced';
  accountId: string;
  secretId: string;
  referrer: SecretReferrer;
}

interface SecretReferenceDoc extends AccountOwned {
  secretId: string;
  referrerType: string;
  referrerId: string;
  referrerName: string;
  /** False once unreferenced: the row stays as a tombstone, so a late retry of the reference cannot bring it back. */
  active: boolean;
  /** The stream position of the last event applied (eventPosition: sorts in stream order). */
  position: string;
}

const secretReferenceSchema = new Schema<SecretReferenceDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    secretId: { type: String, required: true },
    referrerType: { type: String, required: true },
    referrerId: { type: String, required: true },
    referrerName: { type: String, required: true },
    active: { type: Boolean, required: true },
    position: { type: String, required: true },
  },
  { collection: 'secret_references', timestamps: true, versionKey: false },
);
// deleteSecret's check for referrers in other subgraphs: { accountId, secretId, active: true } sorted by type and name.
secretReferenceSchema.index({ accountId: 1, secretId: 1, active: 1, referrerType: 1, referrerName: 1 });

// One document per (secret, referrer): the same event applied again lands on the same _id.
const referenceId = (accountId: string, secretId: string, referrer: Pick<SecretReferrer, 'type' | 'id'>) =>
  JSON.stringify([accountId, secretId, referrer.type, referrer.id]);

/** This subgraph's projection of other subgraphs' references to its secrets. */
export class SecretReferenceProjection extends AccountScopedRepository<SecretReferenceDoc, SecretReferrer> {
  constructor(connection: Connection) {
    super(connection.model<SecretReferenceDoc>('SecretReference', secretReferenceSchema));
  }

  protected toEntity(doc: SecretReferenceDoc): SecretReferrer {
    return { type: doc.referrerType, id: doc.referrerId, name: doc.referrerName };
  }

  /**
   * Applies an event only if it is newer (by stream position) than the last one applied to the same (secret,
   * referrer): duplicates and late retries change nothing. Insert first; if the row exists, a compare-and-set on
   * its position.
   */
  async apply(event: SecretReferenceEvent, position: string): Promise<void> {
    const _id = referenceId(event.accountId, event.secretId, event.referrer);
    const state = {
      secretId: event.secretId,
      referrerType: event.referrer.type,
      referrerId: event.referrer.id,
      referrerName: event.referrer.name,
      active: event.type === 'secret.referenced',
      position,
    };
    try {
      await this.insert(event.accountId, { _id, ...state });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.updateOne(event.accountId, { _id, position: { $lt: position } }, { $set: state });
    }
  }

  referrers(accountId: string, secretId: string, count = 5): Promise<SecretReferrer[]> {
    return this.findMany(accountId, { secretId, active: true }, { offset: 0, count, sort: { referrerType: 1, referrerName: 1 } });
  }
}

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
 * The facts other subgraphs publish (connectors, cloud providers, git sync) when they start or stop using a secret.
 * Wire contract: never rename a type or a field. Applying one twice changes nothing.
 */
export type SecretReferenceEvent =
  | { type: 'secret.referenced'; accountId: string; secretId: string; referrer: SecretReferrer }
  | { type: 'secret.unreferenced'; accountId: string; secretId: string; referrer: Pick<SecretReferrer, 'type' | 'id'> };

interface SecretReferenceDoc extends AccountOwned {
  secretId: string;
  referrerType: string;
  referrerId: string;
  referrerName: string;
}

const secretReferenceSchema = new Schema<SecretReferenceDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    secretId: { type: String, required: true },
    referrerType: { type: String, required: true },
    referrerId: { type: String, required: true },
    referrerName: { type: String, required: true },
  },
  { collection: 'secret_references', timestamps: true, versionKey: false },
);
// deleteSecret's check for referrers in other subgraphs.
secretReferenceSchema.index({ accountId: 1, secretId: 1, referrerType: 1, referrerName: 1 });

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

  async apply(event: SecretReferenceEvent): Promise<void> {
    const _id = referenceId(event.accountId, event.secretId, event.referrer);
    if (event.type === 'secret.unreferenced') {
      await this.deleteOne(event.accountId, { _id });
      return;
    }
    const { referrer } = event;
    try {
      await this.insert(event.accountId, {
        _id,
        secretId: event.secretId,
        referrerType: referrer.type,
        referrerId: referrer.id,
        referrerName: referrer.name,
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // Already known: keep the referrer's latest name.
      await this.updateOne(event.accountId, { _id }, { $set: { referrerName: referrer.name } });
    }
  }

  referrers(accountId: string, secretId: string, count = 5): Promise<SecretReferrer[]> {
    return this.findMany(accountId, { secretId }, { offset: 0, count, sort: { referrerType: 1, referrerName: 1 } });
  }
}

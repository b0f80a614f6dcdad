import { Schema, type Connection, type Model } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned } from './account-scoped.repository';

/** Who, outside this subgraph, uses one of its entities. */
export interface Referrer {
  /** What kind of thing refers to it, as the publishing subgraph names it (e.g. CONNECTOR, GIT_SYNC). */
  type: string;
  id: string;
  /** For the error that refuses a delete; the publisher sends the name current at the time of referencing. */
  name: string;
}

/** One fact another subgraph published: its entity started (or stopped) using the target entity here. */
export interface ReferenceChange {
  accountId: string;
  targetId: string;
  referrer: Referrer;
  referenced: boolean;
}

interface ReferenceDoc extends AccountOwned {
  targetId: string;
  referrerType: string;
  referrerId: string;
  referrerName: string;
  /** False once unreferenced: the row stays as a tombstone, so a late retry of the reference cannot bring it back. */
  active: boolean;
  /** The stream position of the last event applied (eventPosition: sorts in stream order). */
  position: string;
}

function referenceModel(connection: Connection, modelName: string, collection: string): Model<ReferenceDoc> {
  // A second projection over the same connection (a spec's, say) uses the model the first one registered.
  const registered = connection.models[modelName] as Model<ReferenceDoc> | undefined;
  if (registered) return registered;
  const schema = new Schema<ReferenceDoc>(
    {
      _id: { type: String, required: true },
      accountId: { type: String, required: true },
      targetId: { type: String, required: true },
      referrerType: { type: String, required: true },
      referrerId: { type: String, required: true },
      referrerName: { type: String, required: true },
      active: { type: Boolean, required: true },
      position: { type: String, required: true },
    },
    { collection, timestamps: true, versionKey: false },
  );
  // A delete's check for referrers in other subgraphs: { accountId, targetId, active: true } sorted by type and name.
  schema.index({ accountId: 1, targetId: 1, active: 1, referrerType: 1, referrerName: 1 });
  return connection.model<ReferenceDoc>(modelName, schema);
}

// One document per (target, referrer): the same event applied again lands on the same _id.
const referenceId = ({ accountId, targetId, referrer }: ReferenceChange) => JSON.stringify([accountId, targetId, referrer.type, referrer.id]);

/**
 * A subgraph's projection of other subgraphs' references to its entities, fed by their `*.referenced` /
 * `*.unreferenced` domain events, so it can refuse deleting what something elsewhere still uses. Applying an event twice,
 * or an older one after a newer, changes nothing.
 */
export class ReferenceProjection extends AccountScopedRepository<ReferenceDoc, Referrer> {
  constructor(connection: Connection, names: { model: string; collection: string }) {
    super(referenceModel(connection, names.model, names.collection));
  }

  protected toEntity(doc: ReferenceDoc): Referrer {
    return { type: doc.referrerType, id: doc.referrerId, name: doc.referrerName };
  }

  /**
   * Applies a change only if it is newer (by stream position) than the last one applied to the same (target, referrer):
   * insert first; if the row exists, a compare-and-set on its position.
   */
  async record(change: ReferenceChange, position: string): Promise<void> {
    const _id = referenceId(change);
    const state = {
      targetId: change.targetId,
      referrerType: change.referrer.type,
      referrerId: change.referrer.id,
      referrerName: change.referrer.name,
      active: change.referenced,
      position,
    };
    try {
      await this.insert(change.accountId, { _id, ...state });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.updateOne(change.accountId, { _id, position: { $lt: position } }, { $set: state });
    }
  }

  /** Who still uses the target, by type and name (the first `count`, for an error message). */
  referrersOf(accountId: string, targetId: string, count = 5): Promise<Referrer[]> {
    return this.findMany(accountId, { targetId, active: true }, { offset: 0, count, sort: { referrerType: 1, referrerName: 1 } });
  }
}

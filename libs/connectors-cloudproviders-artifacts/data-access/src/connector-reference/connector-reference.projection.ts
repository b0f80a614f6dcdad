import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned } from '@fg/tenancy';

/** Who, outside this subgraph, uses a connector. */
export interface ConnectorReferrer {
  /** What kind of thing refers to it, as the publishing subgraph names it (e.g. GIT_SYNC). */
  type: string;
  id: string;
  /** For the error that refuses a delete; the publisher sends the name current at the time of referencing. */
  name: string;
}

/**
 * The facts other subgraphs publish (apps-services' git sync) when they start or stop using a connector (domain events
 * `connector.referenced` / `connector.unreferenced`). Applying one twice changes nothing.
 */
export interface ConnectorReferenceEvent {
  type: 'connector.referenced' | 'connector.unreferenced';
  accountId: string;
  connectorId: string;
  referrer: ConnectorReferrer;
}

interface ConnectorReferenceDoc extends AccountOwned {
  connectorId: string;
  referrerType: string;
  referrerId: string;
  referrerName: string;
  /** False once unreferenced: the row stays as a tombstone, so a late retry of the reference cannot bring it back. */
  active: boolean;
  /** The stream position of the last event applied (eventPosition: sorts in stream order). */
  position: string;
}

const connectorReferenceSchema = new Schema<ConnectorReferenceDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    connectorId: { type: String, required: true },
    referrerType: { type: String, required: true },
    referrerId: { type: String, required: true },
    referrerName: { type: String, required: true },
    active: { type: Boolean, required: true },
    position: { type: String, required: true },
  },
  { collection: 'connector_references', timestamps: true, versionKey: false },
);
// deleteConnector's check for referrers in other subgraphs: { accountId, connectorId, active: true } sorted by type and name.
connectorReferenceSchema.index({ accountId: 1, connectorId: 1, active: 1, referrerType: 1, referrerName: 1 });

// One document per (connector, referrer): the same event applied again lands on the same _id.
const referenceId = (accountId: string, connectorId: string, referrer: Pick<ConnectorReferrer, 'type' | 'id'>) =>
  JSON.stringify([accountId, connectorId, referrer.type, referrer.id]);

/** This subgraph's projection of other subgraphs' references to its connectors. */
export class ConnectorReferenceProjection extends AccountScopedRepository<ConnectorReferenceDoc, ConnectorReferrer> {
  constructor(connection: Connection) {
    super(connection.model<ConnectorReferenceDoc>('ConnectorReference', connectorReferenceSchema));
  }

  protected toEntity(doc: ConnectorReferenceDoc): ConnectorReferrer {
    return { type: doc.referrerType, id: doc.referrerId, name: doc.referrerName };
  }

  /**
   * Applies an event only if it is newer (by stream position) than the last one applied to the same (connector,
   * referrer): duplicates and late retries change nothing. Insert first; if the row exists, a compare-and-set on its
   * position.
   */
  async apply(event: ConnectorReferenceEvent, position: string): Promise<void> {
    const _id = referenceId(event.accountId, event.connectorId, event.referrer);
    const state = {
      connectorId: event.connectorId,
      referrerType: event.referrer.type,
      referrerId: event.referrer.id,
      referrerName: event.referrer.name,
      active: event.type === 'connector.referenced',
      position,
    };
    try {
      await this.insert(event.accountId, { _id, ...state });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      await this.updateOne(event.accountId, { _id, position: { $lt: position } }, { $set: state });
    }
  }

  referrers(accountId: string, connectorId: string, count = 5): Promise<ConnectorReferrer[]> {
    return this.findMany(accountId, { connectorId, active: true }, { offset: 0, count, sort: { referrerType: 1, referrerName: 1 } });
  }
}

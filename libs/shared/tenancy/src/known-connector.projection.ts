import { Schema, type Connection, type Model } from 'mongoose';
import type { DomainEvent, EventHandlers } from '@fg/domain-events';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned } from './account-scoped.repository';

/** A connector of the account as connectors-cloudproviders-artifacts tells of it. */
export interface KnownConnector {
  id: string;
  accountId: string;
  name: string;
  /** The reference's ConnectorType (GIT, DOCKER, …). */
  type: string;
}

/** connector.created is published again when a connector's name changes. */
export type ConnectorEvent = DomainEvent<'connector.created' | 'connector.deleted'>;

interface KnownConnectorDoc extends AccountOwned {
  name: string;
  type: string;
  /** A tombstone: a late redelivery of the creation must not bring a deleted connector back. */
  deleted: boolean;
  /** eventPosition of the last event applied: only a later one changes the document. */
  position: string;
}

/** _id is the connector's own id, so every event of a connector lands on the same document. */
const knownConnectorSchema = new Schema<KnownConnectorDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    type: { type: String, required: true },
    deleted: { type: Boolean, required: true },
    position: { type: String, required: true },
  },
  { collection: 'known_connectors', versionKey: false },
);
// Every read and every event application is by { _id (one or a batch), accountId }: the _id index serves them.

function knownConnectorModel(connection: Connection): Model<KnownConnectorDoc> {
  return (connection.models.KnownConnector as Model<KnownConnectorDoc> | undefined) ?? connection.model<KnownConnectorDoc>('KnownConnector', knownConnectorSchema);
}

/**
 * The account's connectors, fed by connectors-cloudproviders-artifacts' events, for a subgraph that must check a
 * connector it is given (git sync, webhook triggers) without calling that subgraph. An event applies only past the
 * position its document holds (one compare-and-set), so redeliveries and late retries change nothing.
 */
export class KnownConnectorProjection extends AccountScopedRepository<KnownConnectorDoc, KnownConnector> {
  private readonly connectors: Model<KnownConnectorDoc>;

  constructor(connection: Connection) {
    const connectors = knownConnectorModel(connection);
    super(connectors);
    this.connectors = connectors;
  }

  protected toEntity(doc: KnownConnectorDoc): KnownConnector {
    return { id: doc._id, accountId: doc.accountId, name: doc.name, type: doc.type };
  }

  /** `position` is the event's eventPosition in its stream. */
  async apply(event: ConnectorEvent, position: string): Promise<void> {
    const { accountId, connectorId, name, connectorType } = event.payload;
    const deleted = event.type === 'connector.deleted';
    try {
      await this.connectors
        .updateOne({ _id: connectorId, accountId, position: { $lt: position } }, { $set: { name, type: connectorType, deleted, position } }, { upsert: true })
        .exec();
    } catch (error) {
      // The document exists with a later position (or under another account): this event changes nothing.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  byId(accountId: string, id: string): Promise<KnownConnector | null> {
    return this.findOne(accountId, { _id: id, deleted: false });
  }

  /** The live connectors of these ids (tombstones left out). */
  liveByIds(accountId: string, ids: readonly string[]): Promise<KnownConnector[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.findMany(accountId, { _id: { $in: [...ids] }, deleted: false }, { offset: 0, count: ids.length, sort: { _id: 1 } });
  }
}

/** The handlers a subscription feeds the connector projection with. */
export function connectorEventHandlers(connectors: KnownConnectorProjection): EventHandlers {
  const apply = (event: ConnectorEvent, { position }: { position: string }) => connectors.apply(event, position);
  return { 'connector.created': apply, 'connector.deleted': apply };
}

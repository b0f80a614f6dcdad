import type { Connection } from 'mongoose';
import { isDuplicateKeyError, type ScopedFilter } from '@fg/tenancy';
import { BulkScopedRepository } from '../shared/bulk-scoped.repository';
import type { ConnectorEvent, KnownConnector } from './known-connector.entity';
import { knownConnectorSchema, type KnownConnectorDoc } from './known-connector.schema';

/**
 * The connectors of each account, kept from connector.created / connector.deleted events, so that git sync can check
 * that a connector exists without calling another subgraph. An event applies only when its position is past the one
 * stored (one compare-and-set), so a redelivered or late event changes nothing.
 */
export class KnownConnectorProjection extends BulkScopedRepository<KnownConnectorDoc, KnownConnector> {
  constructor(connection: Connection) {
    super(connection.model<KnownConnectorDoc>('KnownConnector', knownConnectorSchema));
  }

  protected toEntity(doc: KnownConnectorDoc): KnownConnector {
    return { id: doc._id, accountId: doc.accountId, name: doc.name, type: doc.type };
  }

  /** `position` is the event's eventPosition in its stream. */
  async apply(event: ConnectorEvent, position: string): Promise<void> {
    const { connectorId, name, connectorType } = event.payload;
    const olderThanThis = { _id: connectorId, position: { $lt: position } } as ScopedFilter<KnownConnectorDoc>;
    try {
      await this.upsertOne(event.accountId, olderThanThis, {
        $set: { name, type: connectorType, position, deleted: event.type === 'connector.deleted' },
      });
    } catch (error) {
      // The document exists with a position at or past this one: a newer event was applied already.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  byId(accountId: string, id: string): Promise<KnownConnector | null> {
    return this.findOne(accountId, { _id: id, deleted: false });
  }
}

import type { Connection } from 'mongoose';
import type { ScopedFilter } from '@fg/tenancy';
import { BulkScopedRepository } from '../shared/bulk-scoped.repository';
import type { ConnectorEvent, KnownConnector } from './known-connector.entity';
import { knownConnectorSchema, type KnownConnectorDoc } from './known-connector.schema';

/**
 * The connectors of each account, kept from connector.created / connector.deleted events, so that git sync can check
 * that a connector exists without calling another subgraph. Applying an event twice changes nothing.
 */
export class KnownConnectorProjection extends BulkScopedRepository<KnownConnectorDoc, KnownConnector> {
  constructor(connection: Connection) {
    super(connection.model<KnownConnectorDoc>('KnownConnector', knownConnectorSchema));
  }

  protected toEntity(doc: KnownConnectorDoc): KnownConnector {
    return { id: doc._id, accountId: doc.accountId, name: doc.name, type: doc.type };
  }

  async apply(event: ConnectorEvent): Promise<void> {
    const byId = { _id: event.connectorId } as ScopedFilter<KnownConnectorDoc>;
    if (event.type === 'connector.created') {
      await this.upsertOne(event.accountId, byId, { $set: { name: event.name, type: event.connectorType } });
    } else {
      await this.deleteMany(event.accountId, byId);
    }
  }

  byId(accountId: string, id: string): Promise<KnownConnector | null> {
    return this.findOne(accountId, { _id: id });
  }
}

import type { Connection } from 'mongoose';
import { ReferenceProjection, type Referrer } from '@fg/tenancy';

/** Who, outside this subgraph, uses a connector (apps-services' git sync configs). */
export type ConnectorReferrer = Referrer;

/** What other subgraphs publish when they start or stop using a connector (`connector.referenced` / `.unreferenced`). */
export interface ConnectorReferenceEvent {
  type: 'connector.referenced' | 'connector.unreferenced';
  accountId: string;
  connectorId: string;
  referrer: ConnectorReferrer;
}

/** This subgraph's projection of other subgraphs' references to its connectors (deleteConnector refuses while active). */
export class ConnectorReferenceProjection {
  private readonly references: ReferenceProjection;

  constructor(connection: Connection) {
    this.references = new ReferenceProjection(connection, { model: 'ConnectorReference', collection: 'connector_references' });
  }

  apply(event: ConnectorReferenceEvent, position: string): Promise<void> {
    const { accountId, connectorId, referrer } = event;
    return this.references.record({ accountId, targetId: connectorId, referrer, referenced: event.type === 'connector.referenced' }, position);
  }

  referrers(accountId: string, connectorId: string, count = 5): Promise<ConnectorReferrer[]> {
    return this.references.referrersOf(accountId, connectorId, count);
  }
}

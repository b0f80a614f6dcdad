import { connectorReferencePublisher, type ConnectorReferencePublisher as Publisher, type DomainEventPublisher } from '@fg/domain-events';

/** The application whose git sync config uses a connector, as the connectors subgraph names it in a refusal. */
export interface GitSyncReferrer {
  accountId: string;
  appId: string;
  appName: string;
}

/** Announces which Git connector an application's git sync config uses. Published after the store write succeeded. */
export type ConnectorReferencePublisher = Publisher<GitSyncReferrer>;

export function domainConnectorReferenceEvents(publisher: DomainEventPublisher): ConnectorReferencePublisher {
  return connectorReferencePublisher(publisher, {
    describe: ({ accountId, appId, appName }) => ({ accountId, referrer: { type: 'GIT_SYNC', id: appId, name: appName } }),
  });
}

import { createDomainEvent, EVENT_TYPES, type DomainEventPublisher } from '@fg/domain-events';

/** The application whose git sync config uses a connector, as the connectors subgraph names it in a refusal. */
export interface GitSyncReferrer {
  accountId: string;
  appId: string;
  appName: string;
}

/**
 * Announces which Git connector an application's git sync config uses, so connectors-cloudproviders-artifacts can
 * refuse deleting a connector still in use without calling here. Published after the store write succeeded.
 */
export interface ConnectorReferencePublisher {
  referenced(referrer: GitSyncReferrer, connectorId: string): Promise<void>;
  unreferenced(referrer: GitSyncReferrer, connectorId: string): Promise<void>;
}

const payloadOf = (referrer: GitSyncReferrer, connectorId: string) => ({
  accountId: referrer.accountId,
  connectorId,
  referrer: { type: 'GIT_SYNC', id: referrer.appId, name: referrer.appName },
});

export function domainConnectorReferenceEvents(publisher: DomainEventPublisher): ConnectorReferencePublisher {
  return {
    async referenced(referrer, connectorId) {
      await publisher.publish(createDomainEvent(EVENT_TYPES.connectorReferenced, payloadOf(referrer, connectorId)));
    },
    async unreferenced(referrer, connectorId) {
      await publisher.publish(createDomainEvent(EVENT_TYPES.connectorUnreferenced, payloadOf(referrer, connectorId)));
    },
  };
}

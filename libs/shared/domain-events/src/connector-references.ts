import { createDomainEvent } from './domain-event';
import type { DomainEventPublisher } from './domain-event-publisher';
import { EVENT_TYPES, type ConnectorReferenceV1 } from './domain-events.contract';

/** One kind of entity of another subgraph that uses connectors (a git sync config, a trigger, …). */
export interface ConnectorReferrerKind<R> {
  /** The referrer's account, and how the connectors subgraph names it when it refuses a delete. */
  describe(referrer: R): { accountId: string; referrer: ConnectorReferenceV1['referrer'] };
}

/** Announces that a referrer starts or stops using a connector, after the write that made it so. */
export interface ConnectorReferencePublisher<R> {
  referenced(referrer: R, connectorId: string): Promise<void>;
  unreferenced(referrer: R, connectorId: string): Promise<void>;
}

/**
 * connector.referenced / connector.unreferenced for one kind of referrer, so connectors-cloudproviders-artifacts can
 * refuse deleting a connector in use without calling the referrer's subgraph.
 */
export function connectorReferencePublisher<R>(publisher: Pick<DomainEventPublisher, 'publish'>, kind: ConnectorReferrerKind<R>): ConnectorReferencePublisher<R> {
  const payloadOf = (referrer: R, connectorId: string) => {
    const { accountId, referrer: named } = kind.describe(referrer);
    return { accountId, connectorId, referrer: named };
  };
  return {
    async referenced(referrer, connectorId) {
      await publisher.publish(createDomainEvent(EVENT_TYPES.connectorReferenced, payloadOf(referrer, connectorId)));
    },
    async unreferenced(referrer, connectorId) {
      await publisher.publish(createDomainEvent(EVENT_TYPES.connectorUnreferenced, payloadOf(referrer, connectorId)));
    },
  };
}

/** The same announcements, where a failed publish is logged instead of failing the request whose write already stands. */
export function loggedConnectorReferences<R>(events: ConnectorReferencePublisher<R>, logger: { error(obj: object, msg: string): void }): ConnectorReferencePublisher<R> {
  const log = (connectorId: string) => (error: unknown) => logger.error({ err: error, connectorId }, 'a connector reference event could not be published');
  return {
    referenced: (referrer, connectorId) => events.referenced(referrer, connectorId).catch(log(connectorId)),
    unreferenced: (referrer, connectorId) => events.unreferenced(referrer, connectorId).catch(log(connectorId)),
  };
}

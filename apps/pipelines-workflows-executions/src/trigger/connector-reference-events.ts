import { createDomainEvent, EVENT_TYPES, type DomainEventPublisher } from '@fg/domain-events';

/** The trigger that uses a git connector, as the connectors subgraph names it in a refusal. */
export interface TriggerReferrer {
  accountId: string;
  triggerId: string;
  triggerName: string;
}

/**
 * Announces which git connector a webhook trigger uses, so connectors-cloudproviders-artifacts refuses deleting one in
 * use without calling here. Published after the store write succeeded; a failure is logged, not the request's.
 */
export interface ConnectorReferencePublisher {
  referenced(referrer: TriggerReferrer, connectorId: string): Promise<void>;
  unreferenced(referrer: TriggerReferrer, connectorId: string): Promise<void>;
}

const payloadOf = (referrer: TriggerReferrer, connectorId: string) => ({
  accountId: referrer.accountId,
  connectorId,
  referrer: { type: 'TRIGGER', id: referrer.triggerId, name: referrer.triggerName },
});

export function triggerConnectorReferences(publisher: Pick<DomainEventPublisher, 'publish'>, logger: { error(obj: object, msg: string): void }): ConnectorReferencePublisher {
  const publish = (event: Parameters<DomainEventPublisher['publish']>[0], connectorId: string) =>
    publisher.publish(event).then(
      () => undefined,
      (error: unknown) => logger.error({ err: error, connectorId, type: event.type }, 'a connector reference event could not be published'),
    );
  return {
    referenced: (referrer, connectorId) => publish(createDomainEvent(EVENT_TYPES.connectorReferenced, payloadOf(referrer, connectorId)), connectorId),
    unreferenced: (referrer, connectorId) => publish(createDomainEvent(EVENT_TYPES.connectorUnreferenced, payloadOf(referrer, connectorId)), connectorId),
  };
}

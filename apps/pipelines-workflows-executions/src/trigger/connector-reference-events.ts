import {
  connectorReferencePublisher,
  loggedConnectorReferences,
  type ConnectorReferencePublisher as Publisher,
  type DomainEventPublisher,
} from '@fg/domain-events';

/** The trigger that uses a git connector, as the connectors subgraph names it in a refusal. */
export interface TriggerReferrer {
  accountId: string;
  triggerId: string;
  triggerName: string;
}

/** Announces which git connector a webhook trigger uses. */
export type ConnectorReferencePublisher = Publisher<TriggerReferrer>;

/** The announcements themselves: a failed publish rejects (for work that is retried until it got through). */
export function triggerConnectorReferenceEvents(publisher: Pick<DomainEventPublisher, 'publish'>): ConnectorReferencePublisher {
  return connectorReferencePublisher(publisher, {
    describe: ({ accountId, triggerId, triggerName }) => ({ accountId, referrer: { type: 'TRIGGER', id: triggerId, name: triggerName } }),
  });
}

/** The announcements a request makes after its write: a failure is logged, not the request's. */
export function triggerConnectorReferences(publisher: Pick<DomainEventPublisher, 'publish'>, logger: { error(obj: object, msg: string): void }): ConnectorReferencePublisher {
  return loggedConnectorReferences(triggerConnectorReferenceEvents(publisher), logger);
}

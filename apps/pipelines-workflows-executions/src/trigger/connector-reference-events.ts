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

/** Announces which git connector a webhook trigger uses; a failure is logged, not the request's. */
export type ConnectorReferencePublisher = Publisher<TriggerReferrer>;

export function triggerConnectorReferences(publisher: Pick<DomainEventPublisher, 'publish'>, logger: { error(obj: object, msg: string): void }): ConnectorReferencePublisher {
  const events = connectorReferencePublisher(publisher, {
    describe: ({ accountId, triggerId, triggerName }) => ({ accountId, referrer: { type: 'TRIGGER', id: triggerId, name: triggerName } }),
  });
  return loggedConnectorReferences(events, logger);
}

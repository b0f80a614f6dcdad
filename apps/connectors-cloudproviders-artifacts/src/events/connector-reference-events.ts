import { DomainEventSubscriber, type DomainEvent } from '@fg/domain-events';
import type { ConnectorReferenceProjection } from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { SecretEventsOptions } from './secret-events';

type ReferenceEvent = DomainEvent<'connector.referenced' | 'connector.unreferenced'>;

/** Feeds the connector reference projection (what deleteConnector checks) from other subgraphs' events; close the answer at shutdown. */
export async function subscribeToConnectorReferenceEvents(
  projection: ConnectorReferenceProjection,
  options: SecretEventsOptions,
): Promise<DomainEventSubscriber> {
  const subscriber = new DomainEventSubscriber({ redisUrl: options.redisUrl, keyPrefix: options.keyPrefix, logger: options.logger });
  const apply = async ({ type, payload }: ReferenceEvent, { position }: { position: string }) => {
    await projection.apply({ type, ...payload }, position);
  };
  await subscriber.subscribe({
    group: options.group,
    consumer: options.consumer,
    handlers: { 'connector.referenced': apply, 'connector.unreferenced': apply },
  });
  return subscriber;
}

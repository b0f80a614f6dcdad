import { DomainEventSubscriber, type EventsLogger } from '@fg/domain-events';
import type { SecretProjection } from '@fg/connectors-cloudproviders-artifacts/data-access';

export interface SecretEventsOptions {
  redisUrl: string;
  keyPrefix: string;
  group: string;
  consumer: string;
  logger: EventsLogger;
}

/** Feeds the secret projection from the secrets subgraph's events; close the answer at shutdown. */
export async function subscribeToSecretEvents(projection: SecretProjection, options: SecretEventsOptions): Promise<DomainEventSubscriber> {
  const subscriber = new DomainEventSubscriber({ redisUrl: options.redisUrl, keyPrefix: options.keyPrefix, logger: options.logger });
  const apply = async (event: Parameters<SecretProjection['apply']>[0], { position }: { position: string }) => {
    await projection.apply(event, position);
  };
  await subscriber.subscribe({
    group: options.group,
    consumer: options.consumer,
    handlers: { 'secret.created': apply, 'secret.updated': apply, 'secret.deleted': apply },
  });
  return subscriber;
}

// Domain events between subgraphs, over Redis Streams: a subgraph publishes facts about its entities after storing
// them; another keeps a projection of the facts it needs for validation, fed by a consumer group of its own.
//   const publisher = new DomainEventPublisher(redis, { keyPrefix: env.REDIS_KEY_PREFIX });
//   await publisher.publish(createDomainEvent(EVENT_TYPES.secretCreated, { accountId, secretId, … }));
//   const subscriber = new DomainEventSubscriber({ redisUrl, keyPrefix, logger });
//   await subscriber.subscribe({ group: 'connectors-cloudproviders-artifacts', consumer: podId(), handlers: { … } });
//   await subscriber.close(); // at shutdown
// Delivery is at least once: handlers must be idempotent (eventPosition).
export {
  EVENT_TYPES,
  CURRENT_VERSIONS,
  EVENT_STREAMS,
  STREAM_KEY_PREFIX,
  DEAD_LETTER_STREAM,
  EVENT_FIELD,
  PAYLOAD_SCHEMAS,
  isDomainEventType,
  streamKey,
  deadLetterKey,
  type DomainEvent,
  type DomainEventType,
  type DomainEventVersions,
  type DomainEventEnvelope,
  type CurrentPayload,
  type SecretEventV1,
  type SecretReferenceV1,
  type UsageScopeV1,
  type ConnectorEventV1,
  type CloudProviderEventV1,
  type ArtifactCollectedV1,
  type ArtifactSourceEventV1,
  type TagEventV1,
  type ExecutionEndedV1,
  type ExecutionEndedV2,
  type ApplicationEventV1,
  type ServiceEventV1,
  type EnvironmentEventV1,
  type InfrastructureDefinitionEventV1,
} from './domain-events.contract';
export { createDomainEvent, validateDomainEvent, type DecodedEvent } from './domain-event';
export { DomainEventPublisher, DEFAULT_STREAM_MAX_LENGTH, createEventsRedis, type DomainEventPublisherOptions } from './domain-event-publisher';
export {
  DomainEventSubscriber,
  type DomainEventSubscriberOptions,
  type SubscriptionOptions,
  type EventHandler,
  type EventHandlers,
  type EventContext,
  type EventsLogger,
} from './domain-event-subscriber';
export { eventPosition } from './event-position';
export {
  connectorReferencePublisher,
  loggedConnectorReferences,
  type ConnectorReferencePublisher,
  type ConnectorReferrerKind,
} from './connector-references';

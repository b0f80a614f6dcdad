import { createDomainEvent, EVENT_TYPES, type DomainEventPublisher } from '@fg/domain-events';
import type { TagLink } from '@fg/apps-services/data-access';

/**
 * Announces tag links as facts other subgraphs keep projections of (pipelines-workflows-executions filters workflows
 * and pipelines by tag without calling here). Published after the store write succeeded.
 */
export interface TagEventPublisher {
  attached(link: TagLink): Promise<void>;
  detached(links: TagLink[]): Promise<void>;
}

/** The contract's TagEventV1 has no null: a link kept without an application announces an empty appId. */
function payloadOf(link: TagLink) {
  return {
    accountId: link.accountId,
    entityType: link.entityType,
    entityId: link.entityId,
    appId: link.appId ?? '',
    name: link.name,
    value: link.value,
  };
}

export function domainTagEvents(publisher: DomainEventPublisher): TagEventPublisher {
  return {
    async attached(link) {
      await publisher.publish(createDomainEvent(EVENT_TYPES.tagAttached, payloadOf(link)));
    },
    async detached(links) {
      // One at a time, in order: a cascade's events stay in the order the links were removed.
      for (const link of links) await publisher.publish(createDomainEvent(EVENT_TYPES.tagDetached, payloadOf(link)));
    },
  };
}

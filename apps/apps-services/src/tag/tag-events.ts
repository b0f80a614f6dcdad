import type { TagEntityType } from '@fg/apps-services/data-access';

/**
 * Facts other subgraphs keep projections of (pipelines-workflows-executions filters workflows and pipelines by tag
 * without calling here). The wire type moves to @fg/domain-events when that lands; names and fields never change meaning.
 */
export type TagEvent =
  | { type: 'tag.attached'; accountId: string; entityType: TagEntityType; entityId: string; appId: string | null; name: string; value: string }
  | { type: 'tag.detached'; accountId: string; entityType: TagEntityType; entityId: string; appId: string | null; name: string };

export interface TagEventPublisher {
  publish(event: TagEvent): Promise<void>;
}

/** Until the domain-events publisher is wired in, tag links are recorded here and not yet announced. */
export const tagEventsNotYetPublished: TagEventPublisher = { publish: async () => undefined };

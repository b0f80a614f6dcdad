import type { DomainEvent } from '@fg/domain-events';

/** The entity types whose tags this subgraph filters on: workflows and pipelines, by their own or their application's. */
// Services' and environments' tags answer the executions' SERVICE and ENVIRONMENT deployment tag filters; triggers'
// (TRIGGER, an Extension value of apps-services' TagEntityType) answer Trigger.tags.
export const PROJECTED_TAG_ENTITY_TYPES = ['APPLICATION', 'SERVICE', 'ENVIRONMENT', 'WORKFLOW', 'PIPELINE', 'TRIGGER'] as const;
export type ProjectedTagEntityType = (typeof PROJECTED_TAG_ENTITY_TYPES)[number];

/** A tag attached in apps-services (which owns tags) to one of the projected entity types. */
export interface TagLinkView {
  entityType: ProjectedTagEntityType;
  entityId: string;
  name: string;
  /** Empty for a tag without a value. */
  value: string;
}

/** One tag of a filter; a null value matches every value of the name. */
export interface TagMatch {
  name: string;
  value: string | null;
}

export type TagEvent = DomainEvent<'tag.attached' | 'tag.detached'>;

import type { DomainEvent } from '@fg/domain-events';

/** The entity types whose tags this subgraph filters on: workflows and pipelines, by their own or their application's. */
// Services' and environments' tags answer the executions' SERVICE and ENVIRONMENT deployment tag filters.
export const PROJECTED_TAG_ENTITY_TYPES = ['APPLICATION', 'SERVICE', 'ENVIRONMENT', 'WORKFLOW', 'PIPELINE'] as const;
export type ProjectedTagEntityType = (typeof PROJECTED_TAG_ENTITY_TYPES)[number];

/** A tag attached in apps-services (which owns tags) to an application, a workflow or a pipeline. */
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

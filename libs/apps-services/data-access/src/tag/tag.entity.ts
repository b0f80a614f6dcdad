/** The entity types a tag can be attached to: the reference's TagEntityType, plus TRIGGER (an Extension). */
export type TagEntityType = 'APPLICATION' | 'SERVICE' | 'ENVIRONMENT' | 'WORKFLOW' | 'PIPELINE' | 'PROVISIONER' | 'TRIGGER';

/** A tag definition: a name used in the account. */
export interface TagDefinition {
  id: string;
  accountId: string;
  name: string;
  createdById: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
}

/** A tag attached to one entity, with its value. */
export interface TagLink {
  id: string;
  accountId: string;
  entityType: TagEntityType;
  entityId: string;
  /** The application the entity belongs to (itself for an application); null when not known here. */
  appId: string | null;
  name: string;
  value: string;
  createdAt: number;
}

/** One tag of a tag filter: a name, and a value unless any value matches. */
export interface TagMatch {
  name: string;
  value?: string | null;
}

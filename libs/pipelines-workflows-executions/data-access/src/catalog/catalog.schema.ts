import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';

export type CatalogKind = 'APPLICATION' | 'SERVICE' | 'ENVIRONMENT' | 'INFRASTRUCTURE_DEFINITION';

/**
 * One document per apps-services entity, whatever its kind: `_id` is `<kind>:<account id>:<entity id>`, so every event of an entity
 * lands on the same document. Fields a kind does not have stay null.
 */
export interface CatalogDoc extends AccountOwned {
  kind: CatalogKind;
  entityId: string;
  /** The owning application (an application's own id for an application). */
  appId: string;
  name: string;
  environmentId: string | null;
  environmentType: string | null;
  deploymentType: string | null;
  artifactType: string | null;
  cloudProviderId: string | null;
  scopedToServices: string[];
  disableTriggers: boolean;
  isManualTriggerAuthorized: boolean;
  areWebHookSecretsMandated: boolean;
  /** eventPosition of the last event applied: an older or repeated event changes nothing. */
  position: string;
  /** A tombstone: a late retry of the creation cannot bring a deleted entity back. */
  deleted: boolean;
}

export const catalogSchema = new Schema<CatalogDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    kind: { type: String, required: true },
    entityId: { type: String, required: true },
    appId: { type: String, required: true },
    name: { type: String, required: true },
    environmentId: { type: String, default: null },
    environmentType: { type: String, default: null },
    deploymentType: { type: String, default: null },
    artifactType: { type: String, default: null },
    cloudProviderId: { type: String, default: null },
    scopedToServices: { type: [String], default: () => [] },
    disableTriggers: { type: Boolean, default: false },
    isManualTriggerAuthorized: { type: Boolean, default: false },
    areWebHookSecretsMandated: { type: Boolean, default: false },
    position: { type: String, required: true },
    deleted: { type: Boolean, default: false },
  },
  { collection: 'catalog', versionKey: false },
);
// serviceByName / environmentByName / infrastructureDefinitionByName: an application's live entity of a kind by name.
catalogSchema.index({ accountId: 1, kind: 1, appId: 1, name: 1 });
// Lookups by id and event applications are by { _id, accountId }, served by the _id index.

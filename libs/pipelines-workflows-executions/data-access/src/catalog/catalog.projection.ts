import type { Connection, Model } from 'mongoose';
import type { EventHandlers } from '@fg/domain-events';
import { AccountScopedRepository, isDuplicateKeyError, type ScopedFilter } from '@fg/tenancy';
import type {
  CatalogApplication,
  CatalogEnvironment,
  CatalogEnvironmentType,
  CatalogEvent,
  CatalogInfrastructureDefinition,
  CatalogService,
} from './catalog.entity';
import { catalogSchema, type CatalogDoc, type CatalogKind } from './catalog.schema';

// The account is part of the key, so no two accounts' entities can ever share a document, whatever their ids.
const keyOf = (accountId: string, kind: CatalogKind, entityId: string) => `${kind}:${accountId}:${entityId}`;

type CatalogState = Omit<CatalogDoc, '_id' | 'accountId' | 'position' | 'deleted'>;

const NO_FIELDS = {
  environmentId: null,
  environmentType: null,
  deploymentType: null,
  artifactType: null,
  cloudProviderId: null,
  scopedToServices: [] as string[],
  disableTriggers: false,
  isManualTriggerAuthorized: false,
  areWebHookSecretsMandated: false,
};

/** The document state an event describes (every event carries its entity's whole state). */
function stateOf(event: CatalogEvent): CatalogState {
  switch (event.type) {
    case 'application.created':
    case 'application.updated':
    case 'application.deleted': {
      const p = event.payload;
      return {
        ...NO_FIELDS,
        kind: 'APPLICATION',
        entityId: p.appId,
        appId: p.appId,
        name: p.name,
        disableTriggers: p.disableTriggers,
        isManualTriggerAuthorized: p.isManualTriggerAuthorized,
        areWebHookSecretsMandated: p.areWebHookSecretsMandated,
      };
    }
    case 'service.created':
    case 'service.updated':
    case 'service.deleted': {
      const p = event.payload;
      return { ...NO_FIELDS, kind: 'SERVICE', entityId: p.serviceId, appId: p.appId, name: p.name, deploymentType: p.deploymentType, artifactType: p.artifactType };
    }
    case 'environment.created':
    case 'environment.updated':
    case 'environment.deleted': {
      const p = event.payload;
      return { ...NO_FIELDS, kind: 'ENVIRONMENT', entityId: p.environmentId, appId: p.appId, name: p.name, environmentType: p.environmentType };
    }
    case 'infrastructureDefinition.created':
    case 'infrastructureDefinition.updated':
    case 'infrastructureDefinition.deleted': {
      const p = event.payload;
      return {
        ...NO_FIELDS,
        kind: 'INFRASTRUCTURE_DEFINITION',
        entityId: p.infrastructureDefinitionId,
        appId: p.appId,
        environmentId: p.environmentId,
        name: p.name,
        deploymentType: p.deploymentType,
        cloudProviderId: p.cloudProviderId,
        scopedToServices: p.scopedToServices,
      };
    }
  }
}

const toApplication = (doc: CatalogDoc): CatalogApplication => ({
  id: doc.entityId,
  accountId: doc.accountId,
  name: doc.name,
  disableTriggers: doc.disableTriggers,
  isManualTriggerAuthorized: doc.isManualTriggerAuthorized,
  areWebHookSecretsMandated: doc.areWebHookSecretsMandated,
});

const toService = (doc: CatalogDoc): CatalogService => ({
  id: doc.entityId,
  accountId: doc.accountId,
  appId: doc.appId,
  name: doc.name,
  deploymentType: doc.deploymentType ?? null,
  artifactType: doc.artifactType ?? null,
});

const toEnvironment = (doc: CatalogDoc): CatalogEnvironment => ({
  id: doc.entityId,
  accountId: doc.accountId,
  appId: doc.appId,
  name: doc.name,
  environmentType: doc.environmentType as CatalogEnvironmentType,
});

const toInfrastructureDefinition = (doc: CatalogDoc): CatalogInfrastructureDefinition => ({
  id: doc.entityId,
  accountId: doc.accountId,
  appId: doc.appId,
  environmentId: doc.environmentId ?? '',
  name: doc.name,
  deploymentType: doc.deploymentType ?? '',
  cloudProviderId: doc.cloudProviderId ?? null,
  scopedToServices: doc.scopedToServices ?? [],
});

function catalogModel(connection: Connection): Model<CatalogDoc> {
  // A second projection over the same connection (the engine's and the API's, a spec's) uses the registered model.
  return (connection.models.Catalog as Model<CatalogDoc> | undefined) ?? connection.model<CatalogDoc>('Catalog', catalogSchema);
}

/**
 * The catalog: apps-services' applications, services, environments and infrastructure definitions, kept from their
 * domain events so this subgraph (its API, the execution engine, triggers) can check what it is given without calling
 * apps-services. An event applies only past the position stored (one compare-and-set); a deletion keeps a tombstone.
 * apps-services deletes an application's (an environment's) children without events of their own, and those events
 * travel on other streams than the parent's, so every read treats a child whose application (or environment) is
 * deleted or unknown as absent.
 *
 * A projection is right almost always, not the authority (README, "The known gap"): it answers "does this exist" for
 * validation; apps-services stays the owner.
 */
export class CatalogProjection extends AccountScopedRepository<CatalogDoc, CatalogDoc> {
  constructor(connection: Connection) {
    super(catalogModel(connection));
  }

  protected toEntity(doc: CatalogDoc): CatalogDoc {
    return doc;
  }

  /** `position` is the event's eventPosition in its stream. */
  async apply(event: CatalogEvent, position: string): Promise<void> {
    const state = stateOf(event);
    const _id = keyOf(event.accountId, state.kind, state.entityId);
    const deleted = event.type.endsWith('.deleted');
    try {
      await this.insert(event.accountId, { _id, ...state, position, deleted });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      // The entity is known: apply only if this event is newer than the last one applied to it.
      await this.updateOne(event.accountId, { _id, position: { $lt: position } } as ScopedFilter<CatalogDoc>, { $set: { ...state, position, deleted } });
    }
  }

  /** Live documents among `docs`: not deleted, and with a live application (and environment, for a definition). */
  private async live(accountId: string, docs: CatalogDoc[]): Promise<CatalogDoc[]> {
    const candidates = docs.filter((doc) => !doc.deleted);
    const parentKeys = new Set<string>();
    for (const doc of candidates) {
      if (doc.kind !== 'APPLICATION') parentKeys.add(keyOf(accountId, 'APPLICATION', doc.appId));
      if (doc.kind === 'INFRASTRUCTURE_DEFINITION' && doc.environmentId) parentKeys.add(keyOf(accountId, 'ENVIRONMENT', doc.environmentId));
    }
    const parents = parentKeys.size > 0 ? await this.byIds(accountId, [...parentKeys]) : [];
    const liveParents = new Set(parents.filter((parent) => !parent.deleted).map((parent) => parent._id));
    return candidates.filter((doc) => {
      if (doc.kind === 'APPLICATION') return true;
      if (!liveParents.has(keyOf(accountId, 'APPLICATION', doc.appId))) return false;
      return doc.kind !== 'INFRASTRUCTURE_DEFINITION' || (!!doc.environmentId && liveParents.has(keyOf(accountId, 'ENVIRONMENT', doc.environmentId)));
    });
  }

  private async liveByIds(accountId: string, kind: CatalogKind, ids: readonly string[]): Promise<CatalogDoc[]> {
    const keys = [...new Set(ids.filter(Boolean))].map((id) => keyOf(accountId, kind, id));
    if (keys.length === 0) return [];
    return this.live(accountId, await this.byIds(accountId, keys));
  }

  private async liveByName(accountId: string, kind: CatalogKind, appId: string, name: string): Promise<CatalogDoc | null> {
    const found = await this.findMany(accountId, { kind, appId, name, deleted: false }, { offset: 0, count: 1, sort: { _id: 1 } });
    return (await this.live(accountId, found))[0] ?? null;
  }

  async applicationExists(accountId: string, appId: string): Promise<boolean> {
    return (await this.application(accountId, appId)) !== null;
  }

  async application(accountId: string, appId: string): Promise<CatalogApplication | null> {
    return (await this.applicationsByIds(accountId, [appId]))[0] ?? null;
  }

  /** The live applications among the ids, in no particular order (one read). */
  async applicationsByIds(accountId: string, appIds: readonly string[]): Promise<CatalogApplication[]> {
    return (await this.liveByIds(accountId, 'APPLICATION', appIds)).map(toApplication);
  }

  async serviceById(accountId: string, serviceId: string): Promise<CatalogService | null> {
    return (await this.servicesByIds(accountId, [serviceId]))[0] ?? null;
  }

  /** The live services among the ids, in no particular order (two reads: the services, then their applications). */
  async servicesByIds(accountId: string, serviceIds: readonly string[]): Promise<CatalogService[]> {
    return (await this.liveByIds(accountId, 'SERVICE', serviceIds)).map(toService);
  }

  async serviceByName(accountId: string, appId: string, name: string): Promise<CatalogService | null> {
    const doc = await this.liveByName(accountId, 'SERVICE', appId, name);
    return doc ? toService(doc) : null;
  }

  async environmentById(accountId: string, environmentId: string): Promise<CatalogEnvironment | null> {
    return (await this.environmentsByIds(accountId, [environmentId]))[0] ?? null;
  }

  async environmentsByIds(accountId: string, environmentIds: readonly string[]): Promise<CatalogEnvironment[]> {
    return (await this.liveByIds(accountId, 'ENVIRONMENT', environmentIds)).map(toEnvironment);
  }

  async environmentByName(accountId: string, appId: string, name: string): Promise<CatalogEnvironment | null> {
    const doc = await this.liveByName(accountId, 'ENVIRONMENT', appId, name);
    return doc ? toEnvironment(doc) : null;
  }

  async infrastructureDefinitionById(accountId: string, id: string): Promise<CatalogInfrastructureDefinition | null> {
    return (await this.infrastructureDefinitionsByIds(accountId, [id]))[0] ?? null;
  }

  async infrastructureDefinitionsByIds(accountId: string, ids: readonly string[]): Promise<CatalogInfrastructureDefinition[]> {
    return (await this.liveByIds(accountId, 'INFRASTRUCTURE_DEFINITION', ids)).map(toInfrastructureDefinition);
  }
}

/** The handlers a subscription feeds the catalog with (every catalog event type). */
export function catalogEventHandlers(catalog: CatalogProjection): EventHandlers {
  const apply = (event: CatalogEvent, { position }: { position: string }) => catalog.apply(event, position);
  return {
    'application.created': apply,
    'application.updated': apply,
    'application.deleted': apply,
    'service.created': apply,
    'service.updated': apply,
    'service.deleted': apply,
    'environment.created': apply,
    'environment.updated': apply,
    'environment.deleted': apply,
    'infrastructureDefinition.created': apply,
    'infrastructureDefinition.updated': apply,
    'infrastructureDefinition.deleted': apply,
  };
}

import { createDomainEvent, type DomainEventPublisher } from '@fg/domain-events';
import type { Application, Environment, InfrastructureDefinition, Service } from '@fg/apps-services/data-access';
import type { Logger } from '@fg/logger';

export type CatalogChange = 'created' | 'updated' | 'deleted';

/**
 * Announces applications, services, environments and infrastructure definitions as facts other subgraphs keep
 * projections of (pipelines-workflows-executions checks what a workflow names without calling here). Published after
 * the store write succeeded; each event carries the entity's whole state, so the next change repairs a lost one.
 */
export interface CatalogEventPublisher {
  application(change: CatalogChange, application: Application): Promise<void>;
  service(change: CatalogChange, service: Service): Promise<void>;
  environment(change: CatalogChange, environment: Environment): Promise<void>;
  infrastructureDefinition(change: CatalogChange, definition: InfrastructureDefinition): Promise<void>;
}

export function domainCatalogEvents(publisher: DomainEventPublisher): CatalogEventPublisher {
  return {
    async application(change, application) {
      await publisher.publish(
        createDomainEvent(`application.${change}`, {
          accountId: application.accountId,
          appId: application.id,
          name: application.name,
          disableTriggers: application.disableTriggers,
          isManualTriggerAuthorized: application.isManualTriggerAuthorized,
          areWebHookSecretsMandated: application.areWebHookSecretsMandated,
        }),
      );
    },
    async service(change, service) {
      await publisher.publish(
        createDomainEvent(`service.${change}`, {
          accountId: service.accountId,
          serviceId: service.id,
          appId: service.appId,
          name: service.name,
          deploymentType: service.deploymentType,
          artifactType: service.artifactType,
        }),
      );
    },
    async environment(change, environment) {
      await publisher.publish(
        createDomainEvent(`environment.${change}`, {
          accountId: environment.accountId,
          environmentId: environment.id,
          appId: environment.appId,
          name: environment.name,
          environmentType: environment.type,
        }),
      );
    },
    async infrastructureDefinition(change, definition) {
      await publisher.publish(
        createDomainEvent(`infrastructureDefinition.${change}`, {
          accountId: definition.accountId,
          infrastructureDefinitionId: definition.id,
          appId: definition.appId,
          environmentId: definition.environmentId,
          name: definition.name,
          deploymentType: definition.deploymentType,
          cloudProviderId: definition.cloudProviderId,
          scopedToServices: definition.scopedToServices,
        }),
      );
    },
  };
}

/** A lost catalog event is logged, not answered: the entity is stored, and its next change announces it again. */
export function loggedCatalogEvents(events: CatalogEventPublisher, logger: Logger): CatalogEventPublisher {
  const log = (error: unknown) => logger.error({ err: error }, 'a catalog event could not be published');
  return {
    application: (change, entity) => events.application(change, entity).catch(log),
    service: (change, entity) => events.service(change, entity).catch(log),
    environment: (change, entity) => events.environment(change, entity).catch(log),
    infrastructureDefinition: (change, entity) => events.infrastructureDefinition(change, entity).catch(log),
  };
}

import type { DomainEvent } from '@fg/domain-events';

/**
 * apps-services' entities as this subgraph knows them, from their domain events: enough to check that what a workflow,
 * a pipeline, an execution or a trigger names exists in the account, and the few facts they act on.
 */
export interface CatalogApplication {
  id: string;
  accountId: string;
  name: string;
  /** Triggers of the application do not fire while set. */
  disableTriggers: boolean;
  isManualTriggerAuthorized: boolean;
  areWebHookSecretsMandated: boolean;
}

export interface CatalogService {
  id: string;
  accountId: string;
  appId: string;
  name: string;
  deploymentType: string | null;
  artifactType: string | null;
}

export type CatalogEnvironmentType = 'PROD' | 'NON_PROD';

export interface CatalogEnvironment {
  id: string;
  accountId: string;
  appId: string;
  name: string;
  environmentType: CatalogEnvironmentType;
}

export interface CatalogInfrastructureDefinition {
  id: string;
  accountId: string;
  appId: string;
  environmentId: string;
  name: string;
  deploymentType: string;
  cloudProviderId: string | null;
  /** Services it is limited to; empty means every service of the application. */
  scopedToServices: string[];
}

/** The events the catalog is fed by. */
export type CatalogEvent = DomainEvent<
  | 'application.created'
  | 'application.updated'
  | 'application.deleted'
  | 'service.created'
  | 'service.updated'
  | 'service.deleted'
  | 'environment.created'
  | 'environment.updated'
  | 'environment.deleted'
  | 'infrastructureDefinition.created'
  | 'infrastructureDefinition.updated'
  | 'infrastructureDefinition.deleted'
>;

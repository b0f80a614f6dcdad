import { KnownConnectorProjection } from '@fg/tenancy';
import type { Connection } from 'mongoose';
import { DomainEventPublisher, createEventsRedis } from '@fg/domain-events';
import {
  AppManifestRepository,
  ArtifactSourceProjection,
  CatalogProjection,
  CollectedArtifactRepository,
  DeployedArtifactRepository,
  DeployedManifestRepository,
  ManifestVersionRepository,
  PipelineRepository,
  TagLinkProjection,
  TriggerFiringRepository,
  TriggerRepository,
  WorkflowRepository,
} from '@fg/pipelines-workflows-executions/data-access';
import {
  SelectionResolver,
  TriggerDispatcher,
  TriggerFirer,
  TriggerSchedules,
  type TriggerApplicationGate,
  type TriggerExecutionStarter,
  type FirerLogger,
} from '@fg/pipelines-workflows-executions/triggers';
import { triggerConnectorReferenceEvents, triggerConnectorReferences, type ConnectorReferencePublisher } from './connector-reference-events';
import type { TriggerServices } from './trigger.service';

export interface TriggerSettings {
  redisUrl: string;
  redisKeyPrefix: string;
  publicBaseUrl: string;
}

/**
 * The trigger side of this subgraph: CRUD, schedules (the producer side of BullMQ job schedulers) and the firings a
 * request sets off (webhook deliveries, recorded manifest versions). Schedule ticks and domain events fire in the
 * delegate broker, through the same TriggerFirer.
 */
export function createTriggerServices(
  connection: Connection,
  settings: TriggerSettings,
  firing: { starter: TriggerExecutionStarter; applications: TriggerApplicationGate },
  logger: FirerLogger & { warn(obj: object, msg: string): void },
): TriggerServices & { connectors: KnownConnectorProjection; connectorReferenceEvents: ConnectorReferencePublisher; close(): Promise<void> } {
  const triggers = new TriggerRepository(connection);
  const firings = new TriggerFiringRepository(connection);
  const artifacts = new CollectedArtifactRepository(connection);
  const deployed = new DeployedArtifactRepository(connection);
  const manifests = new ManifestVersionRepository(connection);
  const deployedManifests = new DeployedManifestRepository(connection);
  const firer = new TriggerFirer({
    firings,
    selections: new SelectionResolver(artifacts, deployed, manifests, deployedManifests),
    starter: firing.starter,
    applications: firing.applications,
    logger,
  });
  const schedules = new TriggerSchedules({ redisUrl: settings.redisUrl, keyPrefix: settings.redisKeyPrefix, logger });
  const eventsRedis = createEventsRedis(settings.redisUrl);
  const events = new DomainEventPublisher(eventsRedis, { keyPrefix: settings.redisKeyPrefix });
  return {
    triggers,
    firings,
    workflows: new WorkflowRepository(connection),
    pipelines: new PipelineRepository(connection),
    manifests,
    schedules,
    dispatcher: new TriggerDispatcher({ triggers, artifacts, deployed, deployedManifests, firer }),
    publicBaseUrl: settings.publicBaseUrl,
    tags: new TagLinkProjection(connection),
    catalog: new CatalogProjection(connection),
    artifactSources: new ArtifactSourceProjection(connection),
    connectors: new KnownConnectorProjection(connection),
    appManifests: new AppManifestRepository(connection),
    connectorReferences: triggerConnectorReferences(events, logger),
    executeRights: firing.starter,
    // For retried work (an application's deletion): a failed publish rejects instead of being logged.
    connectorReferenceEvents: triggerConnectorReferenceEvents(events),
    close: async () => {
      await schedules.close();
      eventsRedis.disconnect();
    },
  };
}

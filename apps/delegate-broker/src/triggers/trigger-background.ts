import type { Connection } from 'mongoose';
import { DomainEventSubscriber } from '@fg/domain-events';
import type { Logger } from '@fg/logger';
import {
  ArtifactSourceProjection,
  CollectedArtifactRepository,
  DeployedArtifactRepository,
  DeployedManifestRepository,
  ManifestVersionRepository,
  TriggerFiringRepository,
  TriggerRepository,
} from '@fg/pipelines-workflows-executions/data-access';
import {
  SelectionResolver,
  TriggerDispatcher,
  TriggerFirer,
  TriggerSchedules,
  TriggerScheduleWorker,
  type TriggerApplicationGate,
  type TriggerExecutionStarter,
} from '@fg/pipelines-workflows-executions/triggers';

/** The consumer group of trigger firings: every broker process shares its events, each event reaches one. */
export const TRIGGER_EVENTS_GROUP = 'pipelines-workflows-executions-triggers';

export interface TriggerBackgroundOptions {
  redisUrl: string;
  redisKeyPrefix: string;
  /** Unique per process within the group. */
  consumer: string;
  starter: TriggerExecutionStarter;
  applications: TriggerApplicationGate;
  logger: Logger;
}

export interface TriggerBackground {
  close(): Promise<void>;
}

const RECONCILE_PAGE = 200;

/**
 * The delegate broker's trigger work: schedule ticks (a BullMQ worker: one firing per tick however many brokers run),
 * and the domain events that fire triggers (artifact.collected for ON_NEW_ARTIFACT, execution.ended for
 * ON_PIPELINE_COMPLETION and the last-deployed selections). At start it upserts the job scheduler of every
 * ON_SCHEDULE trigger, repairing any the subgraph wrote to the store but not to Redis.
 */
export async function startTriggerBackground(connection: Connection, options: TriggerBackgroundOptions): Promise<TriggerBackground> {
  const logger = options.logger.child({ component: 'triggers' });
  const triggers = new TriggerRepository(connection);
  const artifacts = new CollectedArtifactRepository(connection);
  const deployed = new DeployedArtifactRepository(connection);
  const deployedManifests = new DeployedManifestRepository(connection);
  const firer = new TriggerFirer({
    firings: new TriggerFiringRepository(connection),
    selections: new SelectionResolver(artifacts, deployed, new ManifestVersionRepository(connection), deployedManifests),
    starter: options.starter,
    applications: options.applications,
    logger,
  });
  const dispatcher = new TriggerDispatcher({ triggers, artifacts, deployed, deployedManifests, firer });
  const engineArtifacts = new ArtifactSourceProjection(connection);
  const queueOptions = { redisUrl: options.redisUrl, keyPrefix: options.redisKeyPrefix, logger };

  const schedules = new TriggerSchedules(queueOptions);
  const worker = new TriggerScheduleWorker(queueOptions, async (tick) => {
    await dispatcher.scheduleTick(tick.accountId, tick.triggerId, tick.tickId, tick.tickAt);
  });
  const events = new DomainEventSubscriber({ redisUrl: options.redisUrl, keyPrefix: options.redisKeyPrefix, logger });
  const close = async () => {
    await events.close();
    await worker.close();
    await schedules.close();
  };
  try {
    await events.subscribe({
      group: TRIGGER_EVENTS_GROUP,
      consumer: options.consumer,
      handlers: {
        'artifact.collected': async (event, { position }) => {
          // The launcher resolves the artifact in the projection the subgraph's group feeds; this group may be first
          // to see the event, so it applies it there too (idempotent: the artifact is upserted by id).
          await engineArtifacts.apply(event, position);
          const p = event.payload;
          await dispatcher.artifactCollected(event.id, {
            artifactId: p.artifactId,
            accountId: p.accountId,
            applicationId: p.appId,
            serviceId: p.serviceId,
            artifactSourceId: p.artifactSourceId,
            buildNo: p.buildNo,
            collectedAt: p.collectedAt,
          });
        },
        'execution.ended': async (event) => {
          // Version 1 (published before executions took manifests) deployed no chart versions.
          await dispatcher.executionEnded(event.id, event.version === 1 ? { ...event.payload, manifests: [] } : event.payload);
        },
      },
    });
    let afterId = '';
    for (;;) {
      const page = await triggers.scheduledAcrossAccounts(afterId, RECONCILE_PAGE);
      for (const trigger of page) {
        if (trigger.condition.type !== 'ON_SCHEDULE') continue;
        // One trigger's failure must not keep the broker from starting; the next start tries it again.
        await schedules
          .upsert(trigger.accountId, trigger.id, trigger.condition.cronExpression)
          .catch((error: unknown) => logger.error({ err: error, triggerId: trigger.id }, 'could not reconcile the schedule of a trigger'));
      }
      if (page.length < RECONCILE_PAGE) break;
      afterId = page[page.length - 1].id;
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { close };
}

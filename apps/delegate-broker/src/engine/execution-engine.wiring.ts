import type { Connection } from 'mongoose';
import { DomainEventPublisher, createEventsRedis } from '@fg/domain-events';
import type { Logger } from '@fg/logger';
import type { PlatformMetrics } from '@fg/metrics';
import { AppManifestRepository, ArtifactSourceProjection, CatalogProjection, ManifestVersionRepository, TagLinkProjection, WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import type { EndedTask, TaskQueue } from '@fg/pipelines-workflows-executions/delegate-tasks';
import {
  DeploymentQuota,
  ExecutionAdvanceQueue,
  ExecutionEngine,
  ExecutionQuery,
  ExecutionRepository,
  ExecutionRows,
  ExecutionWorker,
  ProjectedExecutionFacts,
  deploymentQuotaOptions,
} from '@fg/pipelines-workflows-executions/engine';
import { ExecutionExportRepository, ExecutionExports } from '@fg/pipelines-workflows-executions/execution-exports';
import { RollingQuota, type LimiterRedis } from '@fg/rate-limits';
import type { BrokerEnvironment } from '../environment';

export interface RunningEngine {
  /** For the TaskQueue's onTaskEnded: tasks of execution steps wake their executions. */
  onTasksEnded(tasks: EndedTask[]): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The execution engine's workers (and the export files' worker) run in the broker, beside the task queue whose ends
 * they wait for. `tasks` is read lazily: the queue is built with this engine's onTasksEnded.
 */
export function executionEngine(
  connection: Connection,
  env: BrokerEnvironment,
  limiterRedis: LimiterRedis,
  tasks: () => TaskQueue,
  logger: Logger,
  metrics: PlatformMetrics,
): RunningEngine {
  const executions = new ExecutionRepository(connection);
  const advance = new ExecutionAdvanceQueue(env.redisUrl, env.redisKeyPrefix);
  const quota = new DeploymentQuota(new RollingQuota(limiterRedis, deploymentQuotaOptions(env.redisKeyPrefix)), env.limits, metrics);
  // execution.ended: triggers (ON_PIPELINE_COMPLETION, LAST_DEPLOYED_*) consume it.
  const eventsRedis = createEventsRedis(env.redisUrl);
  const events = new DomainEventPublisher(eventsRedis, { keyPrefix: env.redisKeyPrefix });
  const exports = new ExecutionExports({
    ...env.exports,
    exports: new ExecutionExportRepository(connection),
    // As the pipelines subgraph builds it: the same quota keys and reservation lifetime.
    quota: new RollingQuota(limiterRedis, { keyPrefix: `${env.redisKeyPrefix}quota:`, reservationTtlMs: 3_600_000 }),
    limits: env.limits,
    redisUrl: env.redisUrl,
    keyPrefix: env.redisKeyPrefix,
  });
  let engine: ExecutionEngine | null = null;
  let worker: ExecutionWorker | null = null;
  const log = logger.child({ component: 'execution-engine' });
  return {
    onTasksEnded: async (ended) => engine?.onTasksEnded(ended),
    start: async () => {
      engine = new ExecutionEngine({ executions, workflows: new WorkflowRepository(connection), tasks: tasks(), quota, facts: new ProjectedExecutionFacts(new CatalogProjection(connection), new ArtifactSourceProjection(connection), {
        appManifests: new AppManifestRepository(connection),
        versions: new ManifestVersionRepository(connection),
      }), advance, logger: log, events, metrics });
      worker = new ExecutionWorker({ engine, executions, advance, redisUrl: env.redisUrl, keyPrefix: env.redisKeyPrefix, logger: log });
      await worker.start();
      // Export files hold exactly what `executions` selects for the requester.
      exports.startWorker(new ExecutionRows(new ExecutionQuery(executions, new TagLinkProjection(connection))), (err) =>
        log.error({ err }, 'execution export worker error'),
      );
    },
    close: async () => {
      await worker?.close();
      await exports.close();
      await advance.close();
      eventsRedis.disconnect();
    },
  };
}

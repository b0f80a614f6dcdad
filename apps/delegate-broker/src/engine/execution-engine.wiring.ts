import type { Connection } from 'mongoose';
import type { Logger } from '@fg/logger';
import { ArtifactSourceProjection, CatalogProjection, WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import type { EndedTask, TaskQueue } from '@fg/pipelines-workflows-executions/delegate-tasks';
import {
  DeploymentQuota,
  ExecutionAdvanceQueue,
  ExecutionEngine,
  ExecutionRepository,
  ExecutionWorker,
  ProjectedExecutionFacts,
  deploymentQuotaOptions,
} from '@fg/pipelines-workflows-executions/engine';
import { RollingQuota, type LimiterRedis } from '@fg/rate-limits';
import type { BrokerEnvironment } from '../environment';

export interface RunningEngine {
  /** For the TaskQueue's onTaskEnded: tasks of execution steps wake their executions. */
  onTasksEnded(tasks: EndedTask[]): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The execution engine's workers run in the broker, beside the task queue whose ends they wait for. `tasks` is read
 * lazily: the queue is built with this engine's onTasksEnded.
 */
export function executionEngine(connection: Connection, env: BrokerEnvironment, limiterRedis: LimiterRedis, tasks: () => TaskQueue, logger: Logger): RunningEngine {
  const executions = new ExecutionRepository(connection);
  const advance = new ExecutionAdvanceQueue(env.redisUrl, env.redisKeyPrefix);
  const quota = new DeploymentQuota(new RollingQuota(limiterRedis, deploymentQuotaOptions(env.redisKeyPrefix)), env.limits);
  let engine: ExecutionEngine | null = null;
  let worker: ExecutionWorker | null = null;
  const log = logger.child({ component: 'execution-engine' });
  return {
    onTasksEnded: async (ended) => engine?.onTasksEnded(ended),
    start: async () => {
      engine = new ExecutionEngine({ executions, workflows: new WorkflowRepository(connection), tasks: tasks(), quota, facts: new ProjectedExecutionFacts(new CatalogProjection(connection), new ArtifactSourceProjection(connection)), advance, logger: log });
      worker = new ExecutionWorker({ engine, executions, advance, redisUrl: env.redisUrl, keyPrefix: env.redisKeyPrefix, logger: log });
      await worker.start();
    },
    close: async () => {
      await worker?.close();
      await advance.close();
    },
  };
}

import { ensureIndexes } from '@fg/tenancy';
import { PipelineRepository, WorkflowRepository, type NewWorkflow, type Workflow } from '@fg/pipelines-workflows-executions/data-access';
import { TaskQueue } from '@fg/pipelines-workflows-executions/delegate-tasks';
import { RateLimiter, RollingQuota, createLimiterRedis, loadLimiterScripts, loadLimitsConfig } from '@fg/rate-limits';
import { testDatabase, testRedis, testServices, type TestDatabase, type TestRedis } from '@fg/testing';
import { ExecutionRepository } from '../execution/execution.repository';
import type { Execution } from '../execution/execution.entity';
import { ExecutionAdvanceQueue } from '../engine/advance-queue';
import { ExecutionEngine, type ExecutionEngineOptions } from '../engine/execution-engine';
import type { PlatformMetrics } from '@fg/metrics';
import { ExecutionWorker } from '../engine/execution-worker';
import { ExecutionLauncher } from '../launcher/execution-launcher';
import type { Connection } from 'mongoose';
import type { ExecutionFacts } from '../launcher/execution-facts';
import type { ManifestRecords } from '../launcher/projected-execution-facts';
import { DeploymentQuota } from '../quota/deployment-quota';

/**
 * Facts of other subgraphs as a projection would hold them: services and artifact sources named here, every
 * environment and infrastructure definition (non-production); chart versions
 * from the recordManifestVersion repositories when given (none otherwise).
 */
export function staticFacts(services: Array<{ id: string; name: string; artifactSources?: Array<{ id: string; name: string }> }>, manifests?: ManifestRecords): ExecutionFacts {
  return {
    appManifests: async (accountId, serviceIds) => (manifests ? manifests.appManifests.manifestsOfServices(accountId, serviceIds) : []),
    manifestVersion: async (accountId, id) => (manifests ? manifests.versions.byId(accountId, id) : null),
    manifestVersionByNumber: async (accountId, appManifestId, version) => (manifests ? manifests.versions.byVersion(accountId, appManifestId, version) : null),
    environmentType: async () => 'NON_PROD',
    environments: async (_accountId, ids) => ids.map((id) => ({ id })),
    infrastructureDefinitions: async (_accountId, ids) => ids.map((id) => ({ id })),
    services: async (_accountId, ids) => services.filter((service) => ids.includes(service.id)),
    artifactSourceByName: async (_accountId, serviceId, name) => services.find((service) => service.id === serviceId)?.artifactSources?.find((source) => source.name === name) ?? null,
    artifact: async () => null,
    artifactByBuild: async () => null,
  };
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface EngineHarness {
  db: TestDatabase;
  scratch: TestRedis;
  executions: ExecutionRepository;
  workflows: WorkflowRepository;
  pipelines: PipelineRepository;
  tasks: TaskQueue;
  quota: DeploymentQuota;
  advance: ExecutionAdvanceQueue;
  /** A launcher with its own Redis connections, as another process would have. */
  launcher(metrics?: PlatformMetrics): Promise<ExecutionLauncher>;
  /** Another engine over the same store, queue and Redis, as another broker process would have. */
  engine(extra?: Pick<ExecutionEngineOptions, 'events' | 'metrics'>): ExecutionEngine;
  /** Starts an engine worker (the broker's part); closed by cleanup. */
  startWorker(): Promise<ExecutionWorker>;
  workflow(accountId: string, fields: Partial<NewWorkflow>): Promise<Workflow>;
  waitFor(accountId: string, executionId: string, done: (execution: Execution) => boolean): Promise<Execution>;
  cleanup(): Promise<void>;
}

/** `facts` may be built over the harness's database (chart versions recorded in the real store). */
export async function engineHarness(limitsEnv: Record<string, string>, factsOf: ExecutionFacts | ((connection: Connection) => ExecutionFacts)): Promise<EngineHarness> {
  const { mongoUrl, redisUrl } = await testServices();
  const db = await testDatabase(mongoUrl, 'engine');
  const facts = typeof factsOf === 'function' ? factsOf(db.connection) : factsOf;
  const scratch = await testRedis(redisUrl);
  const limits = loadLimitsConfig(limitsEnv);
  const closers: Array<() => Promise<void> | void> = [];
  const quotaFor = async (metrics?: PlatformMetrics) => {
    const redis = createLimiterRedis(redisUrl);
    await loadLimiterScripts(redis);
    closers.push(() => redis.disconnect());
    return new DeploymentQuota(new RollingQuota(redis, { keyPrefix: `${scratch.prefix}quota:`, reservationTtlMs: 3_600_000 }), limits, metrics);
  };
  const executions = new ExecutionRepository(db.connection);
  const workflows = new WorkflowRepository(db.connection);
  const pipelines = new PipelineRepository(db.connection);
  const limiterRedis = createLimiterRedis(redisUrl);
  closers.push(() => limiterRedis.disconnect());
  const quota = await quotaFor();
  const advanceFor = () => {
    const advance = new ExecutionAdvanceQueue(redisUrl, scratch.prefix);
    closers.push(() => advance.close());
    return advance;
  };
  const advance = advanceFor();
  let engine: ExecutionEngine | null = null;
  const tasks = new TaskQueue({
    connection: db.connection,
    redisUrl,
    limiter: new RateLimiter(limiterRedis, { keyPrefix: `${scratch.prefix}rl:`, failOpen: true }),
    limits,
    keyPrefix: scratch.prefix,
    onTaskEnded: async (ended) => engine?.onTasksEnded(ended),
  });
  closers.push(() => tasks.close());
  await ensureIndexes(db.connection);
  engine = new ExecutionEngine({ executions, workflows, tasks, quota, facts, advance, logger: silent });
  const harness: EngineHarness = {
    db,
    scratch,
    executions,
    workflows,
    pipelines,
    tasks,
    quota,
    advance,
    launcher: async (metrics) => new ExecutionLauncher({ executions, workflows, pipelines, facts, advance: advanceFor(), quota: await quotaFor(metrics), metrics }),
    engine: (extra = {}) => new ExecutionEngine({ executions, workflows, tasks, quota, facts, advance: advanceFor(), logger: silent, ...extra }),
    startWorker: async () => {
      const worker = new ExecutionWorker({ engine: engine as ExecutionEngine, executions, advance, redisUrl, keyPrefix: scratch.prefix, logger: silent });
      closers.unshift(() => worker.close());
      await worker.start();
      return worker;
    },
    workflow: (accountId, fields) =>
      workflows.create(accountId, {
        applicationId: 'app-1',
        name: `wf-${Math.random().toString(36).slice(2)}`,
        description: null,
        workflowType: 'BASIC',
        environmentId: 'env-1',
        variables: [],
        phases: [],
        createdBy: null,
        ...fields,
      }),
    waitFor: async (accountId, executionId, done) => {
      for (;;) {
        const execution = await executions.byId(accountId, executionId);
        if (execution && done(execution)) return execution;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    cleanup: async () => {
      for (const close of closers) await close();
      await scratch.cleanup();
      await db.drop();
    },
  };
  return harness;
}

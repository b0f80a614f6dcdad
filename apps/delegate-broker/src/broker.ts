import { createLogger, type Logger } from '@fg/logger';
import { ServiceMetrics } from '@fg/metrics';
import { DelegateRegistry, DelegateTokenRepository, SecretValuesClient, TaskQueue } from '@fg/pipelines-workflows-executions/delegate-tasks';
import { createLimiterRedis, createRequestRateLimiter, podId } from '@fg/rate-limits';
import { openDatabase, prepareIndexes } from '@fg/tenancy';
import { startBrokerServer, type RunningBroker } from './broker-server';
import { delegateApiRoutes } from './delegate-api.routes';
import { executionEngine } from './engine/execution-engine.wiring';
import type { BrokerEnvironment } from './environment';
import { startTriggerBackground, type TriggerBackground } from './triggers/trigger-background';
import { triggerStarting } from './triggers/trigger-starter.wiring';

/**
 * The delegate broker: the delegate-facing routes (behind the gateway) and the background work of delegate tasks
 * (the expiry and lease sweeps). It shares the pipelines subgraph's database and libraries, and scales apart from it.
 */
export async function startBroker(env: BrokerEnvironment, logger: Logger = createLogger('delegate-broker', env.logLevel)): Promise<RunningBroker> {
  const connection = await openDatabase(env.mongoUrl, env.mongoDbName);
  const limiterRedis = createLimiterRedis(env.redisUrl);
  const metrics = new ServiceMetrics('delegate-broker');
  const engine = executionEngine(connection, env, limiterRedis, () => tasks, logger, metrics.platform);
  const tasks: TaskQueue = new TaskQueue({
    connection,
    redisUrl: env.redisUrl,
    limiter: createRequestRateLimiter(limiterRedis, env.redisKeyPrefix, logger),
    limits: env.limits,
    keyPrefix: env.redisKeyPrefix,
    stalledCheckIntervalMs: env.leaseCheckMs,
    logger,
    onTaskEnded: (ended) => engine.onTasksEnded(ended),
    // Values reach only the acquire answer; the task document keeps the references.
    secrets: new SecretValuesClient({ secretsUrl: env.secretsUrl, signingSecret: env.signingSecret }),
    metrics: metrics.platform,
  });
  const delegates = new DelegateRegistry(connection, { connectedWindowMs: env.connectedWindowMs, approvalRequired: env.approvalRequired });
  const tokens = new DelegateTokenRepository(connection);
  const timers: NodeJS.Timeout[] = [];
  let triggers: TriggerBackground | undefined;
  const starting = triggerStarting(connection, env, limiterRedis, metrics.platform);
  const closeAll = async () => {
    timers.forEach(clearInterval);
    await triggers?.close();
    await starting.close();
    await engine.close();
    await tasks.close();
    limiterRedis.disconnect();
    await connection.close();
  };
  try {
    await prepareIndexes(connection, env.buildIndexes, logger);
    await engine.start();
    const every = (ms: number, what: string, work: () => Promise<unknown>) => {
      const timer = setInterval(() => work().catch((error: unknown) => logger.error({ err: error }, `${what} failed`)), ms);
      timer.unref();
      timers.push(timer);
    };
    every(env.expirySweepMs, 'expiring overdue delegate tasks', () => tasks.expireOverdue());
    every(env.leaseCheckMs, 'recovering lapsed delegate task leases', () => tasks.recoverLapsedLeases());
    triggers = await startTriggerBackground(connection, {
      redisUrl: env.redisUrl,
      redisKeyPrefix: env.redisKeyPrefix,
      consumer: podId(),
      starter: starting.starter,
      applications: starting.applications,
      logger,
    });
    return await startBrokerServer(
      {
        routes: delegateApiRoutes(tasks, delegates, tokens),
        signingSecret: env.signingSecret,
        logger,
        isReady: () => connection.readyState === 1,
        metrics,
        beforeScrape: async () => {
          const [queued, live] = await Promise.all([tasks.queuedPerAccount(), delegates.countByLiveness()]);
          metrics.platform.queueDepths(queued);
          metrics.platform.delegates(live.connected, live.disconnected);
        },
      },
      env.port,
      env.host,
      closeAll,
    );
  } catch (error) {
    await closeAll();
    throw error;
  }
}

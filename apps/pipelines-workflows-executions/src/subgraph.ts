import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { z } from 'zod';
import { loadEnvironments, parseEnvironment } from '@fg/config';
import { DateTimeScalar, LongScalar, mergeResolvers } from '@fg/graphql-kit';
import { PipelineRepository } from '@fg/pipelines-workflows-executions/data-access';
import { DelegateRegistry, DelegateTokenRepository, TaskQueue } from '@fg/pipelines-workflows-executions/delegate-tasks';
import { createLimiterRedis, createRequestRateLimiter, loadLimiterEnvironment } from '@fg/rate-limits';
import { defineSubgraph } from '@fg/subgraph-server';
import type { PipelinesContext } from './context';
import { DelegateAdministration } from './delegate/delegate-administration.service';
import { delegateApiRoutes } from './delegate/delegate-api.routes';
import { delegateResolvers } from './delegate/delegate.resolver';
import { pipelineResolvers } from './pipeline/pipeline.resolver';
import { PipelineService } from './pipeline/pipeline.service';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

function loadSettings(env: NodeJS.ProcessEnv) {
  const { delegates, limiter } = loadEnvironments({
    delegates: () =>
      parseEnvironment(
        z.object({
          // How often lapsed delegate leases are looked for: a task whose delegate died is offered again within 1-2 of these.
          DELEGATE_LEASE_CHECK_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
          // A delegate that has not sent a heartbeat for this long shows as disconnected.
          DELEGATE_CONNECTED_WINDOW_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
          // How often tasks that waited too long for a delegate are expired.
          DELEGATE_EXPIRY_SWEEP_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
        }),
        env,
      ),
    limiter: () => loadLimiterEnvironment(env),
  });
  return {
    ...limiter,
    leaseCheckMs: delegates.DELEGATE_LEASE_CHECK_MS,
    delegateConnectedWindowMs: delegates.DELEGATE_CONNECTED_WINDOW_MS,
    expirySweepMs: delegates.DELEGATE_EXPIRY_SWEEP_MS,
  };
}

export const pipelinesSubgraph = defineSubgraph({
  name: 'pipelines-workflows-executions',
  typeDefs,
  resolvers: mergeResolvers({ DateTime: DateTimeScalar, Long: LongScalar }, pipelineResolvers, delegateResolvers),
  settings: loadSettings,
  services: ({ connection, logger, settings }) => {
    const limiterRedis = createLimiterRedis(settings.redisUrl);
    return {
      pipelines: new PipelineRepository(connection),
      limiterRedis,
      tasks: new TaskQueue({
        connection,
        redisUrl: settings.redisUrl,
        limiter: createRequestRateLimiter(limiterRedis, settings.redisKeyPrefix, logger),
        limits: settings.limits,
        keyPrefix: settings.redisKeyPrefix,
        stalledCheckIntervalMs: settings.leaseCheckMs,
        logger,
      }),
      delegates: new DelegateRegistry(connection, { connectedWindowMs: settings.delegateConnectedWindowMs }),
      delegateTokens: new DelegateTokenRepository(connection),
      sweep: { timer: undefined as NodeJS.Timeout | undefined },
    };
  },
  context: (services, principal): PipelinesContext => ({
    principal,
    pipelines: new PipelineService(services.pipelines, principal),
    tasks: services.tasks,
    delegates: services.delegates,
    delegateAdministration: new DelegateAdministration(services.delegateTokens, services.tasks, principal),
  }),
  internalRoutes: (services) => delegateApiRoutes(services.tasks, services.delegates, services.delegateTokens),
  onStart: async (services, { logger, settings }) => {
    services.sweep.timer = setInterval(() => {
      services.tasks.expireOverdue().catch((error: unknown) => logger.error({ err: error }, 'expiring overdue delegate tasks failed'));
    }, settings.expirySweepMs);
    services.sweep.timer.unref();
  },
  onStop: async (services) => {
    clearInterval(services.sweep.timer);
    await services.tasks.close();
    services.limiterRedis.disconnect();
  },
});

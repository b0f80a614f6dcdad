import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { DateTimeScalar, LongScalar, mergeResolvers } from '@fg/graphql-kit';
import { PipelineRepository } from '@fg/pipelines-workflows-executions/data-access';
import {
  DelegateRegistry,
  DelegateTokenRepository,
  TaskQueue,
} from '@fg/pipelines-workflows-executions/delegate-tasks';
import { createLimiterRedis, createRequestRateLimiter, type LimitsConfig } from '@fg/rate-limits';
import type { SubgraphModule } from '@fg/subgraph-server';
import type { PipelinesContext } from './context';
import { delegateApiRoutes } from './delegate/delegate-api.routes';
import { delegateResolvers } from './delegate/delegate.resolver';
import { pipelineResolvers } from './pipeline/pipeline.resolver';
import { PipelineService } from './pipeline/pipeline.service';

export const SUBGRAPH_NAME = 'pipelines-workflows-executions';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export interface PipelinesOptions {
  redisUrl: string;
  /** Prefix of every Redis key (limits and queues), so installations or test runs can share a Redis. */
  redisKeyPrefix: string;
  limits: LimitsConfig;
  /** A delegate that has not sent a heartbeat for this long shows as disconnected. */
  delegateConnectedWindowMs?: number;
  /** How often tasks that waited too long for a delegate are expired. */
  expirySweepMs?: number;
  /** How often lapsed leases are looked for (a dead delegate's task is offered again within one or two of these). */
  leaseCheckMs?: number;
}

export function pipelinesSubgraph(options: PipelinesOptions): SubgraphModule<PipelinesContext> {
  return {
    name: SUBGRAPH_NAME,
    define(connection, logger) {
      const repository = new PipelineRepository(connection);
      const limiterRedis = createLimiterRedis(options.redisUrl);
      const limiter = createRequestRateLimiter(limiterRedis, options.redisKeyPrefix, logger);
      const tasks = new TaskQueue({
        connection,
        redisUrl: options.redisUrl,
        limiter,
        limits: options.limits,
        keyPrefix: options.redisKeyPrefix,
        stalledCheckIntervalMs: options.leaseCheckMs,
        logger,
      });
      const delegates = new DelegateRegistry(connection, { connectedWindowMs: options.delegateConnectedWindowMs ?? 60_000 });
      const delegateTokens = new DelegateTokenRepository(connection);
      let sweep: NodeJS.Timeout | undefined;
      return {
        name: SUBGRAPH_NAME,
        typeDefs,
        resolvers: mergeResolvers({ DateTime: DateTimeScalar, Long: LongScalar }, pipelineResolvers, delegateResolvers),
        createContext: (identity) => ({
          identity,
          pipelines: new PipelineService(repository, identity),
          tasks,
          delegates,
          delegateTokens,
        }),
        internalRoutes: delegateApiRoutes(tasks, delegates, delegateTokens),
        onIndexesReady: async () => {
          sweep = setInterval(() => {
            tasks.expireOverdue().catch((error: unknown) => logger.error({ err: error }, 'expiring overdue delegate tasks failed'));
          }, options.expirySweepMs ?? 5_000);
          sweep.unref();
        },
        onStop: async () => {
          clearInterval(sweep);
          await tasks.close();
          limiterRedis.disconnect();
        },
      };
    },
  };
}

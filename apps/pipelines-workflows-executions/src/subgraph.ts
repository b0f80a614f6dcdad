import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { z } from 'zod';
import { loadEnvironments, parseEnvironment, publicBaseUrlVar, signingSecretVar } from '@fg/config';
import { DateTimeScalar, LongScalar, mergeResolvers } from '@fg/graphql-kit';
import { DomainEventSubscriber } from '@fg/domain-events';
import {
  CatalogProjection,
  catalogEventHandlers,
  PipelineRepository,
  TagLinkProjection,
  tagEventHandlers,
  WorkflowRepository,
} from '@fg/pipelines-workflows-executions/data-access';
import { DelegateRegistry, DelegateTokenRepository, TaskQueue, TaskScheduling } from '@fg/pipelines-workflows-executions/delegate-tasks';
import { ExecutionExportRepository, ExecutionExports } from '@fg/pipelines-workflows-executions/execution-exports';
import { RollingQuota, createLimiterRedis, createRequestRateLimiter, loadLimiterEnvironment, podId } from '@fg/rate-limits';
import { defineSubgraph } from '@fg/subgraph-server';
import type { PipelinesContext } from './context';
import { delegateResolvers } from './delegate/delegate.resolver';
import { exportFilesRoute, EXPORT_FILES_PATH } from './export/export-files.route';
import { exportResolvers } from './export/export.resolver';
import { ExportService } from './export/export.service';
import { DelegateService } from './delegate/delegate.service';
import { pipelineResolvers } from './pipeline/pipeline.resolver';
import { PipelineService } from './pipeline/pipeline.service';
import { workflowResolvers } from './workflow/workflow.resolver';
import { WorkflowService } from './workflow/workflow.service';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

function loadSettings(env: NodeJS.ProcessEnv) {
  const { delegates, limiter, exports } = loadEnvironments({
    delegates: () =>
      parseEnvironment(
        z.object({
          // A delegate that has not sent a heartbeat for this long shows as disconnected (same value as the broker's).
          DELEGATE_CONNECTED_WINDOW_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
        }),
        env,
      ),
    limiter: () => loadLimiterEnvironment(env),
    exports: () =>
      parseEnvironment(
        z.object({
          // Where users reach the gateway: export links start with it.
          PUBLIC_BASE_URL: publicBaseUrlVar,
          GATEWAY_SIGNING_SECRET: signingSecretVar,
          EXPORT_RETENTION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(24),
          EXPORT_MAX_EXECUTIONS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
        }),
        env,
      ),
  });
  return {
    ...limiter,
    delegateConnectedWindowMs: delegates.DELEGATE_CONNECTED_WINDOW_MS,
    exports: {
      publicUrl: exports.PUBLIC_BASE_URL,
      signingSecret: exports.GATEWAY_SIGNING_SECRET,
      retentionMs: exports.EXPORT_RETENTION_HOURS * 3_600_000,
      maxExecutions: exports.EXPORT_MAX_EXECUTIONS,
    },
  };
}

export const pipelinesSubgraph = defineSubgraph({
  name: 'pipelines-workflows-executions',
  typeDefs,
  resolvers: mergeResolvers(
    { DateTime: DateTimeScalar, Long: LongScalar },
    pipelineResolvers,
    workflowResolvers,
    delegateResolvers,
    exportResolvers,
  ),
  settings: loadSettings,
  services: ({ connection, logger, settings }) => {
    const limiterRedis = createLimiterRedis(settings.redisUrl);
    // Enqueueing and reading tasks only: the delegate broker (apps/delegate-broker) serves delegates and runs the sweeps.
    const tasks = new TaskQueue({
      connection,
      redisUrl: settings.redisUrl,
      limiter: createRequestRateLimiter(limiterRedis, settings.redisKeyPrefix, logger),
      limits: settings.limits,
      keyPrefix: settings.redisKeyPrefix,
      logger,
    });
    const delegates = new DelegateRegistry(connection, { connectedWindowMs: settings.delegateConnectedWindowMs });
    return {
      pipelines: new PipelineRepository(connection),
      limiterRedis,
      exports: new ExecutionExports({
        ...settings.exports,
        exports: new ExecutionExportRepository(connection),
        // A reservation outlives the slowest export job; one never committed frees itself then.
        quota: new RollingQuota(limiterRedis, { keyPrefix: `${settings.redisKeyPrefix}quota:`, reservationTtlMs: 3_600_000 }),
        limits: settings.limits,
        redisUrl: settings.redisUrl,
        keyPrefix: settings.redisKeyPrefix,
      }),
      delegate: { tasks, delegates, delegateTokens: new DelegateTokenRepository(connection), scheduling: new TaskScheduling(tasks, delegates) },
      // Workflow and pipeline definitions, and the projections of apps-services' facts they are checked against (fed by
      // its domain events, in this subgraph's consumer group).
      definitions: {
        workflows: new WorkflowRepository(connection),
        catalog: new CatalogProjection(connection),
        tags: new TagLinkProjection(connection),
        subscriber: new DomainEventSubscriber({ redisUrl: settings.redisUrl, keyPrefix: settings.redisKeyPrefix, logger }),
      },
    };
  },
  context: (services, principal): PipelinesContext => ({
    principal,
    pipelines: new PipelineService({ ...services.definitions, pipelines: services.pipelines }, principal),
    workflows: new WorkflowService({ ...services.definitions, pipelines: services.pipelines }, principal),
    delegates: new DelegateService(services.delegate, principal),
    exports: new ExportService(services.exports, principal),
  }),
  internalRoutes: (services) => ({ [EXPORT_FILES_PATH]: exportFilesRoute(services.exports) }),
  onStart: async ({ definitions }) => {
    await definitions.subscriber.subscribe({
      group: 'pipelines-workflows-executions',
      consumer: podId(),
      handlers: { ...catalogEventHandlers(definitions.catalog), ...tagEventHandlers(definitions.tags) },
    });
  },
  onStop: async (services) => {
    await services.definitions.subscriber.close();
    await services.delegate.tasks.close();
    await services.exports.close();
    services.limiterRedis.disconnect();
  },
});

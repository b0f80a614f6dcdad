import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { z } from 'zod';
import { loadEnvironments, parseEnvironment } from '@fg/config';
import { DateTimeScalar, LongScalar, mergeResolvers } from '@fg/graphql-kit';
import { PipelineRepository } from '@fg/pipelines-workflows-executions/data-access';
import { DelegateRegistry, DelegateTokenRepository, TaskQueue, TaskScheduling } from '@fg/pipelines-workflows-executions/delegate-tasks';
import { createLimiterRedis, createRequestRateLimiter, loadLimiterEnvironment } from '@fg/rate-limits';
import { defineSubgraph } from '@fg/subgraph-server';
import type { PipelinesContext } from './context';
import { delegateResolvers } from './delegate/delegate.resolver';
import { DelegateService } from './delegate/delegate.service';
import { pipelineResolvers } from './pipeline/pipeline.resolver';
import { PipelineService } from './pipeline/pipeline.service';
import { triggerResolvers } from './trigger/trigger.resolver';
import { TriggerService } from './trigger/trigger.service';
import { createTriggerServices } from './trigger/trigger-services';
import { TRIGGER_WEBHOOK_ROUTE, triggerWebhookRoute } from './trigger/trigger-webhook.route';
import { EngineNotWiredStarter } from '@fg/pipelines-workflows-executions/triggers';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

function loadSettings(env: NodeJS.ProcessEnv) {
  const { delegates, limiter, triggers } = loadEnvironments({
    delegates: () =>
      parseEnvironment(
        z.object({
          // A delegate that has not sent a heartbeat for this long shows as disconnected (same value as the broker's).
          DELEGATE_CONNECTED_WINDOW_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
        }),
        env,
      ),
    limiter: () => loadLimiterEnvironment(env),
    triggers: () =>
      parseEnvironment(
        z.object({
          // The gateway's public base URL: trigger webhook URLs are <PUBLIC_BASE_URL>/api/webhooks/triggers/<token>.
          PUBLIC_BASE_URL: z
            .string()
            .url()
            .default('http://127.0.0.1:4000')
            .transform((url) => url.replace(/\/+$/, '')),
        }),
        env,
      ),
  });
  return {
    ...limiter,
    delegateConnectedWindowMs: delegates.DELEGATE_CONNECTED_WINDOW_MS,
    publicBaseUrl: triggers.PUBLIC_BASE_URL,
  };
}

export const pipelinesSubgraph = defineSubgraph({
  name: 'pipelines-workflows-executions',
  typeDefs,
  resolvers: mergeResolvers({ DateTime: DateTimeScalar, Long: LongScalar }, pipelineResolvers, delegateResolvers, triggerResolvers),
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
      delegate: { tasks, delegates, delegateTokens: new DelegateTokenRepository(connection), scheduling: new TaskScheduling(tasks, delegates) },
      // TODO(lead): replace EngineNotWiredStarter with new EngineLauncherStarter(launcher, serviceNames) once the engine lands.
      triggers: createTriggerServices(connection, settings, new EngineNotWiredStarter(), logger),
    };
  },
  context: (services, principal): PipelinesContext => ({
    principal,
    pipelines: new PipelineService(services.pipelines, principal),
    delegates: new DelegateService(services.delegate, principal),
    triggers: new TriggerService(services.triggers, principal),
  }),
  internalRoutes: (services) => ({ [TRIGGER_WEBHOOK_ROUTE]: triggerWebhookRoute(services.triggers.dispatcher) }),
  onStop: async (services) => {
    await services.delegate.tasks.close();
    await services.triggers.close();
    services.limiterRedis.disconnect();
  },
});

import { connectorEventHandlers } from '@fg/tenancy';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { z } from 'zod';
import { loadEnvironments, parseEnvironment, publicBaseUrlVar, signingSecretVar } from '@fg/config';
import { DateTimeScalar, LongScalar, mergeResolvers } from '@fg/graphql-kit';
import { DomainEventSubscriber } from '@fg/domain-events';
import {
  AppManifestRepository,
  ArtifactSourceProjection,
  CatalogProjection,
  catalogEventHandlers,
  ManifestVersionRepository,
  PipelineRepository,
  TagLinkProjection,
  tagEventHandlers,
  WorkflowRepository,
  type ArtifactSourceEvent,
} from '@fg/pipelines-workflows-executions/data-access';
import { DelegateRegistry, DelegateTokenRepository, TaskQueue, TaskScheduling } from '@fg/pipelines-workflows-executions/delegate-tasks';
import {
  DeploymentQuota,
  ExecutionAdvanceQueue,
  ExecutionControl,
  ExecutionLauncher,
  ExecutionQuery,
  ExecutionRepository,
  ProjectedExecutionFacts,
  deploymentQuotaOptions,
} from '@fg/pipelines-workflows-executions/engine';
import { ExecutionExportRepository, ExecutionExports } from '@fg/pipelines-workflows-executions/execution-exports';
import { RollingQuota, createLimiterRedis, createRequestRateLimiter, loadLimiterEnvironment, podId } from '@fg/rate-limits';
import { defineSubgraph } from '@fg/subgraph-server';
import { ApplicationDeletion, applicationDeletionHandlers } from './application/application-deletion';
import type { PipelinesContext } from './context';
import { delegateResolvers } from './delegate/delegate.resolver';
import { executionResolvers } from './execution/execution.resolver';
import { ExecutionService } from './execution/execution.service';
import { exportFilesRoute, EXPORT_FILES_PATH } from './export/export-files.route';
import { exportResolvers } from './export/export.resolver';
import { frozenExecutionResolvers } from './freeze/frozen-executions.resolver';
import { ExportService } from './export/export.service';
import { DelegateService } from './delegate/delegate.service';
import { pipelineResolvers } from './pipeline/pipeline.resolver';
import { PipelineService } from './pipeline/pipeline.service';
import { triggerResolvers } from './trigger/trigger.resolver';
import { TriggerService } from './trigger/trigger.service';
import { createTriggerServices } from './trigger/trigger-services';
import { TRIGGER_WEBHOOK_ROUTE, triggerWebhookRoute } from './trigger/trigger-webhook.route';
import { EngineLauncherStarter, applicationGateOf, serviceNamesOf } from '@fg/pipelines-workflows-executions/triggers';
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
          // Where users reach the gateway: export links and trigger webhook URLs start with it.
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
    publicBaseUrl: exports.PUBLIC_BASE_URL,
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
    executionResolvers,
    triggerResolvers,
    frozenExecutionResolvers,
  ),
  settings: loadSettings,
  services: ({ connection, logger, settings, metrics }) => {
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
    const pipelines = new PipelineRepository(connection);
    const executions = new ExecutionRepository(connection);
    const artifactSources = new ArtifactSourceProjection(connection);
    const workflows = new WorkflowRepository(connection);
    const catalog = new CatalogProjection(connection);
    const tags = new TagLinkProjection(connection);
    const advance = new ExecutionAdvanceQueue(settings.redisUrl, settings.redisKeyPrefix);
    const quota = new DeploymentQuota(new RollingQuota(limiterRedis, deploymentQuotaOptions(settings.redisKeyPrefix)), settings.limits, metrics.platform);
    const facts = new ProjectedExecutionFacts(catalog, artifactSources, { appManifests: new AppManifestRepository(connection), versions: new ManifestVersionRepository(connection) });
    const launcher = new ExecutionLauncher({ executions, workflows, pipelines, facts, quota, advance, metrics: metrics.platform });
    // Triggers start through the same launcher as startExecution, as the trigger's actor (cause ExecutedByTrigger).
    const triggers = createTriggerServices(
      connection,
      settings,
      { starter: new EngineLauncherStarter(launcher, serviceNamesOf(facts)), applications: applicationGateOf(catalog) },
      logger,
    );
    return {
      pipelines,
      limiterRedis,
      advance,
      artifactSources,
      execution: {
        executions,
        launcher,
        control: new ExecutionControl(executions, advance),
        query: new ExecutionQuery(executions, tags),
        names: { catalog, workflows, pipelines },
      },
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
        workflows,
        catalog,
        tags,
        subscriber: new DomainEventSubscriber({ redisUrl: settings.redisUrl, keyPrefix: settings.redisKeyPrefix, logger }),
      },
      triggers,
      applicationDeletion: new ApplicationDeletion({
        workflows,
        pipelines,
        triggers: triggers.triggers,
        schedules: triggers.schedules,
        connectorReferences: triggers.connectorReferenceEvents,
      }),
    };
  },
  context: (services, principal): PipelinesContext => ({
    principal,
    pipelines: new PipelineService({ ...services.definitions, pipelines: services.pipelines }, principal),
    workflows: new WorkflowService({ ...services.definitions, pipelines: services.pipelines }, principal),
    delegates: new DelegateService(services.delegate, principal),
    executions: new ExecutionService(services.execution, principal),
    exports: new ExportService(services.exports, principal),
    triggers: new TriggerService(services.triggers, principal),
  }),
  internalRoutes: (services) => ({
    [EXPORT_FILES_PATH]: exportFilesRoute(services.exports),
    [TRIGGER_WEBHOOK_ROUTE]: triggerWebhookRoute(services.triggers.dispatcher),
  }),
  onStart: async ({ definitions, artifactSources, triggers, applicationDeletion }, { logger }) => {
    // startExecution's service inputs name artifact sources and artifacts of connectors-cloudproviders-artifacts.
    const applyArtifact = (event: ArtifactSourceEvent, { position }: { position: string }) => artifactSources.apply(event, position);
    await definitions.subscriber.subscribe({
      group: 'pipelines-workflows-executions',
      consumer: podId(),
      handlers: {
        ...catalogEventHandlers(definitions.catalog),
        // Replaces the catalog's own application.deleted handler: the same tombstone, then the application's
        // workflows, pipelines and triggers go. Only this group cascades (the broker's does not handle it), so each
        // event does so once however many processes run.
        ...applicationDeletionHandlers(definitions.catalog, applicationDeletion, logger.child({ component: 'application-deletion' })),
        ...tagEventHandlers(definitions.tags),
        // Webhook triggers name a git connector of the account.
        ...connectorEventHandlers(triggers.connectors),
        'artifactSource.created': applyArtifact,
        'artifactSource.deleted': applyArtifact,
        'artifact.collected': applyArtifact,
      },
    });
  },
  onStop: async (services) => {
    await services.definitions.subscriber.close();
    await services.delegate.tasks.close();
    await services.advance.close();
    await services.exports.close();
    await services.triggers.close();
    services.limiterRedis.disconnect();
  },
});

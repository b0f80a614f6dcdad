import type { Connection } from 'mongoose';
import type { PlatformMetrics } from '@fg/metrics';
import {
  AppManifestRepository,
  ArtifactSourceProjection,
  CatalogProjection,
  ManifestVersionRepository,
  PipelineRepository,
  WorkflowRepository,
} from '@fg/pipelines-workflows-executions/data-access';
import {
  DeploymentQuota,
  ExecutionAdvanceQueue,
  ExecutionLauncher,
  ExecutionRepository,
  ProjectedExecutionFacts,
  deploymentQuotaOptions,
} from '@fg/pipelines-workflows-executions/engine';
import { EngineLauncherStarter, applicationGateOf, serviceNamesOf, type TriggerApplicationGate, type TriggerExecutionStarter } from '@fg/pipelines-workflows-executions/triggers';
import { RollingQuota, type LimiterRedis } from '@fg/rate-limits';
import type { BrokerEnvironment } from '../environment';

export interface TriggerStarting {
  starter: TriggerExecutionStarter;
  applications: TriggerApplicationGate;
  close(): Promise<void>;
}

/**
 * What schedule ticks and domain events start executions with in the broker: the engine's launcher (the same one
 * startExecution uses in the subgraph), over the projections the subgraph keeps in the shared database (the catalog of
 * apps-services' applications, services and environments, the artifact sources and artifacts, and recorded chart versions).
 */
export function triggerStarting(connection: Connection, env: BrokerEnvironment, limiterRedis: LimiterRedis, metrics: PlatformMetrics): TriggerStarting {
  const catalog = new CatalogProjection(connection);
  const facts = new ProjectedExecutionFacts(catalog, new ArtifactSourceProjection(connection), {
    appManifests: new AppManifestRepository(connection),
    versions: new ManifestVersionRepository(connection),
  });
  const advance = new ExecutionAdvanceQueue(env.redisUrl, env.redisKeyPrefix);
  const launcher = new ExecutionLauncher({
    executions: new ExecutionRepository(connection),
    workflows: new WorkflowRepository(connection),
    pipelines: new PipelineRepository(connection),
    facts,
    quota: new DeploymentQuota(new RollingQuota(limiterRedis, deploymentQuotaOptions(env.redisKeyPrefix)), env.limits, metrics),
    advance,
    metrics,
  });
  return {
    starter: new EngineLauncherStarter(launcher, serviceNamesOf(facts)),
    applications: applicationGateOf(catalog),
    close: () => advance.close(),
  };
}

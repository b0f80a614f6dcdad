import type { Connection } from 'mongoose';
import {
  ArtifactSourceProjection,
  CatalogProjection,
  PipelineRepository,
  WorkflowRepository,
} from '@fg/pipelines-workflows-executions/data-access';
import {
  DeploymentQuota,
  ExecutionAdvanceQueue,
  ExecutionLauncher,
  ExecutionRepository,
  deploymentQuotaOptions,
  type ExecutionFacts,
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
 * apps-services' applications, services and environments, and the artifact sources and artifacts).
 */
export function triggerStarting(connection: Connection, env: BrokerEnvironment, limiterRedis: LimiterRedis): TriggerStarting {
  const catalog = new CatalogProjection(connection);
  const artifactSources = new ArtifactSourceProjection(connection);
  // The subgraph's ProjectedExecutionFacts reads the same projections; it belongs in the engine lib, for both apps.
  const facts: ExecutionFacts = {
    environmentType: async (accountId, environmentId) => (await catalog.environmentById(accountId, environmentId))?.environmentType ?? null,
    services: async (accountId, serviceIds) => (serviceIds.length ? (await catalog.servicesByIds(accountId, serviceIds)).map(({ id, name }) => ({ id, name })) : []),
    artifactSourceByName: async (accountId, serviceId, name) => {
      const source = await artifactSources.byName(accountId, serviceId, name);
      return source ? { id: source.id, name: source.name } : null;
    },
    artifact: (accountId, artifactId) => artifactSources.artifact(accountId, artifactId),
  };
  const advance = new ExecutionAdvanceQueue(env.redisUrl, env.redisKeyPrefix);
  const launcher = new ExecutionLauncher({
    executions: new ExecutionRepository(connection),
    workflows: new WorkflowRepository(connection),
    pipelines: new PipelineRepository(connection),
    facts,
    quota: new DeploymentQuota(new RollingQuota(limiterRedis, deploymentQuotaOptions(env.redisKeyPrefix)), env.limits),
    advance,
  });
  return {
    starter: new EngineLauncherStarter(launcher, serviceNamesOf(facts)),
    applications: applicationGateOf(catalog),
    close: () => advance.close(),
  };
}

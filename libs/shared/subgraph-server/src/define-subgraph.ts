import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import type { Connection } from 'mongoose';
import { exitOnEnvironmentError, loadEnvironments } from '@fg/config';
import { runServerProcess } from '@fg/graphql-kit';
import { makeMutationsIdempotent, MutationLedger } from '@fg/idempotency';
import type { Principal } from '@fg/internal-auth';
import { createLogger, type Logger } from '@fg/logger';
import { ServiceMetrics } from '@fg/metrics';
import { subgraphNamed, type SubgraphName } from '@fg/subgraph-registry';
import { openDatabase, prepareIndexes } from '@fg/tenancy';
import { startTracing } from '@fg/tracing';
import { loadSubgraphEnvironment, type SubgraphEnvironment } from './environment';
import { startSubgraphServer, type InternalRoute, type RunningSubgraph } from './subgraph-server';

/**
 * A subgraph's resolver map as buildSubgraphSchema takes it (the type is not exported, so it is derived). Each app
 * passes its generated `Resolvers`, which checks fields, arguments and the context type.
 */
export type SubgraphResolvers = NonNullable<
  Exclude<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], DocumentNode>['resolvers']
>;

/** Every subgraph's request context names its principal; mutations are made idempotent per principal. */
export interface SubgraphContext {
  principal: Principal;
}

export interface SubgraphSetup<TSettings> {
  connection: Connection;
  logger: Logger;
  settings: TSettings;
  /**
   * The process's metrics, served on GET /metrics. Services report the domain's numbers through `metrics.platform`
   * (queue depth, tasks acquired / completed / expired, delegates, executions, quotas) and refusals of their own
   * limits through `metrics.rateLimitRefused(limit)`.
   */
  metrics: ServiceMetrics;
}

/**
 * A subgraph app: its schema, resolvers and the services they use. The wiring every subgraph shares (environment,
 * database, indexes, signed-only HTTP, health, idempotent mutations, shutdown) is done by startSubgraph.
 */
export interface SubgraphDefinition<TContext extends SubgraphContext, TServices, TSettings> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: SubgraphResolvers;
  /** The subgraph's own settings, read from the environment together with the common ones (every problem at once). */
  settings(env: NodeJS.ProcessEnv): TSettings;
  /** Long-lived parts built once at start-up: repositories, queues, clients. Models are registered here. */
  services(setup: SubgraphSetup<TSettings>): TServices | Promise<TServices>;
  /** The per-request context (request-scoped services and DataLoaders). */
  context(services: TServices, principal: Principal): TContext;
  internalRoutes?(services: TServices): Record<string, InternalRoute>;
  /** The largest GraphQL request body accepted, when the subgraph takes in more than the default (e.g. files). */
  maxGraphQLBodyBytes?(settings: TSettings): number;
  /** Start-up work that needs the indexes in place (seeding, timers). */
  onStart?(services: TServices, setup: SubgraphSetup<TSettings>): Promise<void>;
  /** Runs after the server stopped taking requests, before the database closes. */
  onStop?(services: TServices): Promise<void>;
}

export type SubgraphApp<TContext extends SubgraphContext = SubgraphContext, TServices = unknown, TSettings = unknown> = SubgraphDefinition<
  TContext,
  TServices,
  TSettings
>;

export const noSettings = (): Record<string, never> => ({});

/** Declares a subgraph app; `runSubgraph` serves it as a process and `startTestSubgraph` in a spec. */
export function defineSubgraph<TContext extends SubgraphContext, TServices, TSettings = Record<string, never>>(
  definition: SubgraphDefinition<TContext, TServices, TSettings>,
): SubgraphApp<TContext, TServices, TSettings> {
  return definition;
}

export interface SubgraphConfiguration<TSettings> {
  environment: SubgraphEnvironment;
  settings: TSettings;
}

/** Reads the common and the subgraph's own variables in one pass; throws one EnvironmentError listing every problem. */
export function loadSubgraphConfiguration<TSettings>(
  app: SubgraphApp<SubgraphContext, unknown, TSettings>,
  env: NodeJS.ProcessEnv,
): SubgraphConfiguration<TSettings> {
  return loadEnvironments({
    environment: () => loadSubgraphEnvironment(subgraphNamed(app.name), env),
    settings: () => app.settings(env),
  });
}

export interface StartedSubgraph extends RunningSubgraph {
  connection: Connection;
}

/**
 * Opens the subgraph's database, builds its indexes once (unless MONGO_BUILD_INDEXES is false), then serves it. Used by
 * main and by tests alike.
 */
export async function startSubgraph<TContext extends SubgraphContext, TServices, TSettings>(
  app: SubgraphApp<TContext, TServices, TSettings>,
  { environment, settings }: SubgraphConfiguration<TSettings>,
  logger: Logger = createLogger(app.name, environment.logLevel),
): Promise<StartedSubgraph> {
  const connection = await openDatabase(environment.mongoUrl, environment.mongoDbName);
  try {
    const metrics = new ServiceMetrics(app.name);
    const setup = { connection, logger, settings, metrics };
    const services = await app.services(setup);
    const schema = buildSubgraphSchema({ typeDefs: app.typeDefs, resolvers: app.resolvers });
    makeMutationsIdempotent<TContext>(schema, new MutationLedger(connection), (context) => context.principal);
    await prepareIndexes(connection, environment.buildIndexes ?? true, logger);
    await app.onStart?.(services, setup);
    const running = await startSubgraphServer<TContext>(
      {
        name: app.name,
        schema,
        signingSecret: environment.signingSecret,
        logger,
        createContext: (principal) => app.context(services, principal),
        isReady: () => connection.readyState === 1,
        internalRoutes: app.internalRoutes?.(services),
        maxGraphQLBodyBytes: app.maxGraphQLBodyBytes?.(settings),
        metrics,
      },
      environment.port,
      environment.host,
    );
    return {
      ...running,
      connection,
      stop: async () => {
        await running.stop();
        await app.onStop?.(services);
        await connection.close();
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/** main() of a subgraph process: read the environment once, start, and stop cleanly on SIGINT/SIGTERM. */
export function runSubgraph<TContext extends SubgraphContext, TServices, TSettings>(
  app: SubgraphApp<TContext, TServices, TSettings>,
  // The one place a subgraph process reads its environment (named in eslint.config.mjs).
  env: NodeJS.ProcessEnv = process.env,
): void {
  const configuration = exitOnEnvironmentError(() => loadSubgraphConfiguration(app, env));
  const logger = createLogger(app.name, configuration.environment.logLevel);
  const tracing = startTracing(app.name, env);
  runServerProcess(app.name, logger, () => startSubgraph(app, configuration, logger), { afterStop: () => tracing.shutdown() });
}

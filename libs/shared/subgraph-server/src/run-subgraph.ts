import type { BaseContext } from '@apollo/server';
import type { Connection } from 'mongoose';
import { createLogger, type Logger } from '@fg/logger';
import { ensureIndexes, openDatabase } from '@fg/tenancy';
import type { SubgraphEnvironment } from './environment';
import { startSubgraphServer, type RunningSubgraph, type SubgraphOptions } from './subgraph-server';

export type SubgraphDefinition<TContext extends BaseContext> = Omit<
  SubgraphOptions<TContext>,
  'signingSecret' | 'logger' | 'isReady'
> & {
  /** Start-up work that needs the indexes in place (seeding, for one). */
  onIndexesReady?: () => Promise<void>;
  /** Runs after the server stopped taking requests, before the database closes (timers, queues). */
  onStop?: () => Promise<void>;
};

/** What a subgraph app provides: given its database, the schema, resolvers and context it serves. */
export interface SubgraphModule<TContext extends BaseContext> {
  name: string;
  /** Registers the subgraph's models on the connection and returns its definition. */
  define(connection: Connection, logger: Logger): Promise<SubgraphDefinition<TContext>> | SubgraphDefinition<TContext>;
}

export interface StartedSubgraph extends RunningSubgraph {
  connection: Connection;
}

/** Opens the subgraph's database, builds its indexes once, then serves it. Used by main and by tests alike. */
export async function startSubgraph<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  environment: SubgraphEnvironment,
  logger: Logger = createLogger(module.name, environment.logLevel),
): Promise<StartedSubgraph> {
  const connection = await openDatabase(environment.mongoUrl, environment.mongoDbName);
  try {
    const definition = await module.define(connection, logger);
    await ensureIndexes(connection);
    await definition.onIndexesReady?.();
    const running = await startSubgraphServer(
      {
        ...definition,
        signingSecret: environment.signingSecret,
        logger,
        isReady: () => connection.readyState === 1,
      },
      environment.port,
      environment.host,
    );
    return {
      ...running,
      connection,
      stop: async () => {
        await running.stop();
        await definition.onStop?.();
        await connection.close();
      },
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

/** main() of a subgraph process: start, and stop cleanly on SIGINT/SIGTERM. */
export function runSubgraphProcess<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  environment: SubgraphEnvironment,
): void {
  const logger = createLogger(module.name, environment.logLevel);
  startSubgraph(module, environment, logger).then(
    (running) => {
      const shutdown = (signal: string) => {
        logger.info({ signal }, 'shutting down');
        running.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (error: unknown) => {
      logger.fatal({ err: error }, `${module.name} could not start`);
      process.exit(1);
    },
  );
}

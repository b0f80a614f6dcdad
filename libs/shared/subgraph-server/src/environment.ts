import { z } from 'zod';
import { buildIndexesVar, logLevelVar, mongoUrlVar, parseEnvironment, portVar, signingSecretVar } from '@fg/config';
import type { SubgraphEntry } from '@fg/subgraph-registry';

/** The settings every subgraph shares; each subgraph's port variable and database come from the registry. */
export interface SubgraphEnvironment {
  port: number;
  host: string;
  mongoUrl: string;
  mongoDbName: string;
  /** Whether start-up builds the declared indexes (MONGO_BUILD_INDEXES; unset: yes); off, they are built out of band. */
  buildIndexes?: boolean;
  signingSecret: string;
  logLevel: string;
}

/** Throws EnvironmentError (from @fg/config) naming every bad variable. */
export function loadSubgraphEnvironment(entry: SubgraphEntry, env: NodeJS.ProcessEnv): SubgraphEnvironment {
  const parsed = parseEnvironment(
    z.object({
      [entry.portVariable]: portVar(entry.port),
      SUBGRAPH_HOST: z.string().default('127.0.0.1'),
      MONGO_URL: mongoUrlVar,
      MONGO_DB_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/).default('fg'),
      MONGO_BUILD_INDEXES: buildIndexesVar,
      GATEWAY_SIGNING_SECRET: signingSecretVar,
      LOG_LEVEL: logLevelVar,
    }),
    env,
  ) as Record<string, string | number | boolean>;
  return {
    port: parsed[entry.portVariable] as number,
    host: parsed.SUBGRAPH_HOST as string,
    mongoUrl: parsed.MONGO_URL as string,
    // One MongoDB can host every subgraph without them sharing collections.
    mongoDbName: `${parsed.MONGO_DB_PREFIX}_${entry.database}`,
    buildIndexes: parsed.MONGO_BUILD_INDEXES as boolean,
    signingSecret: parsed.GATEWAY_SIGNING_SECRET as string,
    logLevel: parsed.LOG_LEVEL as string,
  };
}

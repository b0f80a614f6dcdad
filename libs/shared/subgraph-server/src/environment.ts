import { z } from 'zod';
import { logLevelVar, mongoUrlVar, parseEnvironmentOrExit, portVar, signingSecretVar } from '@fg/config';

export interface SubgraphEnvironment {
  port: number;
  host: string;
  mongoUrl: string;
  mongoDbName: string;
  signingSecret: string;
  logLevel: string;
}

/**
 * The settings every subgraph shares. Each subgraph has its own port variable and its own database, named
 * `${MONGO_DB_PREFIX}_${database}` so that one MongoDB can host every subgraph without them sharing collections.
 */
export function loadSubgraphEnvironment(
  portVariable: string,
  defaultPort: number,
  database: string,
  env: NodeJS.ProcessEnv,
): SubgraphEnvironment {
  const schema = z.object({
    [portVariable]: portVar(defaultPort),
    SUBGRAPH_HOST: z.string().default('127.0.0.1'),
    MONGO_URL: mongoUrlVar,
    MONGO_DB_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/).default('fg'),
    GATEWAY_SIGNING_SECRET: signingSecretVar,
    LOG_LEVEL: logLevelVar,
  });
  const parsed = parseEnvironmentOrExit(schema, env) as Record<string, string | number>;
  return {
    port: parsed[portVariable] as number,
    host: parsed.SUBGRAPH_HOST as string,
    mongoUrl: parsed.MONGO_URL as string,
    mongoDbName: `${parsed.MONGO_DB_PREFIX}_${database}`,
    signingSecret: parsed.GATEWAY_SIGNING_SECRET as string,
    logLevel: parsed.LOG_LEVEL as string,
  };
}

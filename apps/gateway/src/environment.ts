import { join } from 'node:path';
import { z } from 'zod';
import { exitOnEnvironmentError, logLevelVar, parseEnvironmentOrExit, portVar, signingSecretVar } from '@fg/config';
import { loadLimiterEnvironment, type LimiterEnvironment } from '@fg/rate-limits';

/** Subgraph name (as in the supergraph) -> the variable that holds its URL, and the local default. */
export const SUBGRAPH_URL_VARIABLES = {
  'apps-services': ['APPS_SERVICES_URL', 'http://127.0.0.1:4001/graphql'],
  'pipelines-workflows-executions': ['PIPELINES_WORKFLOWS_EXECUTIONS_URL', 'http://127.0.0.1:4002/graphql'],
  'identity-users-groups': ['IDENTITY_USERS_GROUPS_URL', 'http://127.0.0.1:4003/graphql'],
  secrets: ['SECRETS_URL', 'http://127.0.0.1:4004/graphql'],
  'connectors-cloudproviders-artifacts': ['CONNECTORS_CLOUDPROVIDERS_ARTIFACTS_URL', 'http://127.0.0.1:4005/graphql'],
} as const;

export type SubgraphName = keyof typeof SUBGRAPH_URL_VARIABLES;

/** Redis and the limits are shared by every gateway pod for the request-rate limits. */
export interface GatewayConfig extends LimiterEnvironment {
  port: number;
  host: string;
  signingSecret: string;
  subgraphUrls: Record<SubgraphName, string>;
  supergraphPath: string;
  apiKeyCacheMs: number;
  logLevel: string;
}

export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const urlVariables = Object.fromEntries(
    Object.values(SUBGRAPH_URL_VARIABLES).map(([variable, fallback]) => [variable, z.string().url().default(fallback)]),
  );
  const parsed = parseEnvironmentOrExit(
    z.object({
      GATEWAY_PORT: portVar(4000),
      GATEWAY_HOST: z.string().default('127.0.0.1'),
      GATEWAY_SIGNING_SECRET: signingSecretVar,
      // The build copies the committed supergraph next to the bundle.
      SUPERGRAPH_PATH: z.string().default(join(__dirname, 'supergraph.graphql')),
      API_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
      LOG_LEVEL: logLevelVar,
      ...urlVariables,
    }),
    env,
  ) as Record<string, string | number>;
  const subgraphUrls = Object.fromEntries(
    Object.entries(SUBGRAPH_URL_VARIABLES).map(([name, [variable]]) => [name, parsed[variable] as string]),
  ) as Record<SubgraphName, string>;
  return {
    port: parsed.GATEWAY_PORT as number,
    host: parsed.GATEWAY_HOST as string,
    signingSecret: parsed.GATEWAY_SIGNING_SECRET as string,
    subgraphUrls,
    supergraphPath: parsed.SUPERGRAPH_PATH as string,
    apiKeyCacheMs: (parsed.API_KEY_CACHE_SECONDS as number) * 1000,
    logLevel: parsed.LOG_LEVEL as string,
    ...exitOnEnvironmentError(() => loadLimiterEnvironment(env)),
  };
}

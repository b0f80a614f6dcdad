import { join } from 'node:path';
import { z } from 'zod';
import { exitOnEnvironmentError, loadEnvironments, logLevelVar, parseEnvironment, portVar, signingSecretVar } from '@fg/config';
import { loadLimiterEnvironment, type LimiterEnvironment } from '@fg/rate-limits';
import { SUBGRAPHS, type SubgraphName } from '@fg/subgraph-registry';

export type { SubgraphName };

/** Redis and the limits are shared by every gateway pod for the request-rate limits. */
export interface GatewayConfig extends LimiterEnvironment {
  port: number;
  host: string;
  signingSecret: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** Where delegate calls go: the delegate broker (apps/delegate-broker). */
  delegateBrokerUrl: string;
  supergraphPath: string;
  apiKeyCacheMs: number;
  /** The largest encrypted file a multipart createSecret / updateSecret may carry; larger answers 413. */
  maxUploadBytes: number;
  /** Sizes of Apollo's document and query-plan caches. */
  cacheMiB: { documents: number; queryPlans: number };
  /** How long slow or idle clients may hold a connection (see GatewayServerTimeouts). */
  serverTimeouts: GatewayServerTimeouts;
  logLevel: string;
}

/**
 * The gateway's HTTP server timeouts, so that clients sending slowly (slowloris) cannot hold its connections: a request
 * whose headers are not complete within headersMs, or which is not complete (headers and body) within requestMs, is
 * answered 408 and its connection closed; an idle keep-alive connection is closed after keepAliveMs.
 */
export interface GatewayServerTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}

/** Reads the gateway's configuration once, printing every problem and exiting when anything is wrong. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return exitOnEnvironmentError(() => parseGatewayEnvironment(env));
}

/** Throws one EnvironmentError listing every problem. */
export function parseGatewayEnvironment(env: NodeJS.ProcessEnv): GatewayConfig {
  const urlVariables = Object.fromEntries(SUBGRAPHS.map((entry) => [entry.urlVariable, z.string().url().default(entry.defaultUrl)]));
  const gatewaySchema = z
    .object({
      GATEWAY_PORT: portVar(4000),
      GATEWAY_HOST: z.string().default('127.0.0.1'),
      GATEWAY_SIGNING_SECRET: signingSecretVar,
      // The build copies the committed supergraph next to the bundle.
      SUPERGRAPH_PATH: z.string().default(join(__dirname, 'supergraph.graphql')),
      API_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
      // Keep equal to the secrets subgraph's SECRETS_MAX_FILE_BYTES (1 MiB by default too).
      GATEWAY_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1).max(64 * 1024 * 1024).default(1024 * 1024),
      // Apollo's LRU caches of parsed documents and of query plans, each sized by an estimate that is several times
      // smaller than the heap it really holds; Apollo's own default is 30 MiB each.
      GATEWAY_DOCUMENT_CACHE_MIB: z.coerce.number().int().min(1).max(1024).default(30),
      GATEWAY_QUERY_PLAN_CACHE_MIB: z.coerce.number().int().min(1).max(1024).default(30),
      // Headers are a few hundred bytes: 10 s is generous for any real client on any network.
      GATEWAY_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
      // The largest body (an encrypted file, 1 MiB by default) needs 30 s only below ~35 KB/s.
      GATEWAY_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
      // Longer than the 60 s idle timeout of the usual load balancers in front, so they never reuse a connection the
      // gateway is closing (which they would answer 502).
      GATEWAY_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(65_000),
      LOG_LEVEL: logLevelVar,
      DELEGATE_BROKER_URL: z.string().url().default('http://127.0.0.1:4010'),
      ...urlVariables,
    })
    // Node refuses a headers timeout above the request timeout.
    .refine((values) => values.GATEWAY_HEADERS_TIMEOUT_MS <= values.GATEWAY_REQUEST_TIMEOUT_MS, {
      path: ['GATEWAY_HEADERS_TIMEOUT_MS'],
      message: 'must not be above GATEWAY_REQUEST_TIMEOUT_MS',
    });
  const { parsed, limiter } = loadEnvironments({
    parsed: () => parseEnvironment(gatewaySchema, env) as Record<string, string | number>,
    limiter: () => loadLimiterEnvironment(env),
  });
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((entry) => [entry.name, parsed[entry.urlVariable] as string])) as Record<
    SubgraphName,
    string
  >;
  return {
    port: parsed.GATEWAY_PORT as number,
    host: parsed.GATEWAY_HOST as string,
    signingSecret: parsed.GATEWAY_SIGNING_SECRET as string,
    subgraphUrls,
    delegateBrokerUrl: parsed.DELEGATE_BROKER_URL as string,
    supergraphPath: parsed.SUPERGRAPH_PATH as string,
    apiKeyCacheMs: (parsed.API_KEY_CACHE_SECONDS as number) * 1000,
    maxUploadBytes: parsed.GATEWAY_MAX_UPLOAD_BYTES as number,
    cacheMiB: { documents: parsed.GATEWAY_DOCUMENT_CACHE_MIB as number, queryPlans: parsed.GATEWAY_QUERY_PLAN_CACHE_MIB as number },
    serverTimeouts: {
      headersMs: parsed.GATEWAY_HEADERS_TIMEOUT_MS as number,
      requestMs: parsed.GATEWAY_REQUEST_TIMEOUT_MS as number,
      keepAliveMs: parsed.GATEWAY_KEEP_ALIVE_TIMEOUT_MS as number,
    },
    logLevel: parsed.LOG_LEVEL as string,
    ...limiter,
  };
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import {
  ErrorCode,
  RequestBodyError,
  SERVICE_UNAVAILABLE_MESSAGE,
  createErrorFormatter,
  listen,
  readBody,
  respondWithApollo,
  sendJson,
  stopOnce,
  toGraphQLRequest,
} from '@fg/graphql-kit';
import { PrincipalVerifier, type Principal } from '@fg/internal-auth';
import type { Logger } from '@fg/logger';
import { METRICS_PATH, ServiceMetrics, graphqlMetricsPlugin, sendMetrics } from '@fg/metrics';
import { isStoreUnavailableError } from '@fg/tenancy';
import { startServerSpan } from '@fg/tracing';

export const GRAPHQL_PATH = '/graphql';
export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

/** A route that only the gateway may call (its principal signature is checked before the handler runs). */
export type InternalRoute = (body: unknown, principal: Principal) => Promise<{ status: number; body: unknown }>;

export interface SubgraphOptions<TContext extends BaseContext> {
  name: string;
  /** The subgraph schema (buildSubgraphSchema), resolvers attached. */
  schema: GraphQLSchema;
  signingSecret: string;
  logger: Logger;
  /** Per-request context: the verified principal plus whatever the subgraph batches by (DataLoaders). */
  createContext(principal: Principal): TContext;
  /** True while the subgraph can serve (its database is connected). */
  isReady(): boolean;
  internalRoutes?: Record<string, InternalRoute>;
  /** The largest GraphQL request body accepted (default MAX_BODY_BYTES); raise it only for what a subgraph takes in. */
  maxGraphQLBodyBytes?: number;
  /** Served on GET /metrics; one is made when none is given. */
  metrics?: ServiceMetrics;
}

export interface RunningSubgraph {
  url: string;
  server: Server;
  metrics: ServiceMetrics;
  stop(): Promise<void>;
}

const UNAUTHENTICATED_BODY = {
  errors: [{ message: 'Missing or invalid gateway signature', extensions: { code: 'UNAUTHENTICATED' } }],
};

const STORE_UNAVAILABLE_BODY = {
  errors: [{ message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.ServiceUnavailable } }],
};
// Seconds: about how long the store takes to restart, or the driver to find it again.
const STORE_RETRY_AFTER_SECONDS = '5';

/**
 * Errors of a store that is away become SERVICE_UNAVAILABLE (a client may retry) instead of an internal error with an
 * id; the log still has the driver's error. Everything else goes through the common formatter.
 */
function storeAwareErrorFormatter(logger: Logger) {
  const formatError = createErrorFormatter(logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (!isStoreUnavailableError(original)) return formatError(formatted, error);
    logger.warn({ err: original, path: formatted.path }, 'the store is unavailable');
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.ServiceUnavailable },
    };
  };
}

export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphOptions<TContext>,
  port: number,
  host = '127.0.0.1',
): Promise<RunningSubgraph> {
  const { logger, signingSecret } = options;
  const metrics = options.metrics ?? new ServiceMetrics(options.name);
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: storeAwareErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The process's own signal handlers stop everything in order; Apollo's would re-raise the signal midway.
    stopOnTerminationSignals: false,
    logger,
    // No usage reporting and no HTTP caching: per-field traces and cache hints would be work nobody reads.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      graphqlMetricsPlugin<TContext>(metrics),
    ],
  });
  await apollo.start();
  const principals = new PrincipalVerifier(signingSecret);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    // Alive while the process answers; ready only while it can serve (its database is connected), so an outage of
    // the store takes pods out of rotation without restarting them.
    if (url.pathname === HEALTH_PATH) return sendJson(res, 200, { status: 'ok', service: options.name });
    if (url.pathname === READY_PATH) {
      const ready = options.isReady();
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', service: options.name });
      return;
    }
    if (url.pathname === METRICS_PATH) return sendMetrics(metrics, res);
    const internalRoute = options.internalRoutes?.[url.pathname];
    if (url.pathname !== GRAPHQL_PATH && !internalRoute) {
      sendJson(res, 404, { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const principal = principals.verify(req.headers);
    if (!principal) {
      sendJson(res, 401, UNAUTHENTICATED_BODY);
      return;
    }
    // While the store is known to be away, answer at once rather than let every request wait for the driver's server
    // selection to time out; the driver reconnects by itself and isReady turns true again.
    if (!options.isReady()) {
      res.setHeader('retry-after', STORE_RETRY_AFTER_SECONDS);
      sendJson(res, 503, STORE_UNAVAILABLE_BODY);
      return;
    }
    if (internalRoute) {
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
      // Read first, so an oversized body answers 413 (through the handler below), not "invalid JSON".
      const text = await readBody(req);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return sendJson(res, 400, { error: 'Request body is not valid JSON' });
      }
      const answer = await internalRoute(body, principal);
      sendJson(res, answer.status, answer.body);
      return;
    }
    const graphQLRequest = await toGraphQLRequest(req, url, options.maxGraphQLBodyBytes);
    await respondWithApollo(apollo, graphQLRequest, async () => options.createContext(principal), res);
  };

  const routeOf = (path: string): string => {
    if (path === GRAPHQL_PATH) return 'graphql';
    if (options.internalRoutes?.[path]) return path;
    if (path === HEALTH_PATH || path === READY_PATH || path === METRICS_PATH) return path;
    return 'not_found';
  };
  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const route = routeOf(new URL(req.url ?? '/', 'http://subgraph').pathname);
    // Continues the gateway's trace (its traceparent header) for everything this request does.
    const span = startServerSpan(`${options.name} ${route}`, req.headers, { 'http.route': route });
    res.once('close', () => {
      metrics.httpRequest(route, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
      span.end(res.statusCode >= 500 ? { error: `HTTP ${res.statusCode}` } : undefined);
    });
    span.run(() => handle(req, res)).catch((error: unknown) => {
      if (error instanceof RequestBodyError) {
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    });
  });
  // Longer than the gateway's pooled connections' idle timeout, so the gateway never writes to a closing socket.
  server.keepAliveTimeout = 65_000;
  const url = `http://${host}:${await listen(server, port, host)}${GRAPHQL_PATH}`;
  logger.info({ url }, `${options.name} subgraph ready`);
  return { url, server, metrics, stop: stopOnce(server, () => apollo.stop()) };
}

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  RequestBodyError,
  createErrorFormatter,
  depthLimitRule,
  listen,
  respondWithApollo,
  sendJson,
  stopOnce,
  toGraphQLRequest,
} from '@fg/graphql-kit';
import { IdentitySigner } from '@fg/internal-auth';
import type { Logger } from '@fg/logger';
import { createLimiterRedis, createRequestRateLimiter, loadLimiterScripts } from '@fg/rate-limits';
import { Authenticator } from './auth/authenticator';
import { InternalClient, InternalServiceUnavailableError } from './auth/internal-client';
import { LOGIN_PATH, login } from './auth/login';
import type { GatewayConfig, SubgraphName } from './environment';
import { SubgraphDataSource, type GatewayContext } from './federation/subgraph-data-source';
import {
  DASHBOARD_HEADER,
  GRAPHQL_RATE_LIMIT_BODY,
  RequestLimits,
  edgeRefusalBody,
  rateLimitHeaders,
  retryAfter,
} from './limits/request-limits';
import { DELEGATE_API_PREFIX, DelegateProxy } from './delegates/delegate-proxy';
import { checkSubgraphs } from './readiness';

export const API_PATH = '/api/graphql';

// The reference API's exact bodies: existing clients compare them.
const INVALID_API_KEY = { errors: [{ message: 'Invalid Api Key' }] };

export interface RunningGateway {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

function wantsExplorer(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
}

export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const signer = new IdentitySigner(config.signingSecret);
  const dataSources: SubgraphDataSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name }) => {
      const url = config.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`The supergraph names a subgraph "${name}" that has no configured URL`);
      const dataSource = new SubgraphDataSource(url, signer);
      dataSources.push(dataSource);
      return dataSource;
    },
    logger,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: [depthLimitRule()],
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The process's own signal handlers stop everything in order; Apollo's would re-raise the signal midway.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: true,
    introspection: true,
    plugins: [
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  const identityClient = new InternalClient(config.subgraphUrls['identity-users-groups'], signer);
  const authenticator = new Authenticator(identityClient, config.apiKeyCacheMs);
  // A batched acquire can take seconds on a slow store; waiting a little less than a delegate's own 10 s keeps its
  // claimed tasks from lapsing just because the gateway gave up first.
  const delegateProxy = new DelegateProxy(
    new InternalClient(config.subgraphUrls['pipelines-workflows-executions'], signer, 9_000),
    config.apiKeyCacheMs,
  );
  const limiterRedis = createLimiterRedis(config.redisUrl);
  await loadLimiterScripts(limiterRedis).catch((error: unknown) =>
    logger.warn({ err: error }, 'Redis is not reachable: request-rate limits are not enforced until it is'),
  );
  const limits = new RequestLimits(createRequestRateLimiter(limiterRedis, config.redisKeyPrefix, logger), config.limits);

  /** Counts the request against the account's edge limit; false (and a 429 sent) when the account is over it. */
  const passesEdge = async (accountId: string, cost: number, res: ServerResponse): Promise<boolean> => {
    const decision = await limits.edge(accountId, cost);
    if (decision.allowed) return true;
    const body = edgeRefusalBody(decision.limit);
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...retryAfter(decision) };
    res.writeHead(429, headers);
    res.end(body);
    return false;
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (wantsExplorer(req, url)) {
      // The explorer page itself needs no key; the operations it sends do.
      await respondWithApollo(apollo, await toGraphQLRequest(req, url), async () => ({}) as GatewayContext, res);
      return;
    }
    const caller = await authenticator.authenticate(req.headers);
    if (!caller) return sendJson(res, 401, INVALID_API_KEY);
    const { identity } = caller;
    const requestedAccount = url.searchParams.get('accountId');
    if (requestedAccount && requestedAccount !== identity.accountId) {
      return sendJson(res, 401, { errors: [{ message: `The credentials do not belong to account ${requestedAccount}` }] });
    }
    const graphQLRequest = await toGraphQLRequest(req, url);
    // A batch counts one per operation, for both limits.
    const operations = Array.isArray(graphQLRequest.body) ? Math.max(1, graphQLRequest.body.length) : 1;
    if (!(await passesEdge(identity.accountId, operations, res))) return;
    const decision = await limits.graphql(caller, req.headers[DASHBOARD_HEADER] === 'true', operations);
    const headers = rateLimitHeaders(decision);
    if (!decision.allowed) return sendJson(res, 429, GRAPHQL_RATE_LIMIT_BODY, { ...headers, ...retryAfter(decision) });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    await respondWithApollo(apollo, graphQLRequest, async () => ({ identity }), res);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    switch (url.pathname) {
      case API_PATH:
        return handleApi(req, res, url);
      case LOGIN_PATH: {
        if (req.method !== 'POST') return sendJson(res, 405, { errors: [{ message: 'Use POST' }] });
        // A login names its account up front (?accountId=) or only once it succeeds; either way it counts at the edge.
        const named = url.searchParams.get('accountId');
        if (named && !(await passesEdge(named, 1, res))) return;
        const result = await login(req, url, identityClient);
        if (!named && result.status === 200 && result.accountId) await limits.edge(result.accountId, 1);
        return sendJson(res, result.status, result.body, result.headers);
      }
      case '/healthz':
        return sendJson(res, 200, { status: 'ok' });
      case '/readyz': {
        const subgraphs = await checkSubgraphs(config.subgraphUrls);
        const ready = Object.values(subgraphs).every((status) => status === 'ok');
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', subgraphs });
      }
      default: {
        if (url.pathname.startsWith(DELEGATE_API_PREFIX)) {
          const checked = await delegateProxy.check(req, url);
          if (!checked.ok) return sendJson(res, checked.status, checked.body);
          // Delegate calls count against the account's edge limit like every other request.
          if (!(await passesEdge(checked.call.accountId, 1, res))) return;
          const answer = await delegateProxy.forward(checked.call);
          return sendJson(res, answer.status, answer.body);
        }
        return sendJson(res, 404, { errors: [{ message: `Not found: the API is served at ${API_PATH}` }] });
      }
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof RequestBodyError) {
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      } else if (error instanceof InternalServiceUnavailableError) {
        logger.error({ err: error }, 'an internal service did not answer');
        sendJson(res, 503, { errors: [{ message: 'The service is temporarily unavailable; try again shortly' }] });
      } else {
        logger.error({ err: error }, 'request failed');
        if (res.headersSent) res.destroy();
        else sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      }
    });
  });
  const port = await listen(server, config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}${API_PATH}`;
  return {
    url,
    server,
    stop: stopOnce(server, async () => {
      await apollo.stop();
      await Promise.all(dataSources.map((dataSource) => dataSource.close()));
      limiterRedis.disconnect();
    }),
  };
}

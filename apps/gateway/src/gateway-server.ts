import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  RequestBodyError,
  createErrorFormatter,
  depthLimitRule,
  respondWithApollo,
  sendJson,
  toGraphQLRequest,
} from '@fg/graphql-kit';
import { IdentitySigner } from '@fg/internal-auth';
import type { Logger } from '@fg/logger';
import { Authenticator } from './auth/authenticator';
import { IdentityClient, IdentityUnavailableError } from './auth/identity-client';
import { LOGIN_PATH, login } from './auth/login';
import type { GatewayConfig, SubgraphName } from './environment';
import { SubgraphDataSource, type GatewayContext } from './federation/subgraph-data-source';
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
    plugins: [ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();

  const identityClient = new IdentityClient(config.subgraphUrls['identity-users-groups'], signer);
  const authenticator = new Authenticator(identityClient, config.apiKeyCacheMs);

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
    await respondWithApollo(apollo, await toGraphQLRequest(req, url), async () => ({ identity }), res);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    switch (url.pathname) {
      case API_PATH:
        return handleApi(req, res, url);
      case LOGIN_PATH: {
        if (req.method !== 'POST') return sendJson(res, 405, { errors: [{ message: 'Use POST' }] });
        const result = await login(req, url, identityClient);
        return sendJson(res, result.status, result.body, result.headers);
      }
      case '/healthz':
        return sendJson(res, 200, { status: 'ok' });
      case '/readyz': {
        const subgraphs = await checkSubgraphs(config.subgraphUrls);
        const ready = Object.values(subgraphs).every((status) => status === 'ok');
        return sendJson(res, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', subgraphs });
      }
      default:
        return sendJson(res, 404, { errors: [{ message: `Not found: the API is served at ${API_PATH}` }] });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof RequestBodyError) {
        sendJson(res, error.status, { errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
      } else if (error instanceof IdentityUnavailableError) {
        logger.error({ err: error }, 'cannot verify API keys');
        sendJson(res, 503, { errors: [{ message: 'Authentication is temporarily unavailable; try again shortly' }] });
      } else {
        logger.error({ err: error }, 'request failed');
        if (res.headersSent) res.destroy();
        else sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${address.port}${API_PATH}`;

  let stopping: Promise<void> | undefined;
  return {
    url,
    server,
    stop: () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await apollo.stop();
        await Promise.all(dataSources.map((dataSource) => dataSource.close()));
      })()),
  };
}

import { createServer, type Server } from 'node:http';
import { listen, stopOnce } from '@fg/graphql-kit';
import { PrincipalSigner } from '@fg/internal-auth';
import type { Logger } from '@fg/logger';
import { ServiceMetrics } from '@fg/metrics';
import { createLimiterRedis, createRequestRateLimiter, loadLimiterScripts } from '@fg/rate-limits';
import { Authenticator } from './auth/authenticator';
import { InternalClient } from './auth/internal-client';
import { LOGIN_PATH } from './auth/login';
import { DELEGATE_API_PREFIX, DelegateProxy } from './delegates/delegate-proxy';
import type { GatewayConfig } from './environment';
import { startApolloGateway } from './federation/apollo-gateway';
import { respondToError } from './http/error-responder';
import { instrumentRoute, routeLabeler } from './http/instrumented-route';
import { createRouter, notFoundRoute, type Routes } from './http/route';
import { countRefusals } from './limits/counted-limits';
import { RequestLimits } from './limits/request-limits';
import { checkSubgraphs } from './readiness';
import { ACCEPT_INVITE_PATH, createAcceptInviteRoute } from './routes/accept-invite.route';
import { API_PATH, createApiRoute } from './routes/api.route';
import { ARTIFACT_BUILDS_PATH, createArtifactBuildsRoute } from './routes/artifact-builds.route';
import { createDelegateRoute } from './routes/delegate.route';
import { EXECUTION_EXPORTS_PREFIX, createExecutionExportsRoute } from './routes/execution-exports.route';
import { EXPLORER_ASSETS_PREFIX, createExplorerAssetsRoute, loadExplorerAssets, withExplorer } from './routes/explorer.route';
import { HEALTH_PATH, READY_PATH, createReadyRoute, healthRoute } from './routes/health.route';
import { createLoginRoute } from './routes/login.route';
import { METRICS_PATH, createMetricsRoute } from './routes/metrics.route';
import { TRIGGER_WEBHOOKS_PREFIX, createTriggerWebhooksRoute } from './routes/trigger-webhooks.route';

export interface RunningGateway {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

/** Builds the gateway's collaborators, routes requests to their handlers and serves them. */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningGateway> {
  const signer = new PrincipalSigner(config.signingSecret);
  const metrics = new ServiceMetrics('gateway');
  const explorer = loadExplorerAssets();
  const apollo = await startApolloGateway(config, signer, logger, metrics);
  const identityClient = new InternalClient(config.subgraphUrls['identity-users-groups'], signer);
  // A batched acquire can take seconds on a slow store; waiting a little less than a delegate's own 10 s keeps its
  // claimed tasks from lapsing just because the gateway gave up first.
  const brokerClient = new InternalClient(config.delegateBrokerUrl, signer, 9_000);
  const limiterRedis = createLimiterRedis(config.redisUrl);
  await loadLimiterScripts(limiterRedis).catch((error: unknown) =>
    logger.warn({ err: error }, 'Redis is not reachable: request-rate limits are not enforced until it is'),
  );
  const authenticator = new Authenticator(identityClient, config.apiKeyCacheMs);
  const limits = countRefusals(new RequestLimits(createRequestRateLimiter(limiterRedis, config.redisKeyPrefix, logger), config.limits), metrics);

  const routes: Routes = {
    paths: {
      [API_PATH]: withExplorer(
        createApiRoute({
          authenticator,
          limits,
          graphql: apollo.respond,
          uploads: { maxFileBytes: config.maxUploadBytes },
        }),
        explorer,
      ),
      [LOGIN_PATH]: createLoginRoute({ identity: identityClient, limits }),
      [ACCEPT_INVITE_PATH]: createAcceptInviteRoute({ identity: identityClient, limits }),
      [ARTIFACT_BUILDS_PATH]: createArtifactBuildsRoute({ connectors: new InternalClient(config.subgraphUrls['connectors-cloudproviders-artifacts'], signer) }),
      [HEALTH_PATH]: healthRoute,
      [READY_PATH]: createReadyRoute(() => checkSubgraphs(config.subgraphUrls)),
      [METRICS_PATH]: createMetricsRoute(metrics),
    },
    prefixes: [
      [DELEGATE_API_PREFIX, createDelegateRoute({ proxy: new DelegateProxy(brokerClient, config.apiKeyCacheMs), limits })],
      [EXPLORER_ASSETS_PREFIX, createExplorerAssetsRoute(explorer)],
      [
        EXECUTION_EXPORTS_PREFIX,
        createExecutionExportsRoute({
          authenticator,
          pipelines: new InternalClient(config.subgraphUrls['pipelines-workflows-executions'], signer, 30_000),
          signingSecret: config.signingSecret,
        }),
      ],
      [TRIGGER_WEBHOOKS_PREFIX, createTriggerWebhooksRoute({ pipelines: new InternalClient(config.subgraphUrls['pipelines-workflows-executions'], signer) })],
    ],
    notFound: notFoundRoute(API_PATH),
  };
  const route = instrumentRoute(createRouter(routes), routeLabeler(routes), metrics);

  const { headersMs, requestMs, keepAliveMs } = config.serverTimeouts;
  const server = createServer(
    {
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      keepAliveTimeout: keepAliveMs,
      // Node enforces the two timeouts above only when it sweeps its connections (every 30 s by default), which would
      // let a trickling client hold a socket up to 30 s longer than configured.
      connectionsCheckingInterval: Math.min(1_000, headersMs),
    },
    (req, res) => {
      const url = new URL(req.url ?? '/', 'http://gateway');
      route(req, res, url).catch((error: unknown) => respondToError(error, res, logger));
    },
  );
  const port = await listen(server, config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}${API_PATH}`;
  return {
    url,
    server,
    stop: stopOnce(server, async () => {
      await apollo.stop();
      limiterRedis.disconnect();
    }),
  };
}

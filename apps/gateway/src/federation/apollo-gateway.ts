import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { MAX_QUERY_TOKENS, costLimitRule, createErrorFormatter, depthLimitRule, fieldCountLimitRule } from '@fg/graphql-kit';
import type { PrincipalSigner } from '@fg/internal-auth';
import type { Logger } from '@fg/logger';
import { graphqlMetricsPlugin, type ServiceMetrics } from '@fg/metrics';
import type { GatewayConfig, SubgraphName } from '../environment';
import type { GraphQLResponder } from '../routes/api.route';
import { InstrumentedDataSource } from './instrumented-data-source';
import { operationResolutionPlugin } from './operation-resolution';
import { SharedExecutions } from './shared-executions';
import { SubgraphDataSource, type GatewayContext } from './subgraph-data-source';
import { unavailableStatusPlugin } from './unavailable-status';

export interface RunningApollo {
  respond: GraphQLResponder;
  stop(): Promise<void>;
}

/** Apollo Server over the committed supergraph, fetching from the subgraphs with the caller's principal signed in. */
export async function startApolloGateway(
  config: GatewayConfig,
  signer: PrincipalSigner,
  logger: Logger,
  metrics: ServiceMetrics,
): Promise<RunningApollo> {
  const dataSources: SubgraphDataSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    buildService: ({ name }) => {
      const url = config.subgraphUrls[name as SubgraphName];
      if (!url) throw new Error(`The supergraph names a subgraph "${name}" that has no configured URL`);
      const dataSource = new SubgraphDataSource(url, signer);
      dataSources.push(dataSource);
      return new InstrumentedDataSource(name, dataSource, metrics, logger);
    },
    logger,
    experimental_approximateQueryPlanStoreMiB: config.cacheMiB.queryPlans,
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // The parser stops at MAX_QUERY_TOKENS, so no validation rule (some are quadratic in the fields) sees a huge document.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: config.cacheMiB.documents * 2 ** 20 }),
    validationRules: [depthLimitRule(), fieldCountLimitRule(), costLimitRule()],
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // The process's own signal handlers stop everything in order; Apollo's would re-raise the signal midway.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: true,
    introspection: true,
    // The explorer page is the gateway's own (routes/explorer.route.ts), served from bundled assets.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      operationResolutionPlugin<GatewayContext>(),
      unavailableStatusPlugin<GatewayContext>(),
      graphqlMetricsPlugin<GatewayContext>(metrics),
    ],
  });
  await apollo.start();
  const executions = new SharedExecutions((httpGraphQLRequest, principal) =>
    // Only the explorer page runs without a principal, and it makes no subgraph fetch.
    apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => (principal ? { principal } : {}) as GatewayContext }),
  );
  return {
    respond: (request, principal, res) => executions.respond(request, principal, res),
    stop: async () => {
      await apollo.stop();
      await Promise.all(dataSources.map((dataSource) => dataSource.close()));
    },
  };
}

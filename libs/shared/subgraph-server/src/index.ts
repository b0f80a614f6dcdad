export { GRAPHQL_PATH, startSubgraphServer, type SubgraphOptions, type RunningSubgraph, type InternalRoute } from './subgraph-server';
export { loadSubgraphEnvironment, type SubgraphEnvironment } from './environment';
export {
  defineSubgraph,
  loadSubgraphConfiguration,
  noSettings,
  runSubgraph,
  startSubgraph,
  type StartedSubgraph,
  type SubgraphApp,
  type SubgraphConfiguration,
  type SubgraphContext,
  type SubgraphDefinition,
  type SubgraphResolvers,
  type SubgraphSetup,
} from './define-subgraph';

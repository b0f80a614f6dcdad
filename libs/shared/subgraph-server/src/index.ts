export {
  GRAPHQL_PATH,
  startSubgraphServer,
  type SubgraphOptions,
  type RunningSubgraph,
  type InternalRoute,
} from './subgraph-server';
export { loadSubgraphEnvironment, type SubgraphEnvironment } from './environment';
export {
  startSubgraph,
  runSubgraphProcess,
  type SubgraphModule,
  type SubgraphDefinition,
  type StartedSubgraph,
} from './run-subgraph';

import { loadSubgraphEnvironment } from '@fg/subgraph-server';

export const loadEnvironment = () =>
  loadSubgraphEnvironment('CONNECTORS_CLOUDPROVIDERS_ARTIFACTS_PORT', 4005, 'connectors_cloudproviders_artifacts', process.env);

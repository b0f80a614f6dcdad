import { loadSubgraphEnvironment } from '@fg/subgraph-server';

export const loadEnvironment = () =>
  loadSubgraphEnvironment('PIPELINES_WORKFLOWS_EXECUTIONS_PORT', 4002, 'pipelines_workflows_executions', process.env);

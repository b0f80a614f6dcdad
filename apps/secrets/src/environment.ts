import { loadSubgraphEnvironment } from '@fg/subgraph-server';

export const loadEnvironment = () => loadSubgraphEnvironment('SECRETS_PORT', 4004, 'secrets', process.env);

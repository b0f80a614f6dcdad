import { loadSubgraphEnvironment } from '@fg/subgraph-server';

export const loadEnvironment = () => loadSubgraphEnvironment('APPS_SERVICES_PORT', 4001, 'apps_services', process.env);

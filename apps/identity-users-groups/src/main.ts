import { runSubgraphProcess } from '@fg/subgraph-server';
import { loadEnvironment } from './environment';
import { identitySubgraph } from './subgraph';

const environment = loadEnvironment();
runSubgraphProcess(
  identitySubgraph({ demoApiKey: environment.demoApiKey, demoAdminPassword: environment.demoAdminPassword }),
  environment,
);

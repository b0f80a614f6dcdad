import { runSubgraphProcess } from '@fg/subgraph-server';
import { loadEnvironment } from './environment';
import { connectorsSubgraph } from './subgraph';

const environment = loadEnvironment();
runSubgraphProcess(connectorsSubgraph({ publicBaseUrl: environment.publicBaseUrl }), environment);

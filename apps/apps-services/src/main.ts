import { runSubgraphProcess } from '@fg/subgraph-server';
import { loadEnvironment } from './environment';
import { appsServicesSubgraph } from './subgraph';

runSubgraphProcess(appsServicesSubgraph, loadEnvironment());

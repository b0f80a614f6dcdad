import { runSubgraphProcess } from '@fg/subgraph-server';
import { loadEnvironment } from './environment';
import { pipelinesSubgraph } from './subgraph';

const environment = loadEnvironment();
runSubgraphProcess(pipelinesSubgraph(environment), environment);

import { runSubgraphProcess } from '@fg/subgraph-server';
import { loadEnvironment } from './environment';
import { pipelinesSubgraph } from './subgraph';

runSubgraphProcess(pipelinesSubgraph, loadEnvironment());

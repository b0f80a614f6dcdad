import { runSubgraphProcess } from '@fg/subgraph-server';
import { loadEnvironment } from './environment';
import { connectorsSubgraph } from './subgraph';

runSubgraphProcess(connectorsSubgraph, loadEnvironment());

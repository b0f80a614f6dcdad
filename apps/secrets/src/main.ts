import { runSubgraphProcess } from '@fg/subgraph-server';
import { loadEnvironment } from './environment';
import { secretsSubgraph } from './subgraph';

runSubgraphProcess(secretsSubgraph, loadEnvironment());

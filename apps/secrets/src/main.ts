import { runSubgraph } from '@fg/subgraph-server';
import { secretsSubgraph } from './subgraph';

runSubgraph(secretsSubgraph);

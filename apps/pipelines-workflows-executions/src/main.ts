import { runSubgraph } from '@fg/subgraph-server';
import { pipelinesSubgraph } from './subgraph';

runSubgraph(pipelinesSubgraph);

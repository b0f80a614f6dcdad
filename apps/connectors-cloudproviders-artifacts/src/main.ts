import { runSubgraph } from '@fg/subgraph-server';
import { connectorsSubgraph } from './subgraph';

runSubgraph(connectorsSubgraph());

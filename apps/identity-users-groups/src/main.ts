import { runSubgraph } from '@fg/subgraph-server';
import { identitySubgraph } from './subgraph';

runSubgraph(identitySubgraph());

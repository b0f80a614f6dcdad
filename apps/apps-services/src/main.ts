import { runSubgraph } from '@fg/subgraph-server';
import { appsServicesSubgraph } from './subgraph';

runSubgraph(appsServicesSubgraph);

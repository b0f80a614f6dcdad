export {
  SUBGRAPHS,
  SUBGRAPH_NAMES,
  subgraphNamed,
  type SubgraphName,
  type SubgraphEntry,
} from './subgraph-registry';

// The one list of subgraphs. npm start, the e2e stack, the benchmarks and composition read subgraphs.json itself (they
// are plain scripts); apps and the gateway read it through this module. docker-compose.yml is checked against it.
import registry from './subgraphs.json';

export interface SubgraphEntry {
  /** The subgraph's name in the supergraph, its app folder (apps/<name>) and its Nx project. Never rename. */
  name: SubgraphName;
  /** `<prefix>_PORT` is the port it listens on, `<prefix>_URL` where the gateway reaches it. */
  variablePrefix: string;
  portVariable: string;
  urlVariable: string;
  /** The local default port (npm start, docker-compose). */
  port: number;
  defaultUrl: string;
  /** Its own database: `<MONGO_DB_PREFIX>_<database>`. */
  database: string;
}

export type SubgraphName =
  | 'apps-services'
  | 'pipelines-workflows-executions'
  | 'identity-users-groups'
  | 'secrets'
  | 'connectors-cloudproviders-artifacts';

export const SUBGRAPHS: readonly SubgraphEntry[] = registry.map((entry) => ({
  name: entry.name as SubgraphName,
  variablePrefix: entry.variablePrefix,
  portVariable: `${entry.variablePrefix}_PORT`,
  urlVariable: `${entry.variablePrefix}_URL`,
  port: entry.port,
  defaultUrl: `http://127.0.0.1:${entry.port}/graphql`,
  database: entry.database,
}));

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((entry) => entry.name);

export function subgraphNamed(name: SubgraphName): SubgraphEntry {
  const entry = SUBGRAPHS.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`No subgraph named "${name}" in the registry`);
  return entry;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { ConnectorRepository } from '@fg/connectors-cloudproviders-artifacts/data-access';
import { DateTimeScalar, byIdLoader } from '@fg/graphql-kit';
import type { SubgraphModule } from '@fg/subgraph-server';
import { connectorsResolvers, type ConnectorsContext } from './resolvers';

export const SUBGRAPH_NAME = 'connectors-cloudproviders-artifacts';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export const connectorsSubgraph: SubgraphModule<ConnectorsContext> = {
  name: SUBGRAPH_NAME,
  define(connection) {
    const connectors = new ConnectorRepository(connection);
    return {
      name: SUBGRAPH_NAME,
      typeDefs,
      resolvers: { DateTime: DateTimeScalar, ...connectorsResolvers },
      createContext: (identity) => ({
        identity,
        connectorById: byIdLoader((ids) => connectors.byIds(identity.accountId, ids)),
      }),
    };
  },
};

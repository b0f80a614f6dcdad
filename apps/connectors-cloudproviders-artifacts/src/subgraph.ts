import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { ConnectorRepository } from '@fg/connectors-cloudproviders-artifacts/data-access';
import { DateTimeScalar, byIdLoader } from '@fg/graphql-kit';
import { defineSubgraph, noSettings } from '@fg/subgraph-server';
import type { ConnectorsContext } from './context';
import { connectorsResolvers } from './resolvers';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export const connectorsSubgraph = defineSubgraph({
  name: 'connectors-cloudproviders-artifacts',
  typeDefs,
  resolvers: { DateTime: DateTimeScalar, ...connectorsResolvers },
  settings: noSettings,
  services: ({ connection }) => ({ connectors: new ConnectorRepository(connection) }),
  context: ({ connectors }, principal): ConnectorsContext => ({
    principal,
    connectorById: byIdLoader((ids) => connectors.byIds(principal.accountId, ids)),
  }),
});

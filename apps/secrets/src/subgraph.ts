import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { byIdLoader } from '@fg/graphql-kit';
import { SecretManagerRepository } from '@fg/secrets/data-access';
import { defineSubgraph, noSettings } from '@fg/subgraph-server';
import type { SecretsContext } from './context';
import { secretsResolvers } from './resolvers';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export const secretsSubgraph = defineSubgraph({
  name: 'secrets',
  typeDefs,
  resolvers: secretsResolvers,
  settings: noSettings,
  services: ({ connection }) => ({ secretManagers: new SecretManagerRepository(connection) }),
  context: ({ secretManagers }, principal): SecretsContext => ({
    principal,
    secretManagers,
    secretManagerById: byIdLoader((ids) => secretManagers.byIds(principal.accountId, ids)),
  }),
});

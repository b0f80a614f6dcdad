import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { byIdLoader } from '@fg/graphql-kit';
import { SecretManagerRepository } from '@fg/secrets/data-access';
import type { SubgraphModule } from '@fg/subgraph-server';
import { secretsResolvers, type SecretsContext } from './resolvers';

export const SUBGRAPH_NAME = 'secrets';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export const secretsSubgraph: SubgraphModule<SecretsContext> = {
  name: SUBGRAPH_NAME,
  define(connection) {
    const secretManagers = new SecretManagerRepository(connection);
    return {
      name: SUBGRAPH_NAME,
      typeDefs,
      resolvers: secretsResolvers,
      createContext: (identity) => ({
        identity,
        secretManagers,
        secretManagerById: byIdLoader((ids) => secretManagers.byIds(identity.accountId, ids)),
      }),
    };
  },
};

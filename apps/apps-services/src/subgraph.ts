import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { DateTimeScalar } from '@fg/graphql-kit';
import { ApplicationRepository } from '@fg/apps-services/data-access';
import type { SubgraphModule } from '@fg/subgraph-server';
import { applicationResolvers } from './application/application.resolver';
import { ApplicationService } from './application/application.service';
import type { AppsServicesContext } from './context';

export const SUBGRAPH_NAME = 'apps-services';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export const appsServicesSubgraph: SubgraphModule<AppsServicesContext> = {
  name: SUBGRAPH_NAME,
  define(connection) {
    const repository = new ApplicationRepository(connection);
    return {
      name: SUBGRAPH_NAME,
      typeDefs,
      resolvers: { DateTime: DateTimeScalar, ...applicationResolvers },
      createContext: (identity) => ({ identity, applications: new ApplicationService(repository, identity) }),
    };
  },
};

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { DateTimeScalar } from '@fg/graphql-kit';
import { ApplicationRepository } from '@fg/apps-services/data-access';
import { defineSubgraph, noSettings } from '@fg/subgraph-server';
import { applicationResolvers } from './application/application.resolver';
import { ApplicationService } from './application/application.service';
import type { AppsServicesContext } from './context';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export const appsServicesSubgraph = defineSubgraph({
  name: 'apps-services',
  typeDefs,
  resolvers: { DateTime: DateTimeScalar, ...applicationResolvers },
  settings: noSettings,
  services: ({ connection }) => ({ applications: new ApplicationRepository(connection) }),
  context: (services, principal): AppsServicesContext => ({
    principal,
    applications: new ApplicationService(services.applications, principal),
  }),
});

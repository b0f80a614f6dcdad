import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import type { Connection } from 'mongoose';
import { DateTimeScalar, mergeResolvers, NumberScalar } from '@fg/graphql-kit';
import type { Identity } from '@fg/internal-auth';
import {
  ApplicationRepository,
  EnvironmentRepository,
  InfrastructureDefinitionRepository,
  KnownConnectorProjection,
  ServiceRepository,
  TagDefinitionRepository,
  TagLinkRepository,
} from '@fg/apps-services/data-access';
import type { SubgraphModule } from '@fg/subgraph-server';
import { applicationResolvers } from './application/application.resolver';
import { ApplicationService } from './application/application.service';
import type { AppsServicesContext } from './context';
import { environmentResolvers } from './environment/environment.resolver';
import { EnvironmentsService } from './environment/environments.service';
import { gitSyncResolvers } from './git-sync/git-sync.resolver';
import { GitSyncService } from './git-sync/git-sync.service';
import { infrastructureDefinitionResolvers } from './infrastructure-definition/infrastructure-definition.resolver';
import { InfrastructureDefinitionsService } from './infrastructure-definition/infrastructure-definitions.service';
import { serviceResolvers } from './service/service.resolver';
import { ServicesService } from './service/services.service';
import { actorOf } from './shared/actor';
import { statsResolvers } from './stats/stats.resolver';
import { StatsService } from './stats/stats.service';
import { tagEventsNotYetPublished, type TagEventPublisher } from './tag/tag-events';
import { tagResolvers } from './tag/tag.resolver';
import { TagService } from './tag/tag.service';

export const SUBGRAPH_NAME = 'apps-services';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export interface AppsServicesWiring {
  tagEvents: TagEventPublisher;
}

function repositoriesOf(connection: Connection) {
  return {
    applications: new ApplicationRepository(connection),
    services: new ServiceRepository(connection),
    environments: new EnvironmentRepository(connection),
    infrastructureDefinitions: new InfrastructureDefinitionRepository(connection),
    tagDefinitions: new TagDefinitionRepository(connection),
    tagLinks: new TagLinkRepository(connection),
    knownConnectors: new KnownConnectorProjection(connection),
  };
}

type Repositories = ReturnType<typeof repositoriesOf>;

/** One request's services, all scoped to its account and acting as its principal. */
function requestContext(repositories: Repositories, wiring: AppsServicesWiring, identity: Identity): AppsServicesContext {
  const { accountId } = identity;
  const actor = actorOf(identity);
  const tags = new TagService(
    {
      definitions: repositories.tagDefinitions,
      links: repositories.tagLinks,
      applications: repositories.applications,
      services: repositories.services,
      environments: repositories.environments,
    },
    accountId,
    actor,
    wiring.tagEvents,
  );
  const applications = new ApplicationService(repositories.applications, repositories, tags, accountId, actor);
  const services = new ServicesService(repositories.services, repositories.infrastructureDefinitions, repositories.tagLinks, applications, tags, accountId, actor);
  const environments = new EnvironmentsService(
    repositories.environments,
    repositories.infrastructureDefinitions,
    repositories.tagLinks,
    applications,
    tags,
    accountId,
    actor,
  );
  const infrastructureDefinitions = new InfrastructureDefinitionsService(repositories.infrastructureDefinitions, environments, services, tags, accountId, actor);
  const gitSync = new GitSyncService(repositories.applications, repositories.knownConnectors, applications, accountId);
  const stats = new StatsService(
    {
      applicationRepository: repositories.applications,
      serviceRepository: repositories.services,
      environmentRepository: repositories.environments,
      tagLinks: repositories.tagLinks,
      applications,
      services,
      environments,
    },
    accountId,
  );
  return { identity, applications, services, environments, infrastructureDefinitions, tags, gitSync, stats };
}

export function createAppsServicesSubgraph(wiring: AppsServicesWiring = { tagEvents: tagEventsNotYetPublished }): SubgraphModule<AppsServicesContext> {
  return {
    name: SUBGRAPH_NAME,
    define(connection) {
      const repositories = repositoriesOf(connection);
      return {
        name: SUBGRAPH_NAME,
        typeDefs,
        resolvers: {
          DateTime: DateTimeScalar,
          Number: NumberScalar,
          ...mergeResolvers(
            applicationResolvers,
            serviceResolvers,
            environmentResolvers,
            infrastructureDefinitionResolvers,
            tagResolvers,
            gitSyncResolvers,
            statsResolvers,
          ),
        },
        createContext: (identity) => requestContext(repositories, wiring, identity),
      };
    },
  };
}

export const appsServicesSubgraph = createAppsServicesSubgraph();

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import type { Connection } from 'mongoose';
import { z } from 'zod';
import { parseEnvironment, redisKeyPrefixVar, redisUrlVar } from '@fg/config';
import { connectorEventHandlers, KnownConnectorProjection } from '@fg/tenancy';
import { DomainEventPublisher, DomainEventSubscriber, createEventsRedis, loggedConnectorReferences } from '@fg/domain-events';
import { DateTimeScalar, mergeResolvers, NumberScalar } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import type { Logger } from '@fg/logger';
import { podId } from '@fg/rate-limits';
import { defineSubgraph } from '@fg/subgraph-server';
import {
  ApplicationRepository,
  EnvironmentRepository,
  InfrastructureDefinitionRepository,
  ServiceRepository,
  TagDefinitionRepository,
  TagLinkRepository,
} from '@fg/apps-services/data-access';
import { domainCatalogEvents, loggedCatalogEvents, type CatalogEventPublisher } from './catalog/catalog-events';
import { applicationResolvers } from './application/application.resolver';
import { ApplicationService } from './application/application.service';
import type { AppsServicesContext } from './context';
import { environmentResolvers } from './environment/environment.resolver';
import { EnvironmentsService } from './environment/environments.service';
import { domainConnectorReferenceEvents, type ConnectorReferencePublisher } from './git-sync/connector-reference-events';
import { gitSyncResolvers } from './git-sync/git-sync.resolver';
import { GitSyncService } from './git-sync/git-sync.service';
import { infrastructureDefinitionResolvers } from './infrastructure-definition/infrastructure-definition.resolver';
import { InfrastructureDefinitionsService } from './infrastructure-definition/infrastructure-definitions.service';
import { serviceResolvers } from './service/service.resolver';
import { ServicesService } from './service/services.service';
import { statsResolvers } from './stats/stats.resolver';
import { StatsService } from './stats/stats.service';
import { domainTagEvents, type TagEventPublisher } from './tag/tag-events';
import { tagResolvers } from './tag/tag.resolver';
import { TagService } from './tag/tag.service';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

const SUBGRAPH_NAME = 'apps-services';

function loadSettings(env: NodeJS.ProcessEnv) {
  const parsed = parseEnvironment(z.object({ REDIS_URL: redisUrlVar, REDIS_KEY_PREFIX: redisKeyPrefixVar }), env);
  return { redisUrl: parsed.REDIS_URL, redisKeyPrefix: parsed.REDIS_KEY_PREFIX };
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
interface EventPublishers {
  tagEvents: TagEventPublisher;
  connectorReferences: ConnectorReferencePublisher;
  catalogEvents: CatalogEventPublisher;
}

function requestContext(repositories: Repositories, { tagEvents, connectorReferences, catalogEvents }: EventPublishers, principal: Principal): AppsServicesContext {
  const { accountId } = principal;
  const tags = new TagService(
    {
      definitions: repositories.tagDefinitions,
      links: repositories.tagLinks,
      applications: repositories.applications,
      services: repositories.services,
      environments: repositories.environments,
    },
    accountId,
    principal,
    tagEvents,
  );
  const applications = new ApplicationService(repositories.applications, repositories, tags, accountId, principal, connectorReferences, catalogEvents);
  const services = new ServicesService(
    repositories.services,
    repositories.infrastructureDefinitions,
    repositories.tagLinks,
    applications,
    tags,
    accountId,
    principal,
    catalogEvents,
  );
  const environments = new EnvironmentsService(
    repositories.environments,
    repositories.infrastructureDefinitions,
    repositories.tagLinks,
    applications,
    tags,
    accountId,
    principal,
    catalogEvents,
  );
  const infrastructureDefinitions = new InfrastructureDefinitionsService(
    repositories.infrastructureDefinitions,
    environments,
    services,
    tags,
    accountId,
    principal,
    catalogEvents,
  );
  const gitSync = new GitSyncService(repositories.applications, repositories.knownConnectors, applications, accountId, connectorReferences);
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
  return { principal, applications, services, environments, infrastructureDefinitions, tags, gitSync, stats };
}

/** A lost tag event is logged, not answered: the tag link is stored, and the next change of it announces it again. */
function loggedTagEvents(events: TagEventPublisher, logger: Logger): TagEventPublisher {
  const log = (error: unknown) => logger.error({ err: error }, 'a tag event could not be published');
  return {
    attached: (link) => events.attached(link).catch(log),
    detached: (links) => events.detached(links).catch(log),
  };
}

/** Same rule for connector references: the config is stored, and setting it again announces it again. */
export const appsServicesSubgraph = defineSubgraph({
  name: SUBGRAPH_NAME,
  typeDefs,
  resolvers: mergeResolvers(
    { DateTime: DateTimeScalar, Number: NumberScalar },
    applicationResolvers,
    serviceResolvers,
    environmentResolvers,
    infrastructureDefinitionResolvers,
    tagResolvers,
    gitSyncResolvers,
    statsResolvers,
  ),
  settings: loadSettings,
  services: ({ connection, logger, settings }) => {
    const eventsRedis = createEventsRedis(settings.redisUrl);
    const publisher = new DomainEventPublisher(eventsRedis, { keyPrefix: settings.redisKeyPrefix });
    return {
      repositories: repositoriesOf(connection),
      eventsRedis,
      tagEvents: loggedTagEvents(domainTagEvents(publisher), logger),
      connectorReferences: loggedConnectorReferences(domainConnectorReferenceEvents(publisher), logger),
      catalogEvents: loggedCatalogEvents(domainCatalogEvents(publisher), logger),
      subscriber: new DomainEventSubscriber({ redisUrl: settings.redisUrl, keyPrefix: settings.redisKeyPrefix, logger }),
    };
  },
  context: (services, principal): AppsServicesContext => requestContext(services.repositories, services, principal),
  onStart: async ({ subscriber, repositories }) => {
    // Git sync checks connectors against this projection of connectors-cloudproviders-artifacts' events.
    await subscriber.subscribe({
      group: SUBGRAPH_NAME,
      consumer: podId(),
      handlers: connectorEventHandlers(repositories.knownConnectors),
    });
  },
  onStop: async ({ subscriber, eventsRedis }) => {
    await subscriber.close();
    eventsRedis.disconnect();
  },
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { z } from 'zod';
import { loadEnvironments, parseEnvironment } from '@fg/config';
import {
  ArtifactRepository,
  ArtifactSourceRepository,
  CloudProviderRepository,
  ConnectorReferenceProjection,
  ConnectorRepository,
  SecretProjection,
} from '@fg/connectors-cloudproviders-artifacts/data-access';
import { DomainEventPublisher, createEventsRedis, type DomainEventSubscriber } from '@fg/domain-events';
import { DateTimeScalar, NumberScalar, mergeResolvers } from '@fg/graphql-kit';
import { loadLimiterEnvironment, podId } from '@fg/rate-limits';
import { defineSubgraph } from '@fg/subgraph-server';
import { ARTIFACT_BUILD_ROUTE, artifactBuildRoute } from './artifact/artifact-build.route';
import { ArtifactCollection } from './artifact/artifact-collection';
import { artifactResolvers } from './artifact/artifact.resolver';
import { ArtifactService } from './artifact/artifact.service';
import { artifactSourceResolvers } from './artifact-source/artifact-source.resolver';
import { ArtifactSourceService } from './artifact-source/artifact-source.service';
import { cloudProviderResolvers } from './cloud-provider/cloud-provider.resolver';
import { CloudProviderService } from './cloud-provider/cloud-provider.service';
import { connectorResolvers } from './connector/connector.resolver';
import { ConnectorService } from './connector/connector.service';
import type { ConnectorsContext } from './context';
import { subscribeToConnectorReferenceEvents } from './events/connector-reference-events';
import { DomainFacts } from './events/domain-facts';
import { subscribeToSecretEvents } from './events/secret-events';
import { ReferenceChecker } from './references/reference-checker';

export const SUBGRAPH_NAME = 'connectors-cloudproviders-artifacts';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

function loadSettings(env: NodeJS.ProcessEnv) {
  const { own, redis } = loadEnvironments({
    own: () =>
      parseEnvironment(
        z.object({
          // The gateway's public base URL: generated Git webhook URLs are <PUBLIC_BASE_URL>/api/webhooks/git/<token>.
          PUBLIC_BASE_URL: z
            .string()
            .url()
            .default('http://127.0.0.1:4000')
            .transform((url) => url.replace(/\/+$/, '')),
        }),
        env,
      ),
    redis: () => loadLimiterEnvironment(env),
  });
  return { publicBaseUrl: own.PUBLIC_BASE_URL, redisUrl: redis.redisUrl, redisKeyPrefix: redis.redisKeyPrefix };
}

export const gitWebhookUrl = (publicBaseUrl: string, token: string) => `${publicBaseUrl}/api/webhooks/git/${token}`;

export function connectorsSubgraph() {
  let subscribers: DomainEventSubscriber[] = [];
  return defineSubgraph({
    name: SUBGRAPH_NAME,
    typeDefs,
    resolvers: mergeResolvers(
      { DateTime: DateTimeScalar, Number: NumberScalar },
      cloudProviderResolvers,
      connectorResolvers,
      artifactSourceResolvers,
      artifactResolvers,
    ),
    settings: loadSettings,
    services: ({ connection, settings }) => {
      const redis = createEventsRedis(settings.redisUrl);
      const facts = new DomainFacts(new DomainEventPublisher(redis, { keyPrefix: settings.redisKeyPrefix }));
      const sources = new ArtifactSourceRepository(connection);
      const artifacts = new ArtifactRepository(connection);
      return {
        redis,
        facts,
        cloudProviders: new CloudProviderRepository(connection),
        connectors: new ConnectorRepository(connection),
        sources,
        artifacts,
        secrets: new SecretProjection(connection),
        connectorReferrers: new ConnectorReferenceProjection(connection),
        collection: new ArtifactCollection(sources, artifacts, (artifact, source) => facts.artifactCollected(artifact, source)),
        publicBaseUrl: settings.publicBaseUrl,
      };
    },
    context: (services, principal): ConnectorsContext => {
      const references = new ReferenceChecker(principal.accountId, services.secrets, services.cloudProviders, services.connectors);
      const artifactSources = new ArtifactSourceService(principal, services.sources, services.artifacts, references, services.facts);
      return {
        principal,
        cloudProviders: new CloudProviderService(principal, services.cloudProviders, services.connectors, services.sources, references, services.facts),
        connectors: new ConnectorService(principal, services.connectors, services.sources, references, services.facts, services.connectorReferrers),
        artifactSources,
        artifacts: new ArtifactService(principal, services.artifacts, artifactSources, services.sources, services.collection),
        gitWebhookUrl: (token) => gitWebhookUrl(services.publicBaseUrl, token),
      };
    },
    internalRoutes: (services) => ({ [ARTIFACT_BUILD_ROUTE]: artifactBuildRoute(services.collection) }),
    onStart: async (services, { settings, logger }) => {
      const options = { redisUrl: settings.redisUrl, keyPrefix: settings.redisKeyPrefix, group: SUBGRAPH_NAME, consumer: podId() };
      subscribers = [
        await subscribeToSecretEvents(services.secrets, { ...options, logger: logger.child({ component: 'secret-events' }) }),
        await subscribeToConnectorReferenceEvents(services.connectorReferrers, { ...options, logger: logger.child({ component: 'connector-reference-events' }) }),
      ];
    },
    onStop: async (services) => {
      await Promise.all(subscribers.map((subscriber) => subscriber.close()));
      services.redis.disconnect();
    },
  });
}

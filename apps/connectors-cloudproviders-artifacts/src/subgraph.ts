import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import {
  ArtifactRepository,
  ArtifactSourceRepository,
  CloudProviderRepository,
  ConnectorRepository,
  SecretProjection,
} from '@fg/connectors-cloudproviders-artifacts/data-access';
import { DateTimeScalar, NumberScalar, mergeResolvers } from '@fg/graphql-kit';
import type { SubgraphModule } from '@fg/subgraph-server';
import { actorOf } from './actor';
import { artifactBuildRoute, ARTIFACT_BUILD_ROUTE } from './artifact/artifact-build.route';
import { ArtifactCollection, type ArtifactCollectedListener } from './artifact/artifact-collection';
import { artifactResolvers } from './artifact/artifact.resolver';
import { ArtifactService } from './artifact/artifact.service';
import { artifactSourceResolvers } from './artifact-source/artifact-source.resolver';
import { ArtifactSourceService } from './artifact-source/artifact-source.service';
import { cloudProviderResolvers } from './cloud-provider/cloud-provider.resolver';
import { CloudProviderService } from './cloud-provider/cloud-provider.service';
import { connectorResolvers } from './connector/connector.resolver';
import { ConnectorService } from './connector/connector.service';
import type { ConnectorsContext } from './context';
import { ReferenceChecker } from './references/reference-checker';

export const SUBGRAPH_NAME = 'connectors-cloudproviders-artifacts';

// The build copies schema.graphql next to the bundle, so this path holds in source and in dist alike.
export const typeDefs = parse(readFileSync(join(__dirname, 'schema.graphql'), 'utf8'));

export interface ConnectorsOptions {
  /** The gateway's public base URL, for generated Git webhook URLs. */
  publicBaseUrl: string;
  /** Told about each newly collected artifact (the lead publishes `artifact.collected` from here). */
  onArtifactCollected?: ArtifactCollectedListener;
}

export const gitWebhookUrl = (publicBaseUrl: string, token: string) => `${publicBaseUrl}/api/webhooks/git/${token}`;

export function connectorsSubgraph(options: ConnectorsOptions): SubgraphModule<ConnectorsContext> {
  return {
    name: SUBGRAPH_NAME,
    define(connection) {
      const cloudProviders = new CloudProviderRepository(connection);
      const connectors = new ConnectorRepository(connection);
      const sources = new ArtifactSourceRepository(connection);
      const artifacts = new ArtifactRepository(connection);
      const secrets = new SecretProjection(connection);
      const collection = new ArtifactCollection(sources, artifacts, options.onArtifactCollected ?? (async () => undefined));
      return {
        name: SUBGRAPH_NAME,
        typeDefs,
        resolvers: mergeResolvers(
          { DateTime: DateTimeScalar, Number: NumberScalar },
          cloudProviderResolvers,
          connectorResolvers,
          artifactSourceResolvers,
          artifactResolvers,
        ),
        createContext: (identity) => {
          const { accountId } = identity;
          const actor = actorOf(identity);
          const references = new ReferenceChecker(accountId, secrets, cloudProviders, connectors);
          const artifactSources = new ArtifactSourceService(accountId, actor, sources, artifacts, references);
          return {
            identity,
            cloudProviders: new CloudProviderService(accountId, actor, cloudProviders, connectors, sources, references),
            connectors: new ConnectorService(accountId, actor, connectors, sources, references),
            artifactSources,
            artifacts: new ArtifactService(accountId, actor, artifacts, artifactSources, collection),
            gitWebhookUrl: (token) => gitWebhookUrl(options.publicBaseUrl, token),
          };
        },
        internalRoutes: { [ARTIFACT_BUILD_ROUTE]: artifactBuildRoute(collection) },
      };
    },
  };
}

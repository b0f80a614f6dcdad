import type { Resolvers } from '../generated/resolvers-types';
import type { ArtifactSource } from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { ConnectorsContext, MutationArgs } from '../context';
import { ARTIFACT_SOURCE_KINDS, NEXUS_FORMAT_FIELDS } from './artifact-source-kinds';
import type { CreateArtifactSourceInput, UpdateArtifactSourceInput } from './artifact-source.service';

/** What the GraphQL types read: the kind's settings under the source's own fields. */
export type ArtifactSourceView = Record<string, unknown> & ArtifactSource;
export const artifactSourceView = (source: ArtifactSource): ArtifactSourceView => ({ ...source.settings, ...source });

const artifacts = (source: ArtifactSource, args: { limit: number; offset?: number | null }, context: ConnectorsContext) =>
  context.artifacts.ofSource(source.id, args.limit, args.offset);

/** Nexus and Artifactory sources keep their repository settings under `properties`, typed by format. */
export type ArtifactPropsView = Record<string, unknown>;

// Nexus and Artifactory keep their repository settings under `properties`, typed by format.
const nexusProperties = (source: ArtifactSource) => ({ ...source.settings });
const artifactoryProperties = (source: ArtifactSource) => ({ ...source.settings });

const concreteTypes = Object.fromEntries(Object.values(ARTIFACT_SOURCE_KINDS).map((kind) => [kind.graphqlType, { artifacts }]));

export const artifactSourceResolvers: Resolvers = {
  Mutation: {
    createArtifactSource: async (_: unknown, { input }: MutationArgs<CreateArtifactSourceInput>, { artifactSources }: ConnectorsContext) => {
      const { source, collectionToken } = await artifactSources.create(input);
      return { clientMutationId: input.clientMutationId ?? null, artifactSource: artifactSourceView(source), collectionToken };
    },
    updateArtifactSource: async (_: unknown, { input }: MutationArgs<UpdateArtifactSourceInput>, { artifactSources }: ConnectorsContext) => ({
      clientMutationId: input.clientMutationId ?? null,
      artifactSource: artifactSourceView(await artifactSources.update(input)),
    }),
    deleteArtifactSource: async (_: unknown, { input }: MutationArgs<{ artifactSourceId: string }>, { artifactSources }: ConnectorsContext) => {
      await artifactSources.delete(input.artifactSourceId);
      return { clientMutationId: input.clientMutationId ?? null };
    },
    setArtifactCollectionEnabled: async (
      _: unknown,
      { input }: MutationArgs<{ appId: string; artifactStreamId: string; artifactCollectionEnabled: boolean }>,
      { artifactSources }: ConnectorsContext,
    ) => {
      await artifactSources.setCollectionEnabled(input.appId, input.artifactStreamId, input.artifactCollectionEnabled);
      return {
        clientMutationId: input.clientMutationId ?? null,
        message: `Artifact collection ${input.artifactCollectionEnabled ? 'enabled' : 'disabled'}`,
      };
    },
  },
  Service: {
    // The service itself lives in apps-services; this subgraph only adds its artifact sources.
    __resolveReference: (reference) => (reference.id ? { id: reference.id } : null),
    artifactSources: async (service: { id: string }, _: unknown, { artifactSources }: ConnectorsContext) =>
      (await artifactSources.ofService(service.id)).map(artifactSourceView),
  },
  ArtifactSource: {
    __resolveType: (source) => ARTIFACT_SOURCE_KINDS[source.type].graphqlType,
  },
  ...concreteTypes,
  NexusArtifactSource: { artifacts, properties: nexusProperties },
  ArtifactoryArtifactSource: { artifacts, properties: artifactoryProperties },
  NexusProps: {
    __resolveType: (props) => NEXUS_FORMAT_FIELDS[String(props.repositoryFormat)]?.graphqlType ?? 'NexusRawProps',
  },
  ArtifactoryProps: {
    __resolveType: (props) => (props.dockerImageName ? 'ArtifactoryDockerProps' : 'ArtifactoryFileProps'),
  },
};

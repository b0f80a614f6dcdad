import type { Resolvers } from '../generated/resolvers-types';
import type { Artifact } from '@fg/connectors-cloudproviders-artifacts/data-access';
import { artifactSourceView } from '../artifact-source/artifact-source.resolver';
import type { ConnectorsContext, MutationArgs, PageArgs } from '../context';
import type { ArtifactFilter } from './artifact.service';

export const artifactResolvers: Resolvers = {
  Query: {
    artifact: (_: unknown, args: { artifactId: string }, { artifacts }: ConnectorsContext) => artifacts.get(args.artifactId),
    artifacts: (_: unknown, args: PageArgs<ArtifactFilter>, { artifacts }: ConnectorsContext) =>
      artifacts.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    artifactCleanup: async (_: unknown, { input }: { input: { artifactStreamId: string } }, { artifacts }: ConnectorsContext) => ({
      message: await artifacts.cleanup(input.artifactStreamId),
    }),
    recordArtifactBuild: async (
      _: unknown,
      { input }: MutationArgs<{ artifactSourceId: string; buildNo: string }>,
      { artifacts }: ConnectorsContext,
    ) => ({
      clientMutationId: input.clientMutationId ?? null,
      artifact: await artifacts.recordBuild(input.artifactSourceId, input.buildNo),
    }),
  },
  Artifact: {
    __resolveReference: (reference, { artifacts }) => (reference.id ? artifacts.find(reference.id) : null),
    artifactSource: async (artifact: Artifact, _: unknown, { artifactSources }: ConnectorsContext) => {
      const source = await artifactSources.find(artifact.artifactSourceId);
      return source ? artifactSourceView(source) : null;
    },
  },
};

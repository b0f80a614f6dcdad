import type { Resolvers } from '../generated/resolvers-types';

export const pipelineResolvers: Resolvers = {
  Query: {
    pipeline: (_, args, { pipelines }) => pipelines.get(args.pipelineId),
    pipelineByName: (_, args, { pipelines }) => pipelines.getByName(args.applicationId, args.pipelineName),
    pipelines: (_, args, { pipelines }) => pipelines.list(args.filters, args.limit, args.offset),
    pipelineStats: (_, args, { pipelines }) => pipelines.stats(args.filters, args.groupBy),
  },
  Mutation: {
    createPipeline: async (_, { input }, { pipelines }) => {
      const { clientMutationId, applicationId, ...fields } = input;
      return { clientMutationId, pipeline: await pipelines.create(applicationId, fields) };
    },
    updatePipeline: async (_, { input }, { pipelines }) => {
      const { clientMutationId, pipelineId, ...fields } = input;
      return { clientMutationId, pipeline: await pipelines.update(pipelineId, fields) };
    },
    deletePipeline: async (_, { input }, { pipelines }) => {
      await pipelines.delete(input.pipelineId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  Application: {
    // The application itself lives in apps-services; this subgraph only adds its pipelines and workflows.
    __resolveReference: (reference) => ({ id: reference.id }),
    pipelines: (application, args, { pipelines }) =>
      application.id ? pipelines.ofApplication(application.id, args.limit, args.offset) : null,
  },
  Pipeline: {
    __resolveReference: (reference, { pipelines }) => (reference.id ? pipelines.find(reference.id) : null),
    createdBy: (pipeline) => (pipeline.createdBy ? { id: pipeline.createdBy } : null),
    pipelineVariables: (pipeline) => pipeline.variables,
    tags: (pipeline, _, { pipelines }) => pipelines.tagsOf(pipeline.id),
  },
};

import type { Resolvers } from '../generated/resolvers-types';

export const pipelineResolvers: Resolvers = {
  Query: {
    pipeline: (_, args, { pipelines }) => pipelines.get(args.pipelineId),
    pipelineByName: (_, args, { pipelines }) => pipelines.getByName(args.applicationId, args.pipelineName),
  },
  Application: {
    // The application itself lives in apps-services; this subgraph only adds its pipelines.
    __resolveReference: (reference) => ({ id: reference.id }),
    pipelines: (application, args, { pipelines }) =>
      application.id ? pipelines.ofApplication(application.id, args.limit, args.offset) : null,
  },
  Pipeline: {
    __resolveReference: (reference, { pipelines }) => (reference.id ? pipelines.find(reference.id) : null),
  },
};

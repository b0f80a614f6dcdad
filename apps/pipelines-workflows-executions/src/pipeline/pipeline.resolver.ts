import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { PipelinesContext } from '../context';

export const pipelineResolvers: GraphQLResolverMap<PipelinesContext> = {
  Query: {
    pipeline: (_: unknown, args: { pipelineId: string }, { pipelines }: PipelinesContext) => pipelines.get(args.pipelineId),
    pipelineByName: (_: unknown, args: { pipelineName: string; applicationId: string }, { pipelines }: PipelinesContext) =>
      pipelines.getByName(args.applicationId, args.pipelineName),
  },
  Application: {
    // The application itself lives in apps-services; this subgraph only adds its pipelines.
    __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
    pipelines: (application: { id: string }, args: { limit: number; offset?: number | null }, { pipelines }: PipelinesContext) =>
      pipelines.ofApplication(application.id, args.limit, args.offset),
  },
  Pipeline: {
    __resolveReference: (reference: { id: string }, { pipelines }: PipelinesContext) => pipelines.find(reference.id),
  },
};

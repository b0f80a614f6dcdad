import { NumberScalar } from '@fg/graphql-kit';
import type { Resolvers } from '../generated/resolvers-types';

export const workflowResolvers: Resolvers = {
  Number: NumberScalar,
  Query: {
    workflow: (_, args, { workflows }) => workflows.get(args.workflowId),
    workflowByName: (_, args, { workflows }) => workflows.getByName(args.applicationId, args.workflowName),
    workflows: (_, args, { workflows }) => workflows.list(args.filters, args.limit, args.offset),
    workflowStats: (_, args, { workflows }) => workflows.stats(args.filters, args.groupBy),
  },
  Mutation: {
    createWorkflow: async (_, { input }, { workflows }) => {
      const { clientMutationId, applicationId, ...fields } = input;
      return { clientMutationId, workflow: await workflows.create(applicationId, fields) };
    },
    updateWorkflow: async (_, { input }, { workflows }) => {
      const { clientMutationId, workflowId, ...fields } = input;
      return { clientMutationId, workflow: await workflows.update(workflowId, fields) };
    },
    deleteWorkflow: async (_, { input }, { workflows }) => {
      await workflows.delete(input.workflowId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  Application: {
    workflows: (application, args, { workflows }) => (application.id ? workflows.ofApplication(application.id, args.limit, args.offset) : null),
  },
  Workflow: {
    __resolveReference: (reference, { workflows }) => (reference.id ? workflows.find(reference.id) : null),
    createdBy: (workflow) => (workflow.createdBy ? { id: workflow.createdBy } : null),
    workflowVariables: (workflow) => workflow.variables,
    tags: (workflow, _, { workflows }) => workflows.tagsOf(workflow.id),
  },
};

import type { Resolvers } from '../generated/resolvers-types';
import { userReference } from '../shared/resolver-types';

export const environmentResolvers: Resolvers = {
  Query: {
    environment: (_, args, { environments }) => environments.get(args.environmentId),
    environments: (_, args, { environments }) => environments.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createEnvironment: async (_, { input }, { environments }) => {
      const { clientMutationId, applicationId, ...fields } = input;
      return { clientMutationId, environment: await environments.create(applicationId, fields) };
    },
    updateEnvironment: async (_, { input }, { environments }) => {
      const { clientMutationId, environmentId, ...changes } = input;
      return { clientMutationId, environment: await environments.update(environmentId, changes) };
    },
    deleteEnvironment: async (_, { input }, { environments }) => {
      await environments.delete(input.environmentId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  Environment: {
    __resolveReference: (reference, { environments }) => (reference.id ? environments.find(reference.id) : null),
    createdBy: userReference,
    application: (environment, _, { applications }) => applications.find(environment.appId),
    infrastructureDefinitions: (environment, args, { infrastructureDefinitions }) =>
      infrastructureDefinitions.ofEnvironment(environment.id, args.filters, args.limit, args.offset),
    tags: (environment, _, { tags }) => tags.tagsOf('ENVIRONMENT', environment.id),
  },
};

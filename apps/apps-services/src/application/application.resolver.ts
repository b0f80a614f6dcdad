import type { ApplicationFields } from '@fg/apps-services/data-access';
import type { Resolvers } from '../generated/resolvers-types';
import { userReference } from '../shared/resolver-types';

export const applicationResolvers: Resolvers = {
  Query: {
    application: (_, args, { applications }) => applications.get(args.applicationId),
    applicationByName: (_, args, { applications }) => applications.getByName(args.name),
    applications: (_, args, { applications }) => applications.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createApplication: async (_, { input }, { applications }) => {
      const { clientMutationId, ...fields } = input;
      // Flags and description may be absent or null here; the service settles their defaults.
      return { clientMutationId, application: await applications.create(fields as ApplicationFields) };
    },
    updateApplication: async (_, { input }, { applications }) => {
      const { clientMutationId, applicationId, ...changes } = input;
      return { clientMutationId, application: await applications.update(applicationId, changes) };
    },
    deleteApplication: async (_, { input }, { applications }) => {
      await applications.delete(input.applicationId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  Application: {
    __resolveReference: (reference, { applications }) => (reference.id ? applications.find(reference.id) : null),
    createdBy: userReference,
    tags: (application, _, { tags }) => tags.tagsOf('APPLICATION', application.id),
    services: (application, args, { services }) => services.ofApplication(application.id, args.limit, args.offset),
    environments: (application, args, { environments }) => environments.ofApplication(application.id, args.limit, args.offset),
  },
};

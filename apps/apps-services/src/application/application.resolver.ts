import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Application, ApplicationFields } from '@fg/apps-services/data-access';
import type { AppsServicesContext as Context } from '../context';
import { userReference, type ListArgs, type MutationInput, type PageArgs } from '../shared/resolver-types';
import type { ApplicationFilterInput } from './application.service';

export const applicationResolvers: GraphQLResolverMap<Context> = {
  Query: {
    application: (_: unknown, args: { applicationId: string }, { applications }: Context) => applications.get(args.applicationId),
    applicationByName: (_: unknown, args: { name: string }, { applications }: Context) => applications.getByName(args.name),
    applications: (_: unknown, args: ListArgs<ApplicationFilterInput>, { applications }: Context) =>
      applications.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createApplication: async (_: unknown, { input }: MutationInput<ApplicationFields>, { applications }: Context) => {
      const { clientMutationId, ...fields } = input;
      return { clientMutationId, application: await applications.create(fields) };
    },
    updateApplication: async (
      _: unknown,
      { input }: MutationInput<Partial<ApplicationFields> & { applicationId: string }>,
      { applications }: Context,
    ) => {
      const { clientMutationId, applicationId, ...changes } = input;
      return { clientMutationId, application: await applications.update(applicationId, changes) };
    },
    deleteApplication: async (_: unknown, { input }: MutationInput<{ applicationId: string }>, { applications }: Context) => {
      await applications.delete(input.applicationId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  Application: {
    __resolveReference: (reference: { id: string }, { applications }: Context) => applications.find(reference.id),
    createdBy: userReference,
    tags: (application: Application, _: unknown, { tags }: Context) => tags.tagsOf('APPLICATION', application.id),
    services: (application: Application, args: PageArgs, { services }: Context) => services.ofApplication(application.id, args.limit, args.offset),
    environments: (application: Application, args: PageArgs, { environments }: Context) =>
      environments.ofApplication(application.id, args.limit, args.offset),
  },
};

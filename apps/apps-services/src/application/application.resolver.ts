import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Application, ApplicationFields } from '@fg/apps-services/data-access';
import type { AppsServicesContext } from '../context';
import type { ApplicationFilterInput } from './application.service';

interface MutationInput<T> {
  input: T & { clientMutationId?: string | null };
}

export const applicationResolvers: GraphQLResolverMap<AppsServicesContext> = {
  Query: {
    application: (_: unknown, args: { applicationId: string }, { applications }: AppsServicesContext) =>
      applications.get(args.applicationId),
    applicationByName: (_: unknown, args: { name: string }, { applications }: AppsServicesContext) =>
      applications.getByName(args.name),
    applications: (
      _: unknown,
      args: { filters?: ApplicationFilterInput[] | null; limit: number; offset?: number | null },
      { applications }: AppsServicesContext,
    ) => applications.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createApplication: async (_: unknown, { input }: MutationInput<ApplicationFields>, { applications }: AppsServicesContext) => {
      const { clientMutationId, ...fields } = input;
      return { clientMutationId, application: await applications.create(fields) };
    },
    updateApplication: async (
      _: unknown,
      { input }: MutationInput<Partial<ApplicationFields> & { applicationId: string }>,
      { applications }: AppsServicesContext,
    ) => {
      const { clientMutationId, applicationId, ...changes } = input;
      return { clientMutationId, application: await applications.update(applicationId, changes) };
    },
    deleteApplication: async (
      _: unknown,
      { input }: MutationInput<{ applicationId: string }>,
      { applications }: AppsServicesContext,
    ) => {
      await applications.delete(input.applicationId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  Application: {
    __resolveReference: (reference: { id: string }, { applications }: AppsServicesContext) => applications.find(reference.id),
    createdBy: (application: Application) => (application.createdById ? { id: application.createdById } : null),
  },
};

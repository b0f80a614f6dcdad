import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Environment } from '@fg/apps-services/data-access';
import type { AppsServicesContext as Context } from '../context';
import type { InfrastructureDefinitionFilterInput } from '../infrastructure-definition/infrastructure-definitions.service';
import { userReference, type ListArgs, type MutationInput } from '../shared/resolver-types';
import type { EnvironmentFilterInput, EnvironmentInput } from './environments.service';

export const environmentResolvers: GraphQLResolverMap<Context> = {
  Query: {
    environment: (_: unknown, args: { environmentId: string }, { environments }: Context) => environments.get(args.environmentId),
    environments: (_: unknown, args: ListArgs<EnvironmentFilterInput>, { environments }: Context) =>
      environments.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createEnvironment: async (_: unknown, { input }: MutationInput<EnvironmentInput & { applicationId: string }>, { environments }: Context) => {
      const { clientMutationId, applicationId, ...fields } = input;
      return { clientMutationId, environment: await environments.create(applicationId, fields) };
    },
    updateEnvironment: async (_: unknown, { input }: MutationInput<EnvironmentInput & { environmentId: string }>, { environments }: Context) => {
      const { clientMutationId, environmentId, ...changes } = input;
      return { clientMutationId, environment: await environments.update(environmentId, changes) };
    },
    deleteEnvironment: async (_: unknown, { input }: MutationInput<{ environmentId: string }>, { environments }: Context) => {
      await environments.delete(input.environmentId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  Environment: {
    __resolveReference: (reference: { id: string }, { environments }: Context) => environments.find(reference.id),
    createdBy: userReference,
    application: (environment: Environment, _: unknown, { applications }: Context) => applications.find(environment.appId),
    infrastructureDefinitions: (environment: Environment, args: ListArgs<InfrastructureDefinitionFilterInput>, { infrastructureDefinitions }: Context) =>
      infrastructureDefinitions.ofEnvironment(environment.id, args.filters, args.limit, args.offset),
    tags: (environment: Environment, _: unknown, { tags }: Context) => tags.tagsOf('ENVIRONMENT', environment.id),
  },
};

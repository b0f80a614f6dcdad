import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { InfrastructureDefinition, InfrastructureDefinitionFields } from '@fg/apps-services/data-access';
import type { AppsServicesContext as Context } from '../context';
import type { ListArgs, MutationInput } from '../shared/resolver-types';
import type { InfrastructureDefinitionFilterInput } from './infrastructure-definitions.service';

type DefinitionInput = { [K in keyof InfrastructureDefinitionFields]?: InfrastructureDefinitionFields[K] | null };

export const infrastructureDefinitionResolvers: GraphQLResolverMap<Context> = {
  Query: {
    infrastructureDefinition: (_: unknown, args: { infrastructureId: string }, { infrastructureDefinitions }: Context) =>
      infrastructureDefinitions.get(args.infrastructureId),
    infrastructureDefinitionByName: (
      _: unknown,
      args: { infrastructureName: string; environmentId: string },
      { infrastructureDefinitions }: Context,
    ) => infrastructureDefinitions.getByName(args.environmentId, args.infrastructureName),
    infrastructureDefinitions: (_: unknown, args: ListArgs<InfrastructureDefinitionFilterInput>, { infrastructureDefinitions }: Context) =>
      infrastructureDefinitions.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createInfrastructureDefinition: async (
      _: unknown,
      { input }: MutationInput<DefinitionInput & { environmentId: string }>,
      { infrastructureDefinitions }: Context,
    ) => {
      const { clientMutationId, environmentId, ...fields } = input;
      return { clientMutationId, infrastructureDefinition: await infrastructureDefinitions.create(environmentId, fields) };
    },
    updateInfrastructureDefinition: async (
      _: unknown,
      { input }: MutationInput<DefinitionInput & { infrastructureId: string }>,
      { infrastructureDefinitions }: Context,
    ) => {
      const { clientMutationId, infrastructureId, ...changes } = input;
      return { clientMutationId, infrastructureDefinition: await infrastructureDefinitions.update(infrastructureId, changes) };
    },
    deleteInfrastructureDefinition: async (
      _: unknown,
      { input }: MutationInput<{ infrastructureId: string }>,
      { infrastructureDefinitions }: Context,
    ) => {
      await infrastructureDefinitions.delete(input.infrastructureId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  InfrastructureDefinition: {
    __resolveReference: (reference: { id: string }, { infrastructureDefinitions }: Context) => infrastructureDefinitions.find(reference.id),
    environment: (definition: InfrastructureDefinition, _: unknown, { environments }: Context) => environments.find(definition.environmentId),
  },
};

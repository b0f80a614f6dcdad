import type { Resolvers } from '../generated/resolvers-types';

export const infrastructureDefinitionResolvers: Resolvers = {
  Query: {
    infrastructureDefinition: (_, args, { infrastructureDefinitions }) => infrastructureDefinitions.get(args.infrastructureId),
    infrastructureDefinitionByName: (_, args, { infrastructureDefinitions }) =>
      infrastructureDefinitions.getByName(args.environmentId, args.infrastructureName),
    infrastructureDefinitions: (_, args, { infrastructureDefinitions }) => infrastructureDefinitions.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createInfrastructureDefinition: async (_, { input }, { infrastructureDefinitions }) => {
      const { clientMutationId, environmentId, ...fields } = input;
      return { clientMutationId, infrastructureDefinition: await infrastructureDefinitions.create(environmentId, fields) };
    },
    updateInfrastructureDefinition: async (_, { input }, { infrastructureDefinitions }) => {
      const { clientMutationId, infrastructureId, ...changes } = input;
      return { clientMutationId, infrastructureDefinition: await infrastructureDefinitions.update(infrastructureId, changes) };
    },
    deleteInfrastructureDefinition: async (_, { input }, { infrastructureDefinitions }) => {
      await infrastructureDefinitions.delete(input.infrastructureId);
      return { clientMutationId: input.clientMutationId };
    },
  },
  InfrastructureDefinition: {
    __resolveReference: (reference, { infrastructureDefinitions }) => (reference.id ? infrastructureDefinitions.find(reference.id) : null),
    environment: (definition, _, { environments }) => environments.find(definition.environmentId),
  },
};

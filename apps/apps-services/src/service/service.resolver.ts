import type { ServiceFields } from '@fg/apps-services/data-access';
import type { Resolvers } from '../generated/resolvers-types';
import { userReference } from '../shared/resolver-types';

export const serviceResolvers: Resolvers = {
  Query: {
    service: (_, args, { services }) => services.get(args.serviceId),
    services: (_, args, { services }) => services.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createService: async (_, { input }, { services }) => {
      const { clientMutationId, applicationId, ...fields } = input;
      // Description and artifact type may be absent or null here; the service settles their defaults.
      return { clientMutationId, service: await services.create(applicationId, fields as ServiceFields) };
    },
    updateService: async (_, { input }, { services }) => {
      const { clientMutationId, serviceId, ...changes } = input;
      return { clientMutationId, service: await services.update(serviceId, changes) };
    },
    deleteService: async (_, { input }, { services }) => {
      await services.delete(input.serviceId);
      return { clientMutationId: input.clientMutationId };
    },
    updateServiceMetadata: async (_, { input }, { services }) => {
      const updated = await services.setCfCliVersion(input.applicationId, input.excludeServices, input.cfCliVersion);
      return {
        clientMutationId: input.clientMutationId,
        application: updated.applications,
        cfCliVersion: input.cfCliVersion.trim(),
        updatedService: updated.services,
      };
    },
  },
  Service: {
    __resolveReference: (reference, { services }) => (reference.id ? services.find(reference.id) : null),
    createdBy: userReference,
    tags: (service, _, { tags }) => tags.tagsOf('SERVICE', service.id),
  },
};

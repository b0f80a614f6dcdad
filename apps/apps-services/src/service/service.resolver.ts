import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Service, ServiceFields } from '@fg/apps-services/data-access';
import type { AppsServicesContext as Context } from '../context';
import { userReference, type ListArgs, type MutationInput } from '../shared/resolver-types';
import type { ServiceFilterInput } from './services.service';

type ServiceInput = Partial<ServiceFields>;

export const serviceResolvers: GraphQLResolverMap<Context> = {
  Query: {
    service: (_: unknown, args: { serviceId: string }, { services }: Context) => services.get(args.serviceId),
    services: (_: unknown, args: ListArgs<ServiceFilterInput>, { services }: Context) => services.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    createService: async (_: unknown, { input }: MutationInput<ServiceFields & { applicationId: string }>, { services }: Context) => {
      const { clientMutationId, applicationId, ...fields } = input;
      return { clientMutationId, service: await services.create(applicationId, fields) };
    },
    updateService: async (_: unknown, { input }: MutationInput<ServiceInput & { serviceId: string }>, { services }: Context) => {
      const { clientMutationId, serviceId, ...changes } = input;
      return { clientMutationId, service: await services.update(serviceId, changes) };
    },
    deleteService: async (_: unknown, { input }: MutationInput<{ serviceId: string }>, { services }: Context) => {
      await services.delete(input.serviceId);
      return { clientMutationId: input.clientMutationId };
    },
    updateServiceMetadata: async (
      _: unknown,
      { input }: MutationInput<{ applicationId: (string | null)[]; excludeServices?: (string | null)[] | null; cfCliVersion: string }>,
      { services }: Context,
    ) => {
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
    __resolveReference: (reference: { id: string }, { services }: Context) => services.find(reference.id),
    createdBy: userReference,
    tags: (service: Service, _: unknown, { tags }: Context) => tags.tagsOf('SERVICE', service.id),
  },
};

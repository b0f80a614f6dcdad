import type { Resolvers } from '../generated/resolvers-types';
import type { CloudProvider } from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { ConnectorsContext, MutationArgs, PageArgs } from '../context';
import type { CloudProviderFilter, CloudProviderInput } from './cloud-provider.service';
import { CLOUD_PROVIDER_GRAPHQL_TYPES } from './cloud-provider-kinds';

/** What the GraphQL types read: the kind's settings (delegateSelectors…) under the provider's own fields. */
export type CloudProviderView = Record<string, unknown> & CloudProvider;
export const cloudProviderView = (provider: CloudProvider): CloudProviderView => ({ ...provider.settings, ...provider });

const createdBy = (provider: CloudProvider) => (provider.createdById ? { id: provider.createdById } : null);
const concreteTypes = Object.fromEntries(Object.values(CLOUD_PROVIDER_GRAPHQL_TYPES).map((type) => [type, { createdBy }]));

export const cloudProviderResolvers: Resolvers = {
  Query: {
    cloudProvider: async (_: unknown, args: { cloudProviderId: string }, { cloudProviders }: ConnectorsContext) =>
      cloudProviderView(await cloudProviders.get(args.cloudProviderId)),
    cloudProviderByName: async (_: unknown, args: { name: string }, { cloudProviders }: ConnectorsContext) =>
      cloudProviderView(await cloudProviders.getByName(args.name)),
    cloudProviders: (_: unknown, args: PageArgs<CloudProviderFilter>, { cloudProviders }: ConnectorsContext) => {
      const connection = cloudProviders.list(args.filters, args.limit, args.offset);
      return { ...connection, nodes: async () => (await connection.nodes()).map(cloudProviderView) };
    },
  },
  Mutation: {
    createCloudProvider: async (_: unknown, { input }: MutationArgs<CloudProviderInput>, { cloudProviders }: ConnectorsContext) => ({
      clientMutationId: input.clientMutationId ?? null,
      cloudProvider: cloudProviderView(await cloudProviders.create(input)),
    }),
    updateCloudProvider: async (
      _: unknown,
      { input }: MutationArgs<CloudProviderInput & { cloudProviderId: string }>,
      { cloudProviders }: ConnectorsContext,
    ) => ({
      clientMutationId: input.clientMutationId ?? null,
      cloudProvider: cloudProviderView(await cloudProviders.update(input.cloudProviderId, input)),
    }),
    deleteCloudProvider: async (_: unknown, { input }: MutationArgs<{ cloudProviderId: string }>, { cloudProviders }: ConnectorsContext) => {
      await cloudProviders.delete(input.cloudProviderId);
      return { clientMutationId: input.clientMutationId ?? null };
    },
  },
  CloudProvider: {
    __resolveType: (provider) => CLOUD_PROVIDER_GRAPHQL_TYPES[provider.type],
  },
  ...concreteTypes,
};

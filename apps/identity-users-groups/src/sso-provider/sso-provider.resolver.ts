import type { Resolvers } from '../generated/resolvers-types';

export const ssoProviderResolvers: Resolvers = {
  Query: {
    ssoProvider: (_, args, { ssoProviders }) => ssoProviders.get(args.ssoProviderId),
    ssoProviders: (_, args, { ssoProviders }) => ssoProviders.list(args.limit, args.offset),
  },
};

import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { IdentityContext } from '../context';

export const ssoProviderResolvers: GraphQLResolverMap<IdentityContext> = {
  Query: {
    ssoProvider: (_: unknown, args: { ssoProviderId: string }, { ssoProviders }: IdentityContext) => ssoProviders.get(args.ssoProviderId),
    ssoProviders: (_: unknown, args: { limit: number; offset?: number | null }, { ssoProviders }: IdentityContext) =>
      ssoProviders.list(args.limit, args.offset),
  },
};

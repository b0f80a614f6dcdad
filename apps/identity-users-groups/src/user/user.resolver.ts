import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { IdentityContext } from '../context';

export const userResolvers: GraphQLResolverMap<IdentityContext> = {
  Query: {
    user: (_: unknown, args: { id: string }, { users }: IdentityContext) => users.get(args.id),
    userByName: (_: unknown, args: { name: string }, { users }: IdentityContext) => users.getByName(args.name),
    userByEmail: (_: unknown, args: { email: string }, { users }: IdentityContext) => users.getByEmail(args.email),
  },
  User: {
    __resolveReference: (reference: { id: string }, { users }: IdentityContext) => users.find(reference.id),
  },
};

import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { User } from '@fg/identity-users-groups/data-access';
import type { IdentityContext } from '../context';
import type { CreateUserInput, UpdateUserInput } from './user.service';

type Mutation<T> = { input: T & { clientMutationId?: string | null } };
type Page = { limit: number; offset?: number | null };

export const userResolvers: GraphQLResolverMap<IdentityContext> = {
  Query: {
    user: (_: unknown, args: { id: string }, { users }: IdentityContext) => users.get(args.id),
    userByName: (_: unknown, args: { name: string }, { users }: IdentityContext) => users.getByName(args.name),
    userByEmail: (_: unknown, args: { email: string }, { users }: IdentityContext) => users.getByEmail(args.email),
    users: (_: unknown, args: Page & { filters?: { includeDisabled: boolean }[] | null }, { users }: IdentityContext) =>
      users.list(args.limit, args.offset, args.filters),
  },
  Mutation: {
    createUser: async (_: unknown, { input }: Mutation<CreateUserInput>, { users }: IdentityContext) => {
      const { user, inviteToken } = await users.invite(input);
      return { clientMutationId: input.clientMutationId, user, inviteToken };
    },
    updateUser: async (_: unknown, { input }: Mutation<UpdateUserInput>, { users }: IdentityContext) => ({
      clientMutationId: input.clientMutationId,
      user: await users.update(input),
    }),
    deleteUser: async (_: unknown, { input }: Mutation<{ id: string }>, { users }: IdentityContext) => {
      await users.remove(input.id);
      return { clientMutationId: input.clientMutationId };
    },
    acceptUserInvite: async (_: unknown, { input }: Mutation<{ inviteToken: string; password: string }>, context: IdentityContext) => ({
      clientMutationId: input.clientMutationId,
      user: await context.acceptUserInvite(input.inviteToken, input.password),
    }),
  },
  User: {
    __resolveReference: (reference: { id: string }, { users }: IdentityContext) => users.find(reference.id),
    userGroups: (user: User, args: Page, { users }: IdentityContext) => users.groupsOf(user, args.limit, args.offset),
  },
};

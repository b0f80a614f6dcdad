import type { Resolvers } from '../generated/resolvers-types';

export const userResolvers: Resolvers = {
  Query: {
    user: (_, args, { users }) => users.get(args.id),
    userByName: (_, args, { users }) => users.getByName(args.name),
    userByEmail: (_, args, { users }) => users.getByEmail(args.email),
    users: (_, args, { users }) => users.list(args.limit, args.offset, args.filters),
  },
  Mutation: {
    createUser: async (_, { input }, { users }) => {
      const { user, inviteToken } = await users.invite(input);
      return { clientMutationId: input.clientMutationId, user, inviteToken };
    },
    updateUser: async (_, { input }, { users }) => ({ clientMutationId: input.clientMutationId, user: await users.update(input) }),
    deleteUser: async (_, { input }, { users }) => {
      await users.remove(input.id);
      return { clientMutationId: input.clientMutationId };
    },
    acceptUserInvite: async (_, { input }, context) => ({
      clientMutationId: input.clientMutationId,
      user: await context.acceptUserInvite(input.inviteToken, input.password),
    }),
  },
  User: {
    __resolveReference: (reference, { users }) => (reference.id ? users.find(reference.id) : null),
    userGroups: (user, args, { users }) => users.groupsOf(user, args.limit, args.offset),
  },
};

import type { Resolvers } from '../generated/resolvers-types';

export const userResolvers: Resolvers = {
  Query: {
    user: (_, args, { users }) => users.get(args.id),
    userByName: (_, args, { users }) => users.getByName(args.name),
    userByEmail: (_, args, { users }) => users.getByEmail(args.email),
  },
  User: {
    __resolveReference: (reference, { users }) => (reference.id ? users.find(reference.id) : null),
  },
};

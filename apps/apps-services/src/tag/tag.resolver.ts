import type { Resolvers } from '../generated/resolvers-types';
import { userReference } from '../shared/resolver-types';

export const tagResolvers: Resolvers = {
  Query: {
    tag: (_, args, { tags }) => tags.get(args.tagId),
    tagByName: (_, args, { tags }) => tags.getByName(args.name),
    tags: (_, args, { tags }) => tags.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    attachTag: async (_, { input }, { tags }) => ({
      clientMutationId: input.clientMutationId,
      tagLink: await tags.attach(input.entityType, input.entityId, input.name, input.value),
    }),
    detachTag: async (_, { input }, { tags }) => {
      await tags.detach(input.entityType, input.entityId, input.name);
      return { clientMutationId: input.clientMutationId };
    },
  },
  TagEntity: {
    createdBy: userReference,
    usages: (tag, args, { tags }) => tags.usages(tag, args.filters, args.limit, args.offset),
  },
};

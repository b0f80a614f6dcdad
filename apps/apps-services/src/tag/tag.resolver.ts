import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { TagDefinition, TagEntityType } from '@fg/apps-services/data-access';
import type { AppsServicesContext as Context } from '../context';
import { userReference, type ListArgs, type MutationInput } from '../shared/resolver-types';
import type { TagEntityFilterInput, TagUsageFilterInput } from './tag.service';

interface TagTarget {
  entityId: string;
  entityType: TagEntityType;
  name: string;
}

export const tagResolvers: GraphQLResolverMap<Context> = {
  Query: {
    tag: (_: unknown, args: { tagId: string }, { tags }: Context) => tags.get(args.tagId),
    tagByName: (_: unknown, args: { name: string }, { tags }: Context) => tags.getByName(args.name),
    tags: (_: unknown, args: ListArgs<TagEntityFilterInput>, { tags }: Context) => tags.list(args.filters, args.limit, args.offset),
  },
  Mutation: {
    attachTag: async (_: unknown, { input }: MutationInput<TagTarget & { value?: string | null }>, { tags }: Context) => ({
      clientMutationId: input.clientMutationId,
      tagLink: await tags.attach(input.entityType, input.entityId, input.name, input.value),
    }),
    detachTag: async (_: unknown, { input }: MutationInput<TagTarget>, { tags }: Context) => {
      await tags.detach(input.entityType, input.entityId, input.name);
      return { clientMutationId: input.clientMutationId };
    },
  },
  TagEntity: {
    createdBy: userReference,
    usages: (tag: TagDefinition, args: ListArgs<TagUsageFilterInput>, { tags }: Context) => tags.usages(tag, args.filters, args.limit, args.offset),
  },
};

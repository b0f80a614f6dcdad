import type { Resolvers } from '../generated/resolvers-types';

export const statsResolvers: Resolvers = {
  Query: {
    applicationStats: (_, args, { stats }) => stats.applicationStats(args.filters, args.groupBy),
    serviceStats: (_, args, { stats }) => stats.serviceStats(args.filters, args.groupBy),
    environmentStats: (_, args, { stats }) => stats.environmentStats(args.filters, args.groupBy),
  },
};

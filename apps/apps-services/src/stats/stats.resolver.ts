import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { ApplicationFilterInput } from '../application/application.service';
import type { AppsServicesContext as Context } from '../context';
import type { EnvironmentFilterInput } from '../environment/environments.service';
import type { ServiceFilterInput } from '../service/services.service';
import type { Aggregation } from './stats.service';

interface StatsArgs<F, G> {
  filters?: (F | null)[] | null;
  groupBy?: (G | null)[] | null;
}

export const statsResolvers: GraphQLResolverMap<Context> = {
  Query: {
    applicationStats: (_: unknown, args: StatsArgs<ApplicationFilterInput, Aggregation<never, 'APPLICATION'>>, { stats }: Context) =>
      stats.applicationStats(args.filters, args.groupBy),
    serviceStats: (
      _: unknown,
      args: StatsArgs<ServiceFilterInput, Aggregation<'Application' | 'ArtifactType' | 'DeploymentType', 'APPLICATION' | 'SERVICE'>>,
      { stats }: Context,
    ) => stats.serviceStats(args.filters, args.groupBy),
    environmentStats: (
      _: unknown,
      args: StatsArgs<EnvironmentFilterInput, Aggregation<'Application' | 'EnvironmentType', 'APPLICATION'>>,
      { stats }: Context,
    ) => stats.environmentStats(args.filters, args.groupBy),
  },
};

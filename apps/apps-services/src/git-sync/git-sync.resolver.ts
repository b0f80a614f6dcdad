import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { GitSyncConfig } from '@fg/apps-services/data-access';
import type { AppsServicesContext as Context } from '../context';
import type { MutationInput } from '../shared/resolver-types';
import type { GitSyncConfigInput } from './git-sync.service';

type ApplicationTarget = { applicationId: string };

export const gitSyncResolvers: GraphQLResolverMap<Context> = {
  Mutation: {
    updateApplicationGitSyncConfig: async (_: unknown, { input }: MutationInput<GitSyncConfigInput & ApplicationTarget>, { gitSync }: Context) => {
      const { clientMutationId, applicationId, ...config } = input;
      return { clientMutationId, gitSyncConfig: await gitSync.update(applicationId, config) };
    },
    removeApplicationGitSyncConfig: async (_: unknown, { input }: MutationInput<ApplicationTarget>, { gitSync }: Context) => ({
      clientMutationId: input.clientMutationId,
      application: await gitSync.remove(input.applicationId),
    }),
    updateApplicationGitSyncConfigStatus: async (
      _: unknown,
      { input }: MutationInput<ApplicationTarget & { syncEnabled: boolean }>,
      { gitSync }: Context,
    ) => ({ clientMutationId: input.clientMutationId, gitSyncConfig: await gitSync.setEnabled(input.applicationId, input.syncEnabled) }),
  },
  GitSyncConfig: {
    // A reference to the connector; connectors-cloudproviders-artifacts resolves its fields.
    gitConnector: (config: GitSyncConfig) => ({ id: config.gitConnectorId }),
  },
};

import type { Resolvers } from '../generated/resolvers-types';

export const gitSyncResolvers: Resolvers = {
  Mutation: {
    updateApplicationGitSyncConfig: async (_, { input }, { gitSync }) => {
      const { clientMutationId, applicationId, ...config } = input;
      return { clientMutationId, gitSyncConfig: await gitSync.update(applicationId, config) };
    },
    removeApplicationGitSyncConfig: async (_, { input }, { gitSync }) => ({
      clientMutationId: input.clientMutationId,
      application: await gitSync.remove(input.applicationId),
    }),
    updateApplicationGitSyncConfigStatus: async (_, { input }, { gitSync }) => ({
      clientMutationId: input.clientMutationId,
      gitSyncConfig: await gitSync.setEnabled(input.applicationId, input.syncEnabled),
    }),
  },
  GitSyncConfig: {
    // A reference to the connector; connectors-cloudproviders-artifacts resolves its fields.
    gitConnector: (config) => ({ id: config.gitConnectorId }),
  },
};

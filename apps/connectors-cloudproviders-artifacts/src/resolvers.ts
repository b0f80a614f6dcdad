import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type DataLoader from 'dataloader';
import { notFound } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import type { Connector } from '@fg/connectors-cloudproviders-artifacts/data-access';

export const CONNECTOR_NOT_FOUND = 'Connector does not exist';

export interface ConnectorsContext {
  principal: Principal;
  connectorById: DataLoader<string, Connector | null>;
}

const GRAPHQL_TYPE_BY_CONNECTOR_TYPE: Record<Connector['type'], string> = { GIT: 'GitConnector' };

export const connectorsResolvers: GraphQLResolverMap<ConnectorsContext> = {
  Query: {
    connector: async (_: unknown, args: { connectorId: string }, context: ConnectorsContext) =>
      (await context.connectorById.load(args.connectorId)) ?? Promise.reject(notFound(CONNECTOR_NOT_FOUND)),
  },
  Connector: {
    __resolveType: (connector: Connector) => GRAPHQL_TYPE_BY_CONNECTOR_TYPE[connector.type],
  },
  GitConnector: {
    __resolveReference: async (reference: { id: string }, context: ConnectorsContext) => {
      const connector = await context.connectorById.load(reference.id);
      return connector?.type === 'GIT' ? connector : null;
    },
    URL: (connector: Connector) => connector.url,
    createdBy: (connector: Connector) => (connector.createdById ? { id: connector.createdById } : null),
  },
};

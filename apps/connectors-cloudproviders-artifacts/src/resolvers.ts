import { notFound } from '@fg/graphql-kit';
import type { Connector } from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { ConnectorResolvers, Resolvers } from './generated/resolvers-types';

export const CONNECTOR_NOT_FOUND = 'Connector does not exist';

/** The schema's types that implement Connector. */
type ConnectorTypeName = NonNullable<Awaited<ReturnType<ConnectorResolvers['__resolveType']>>>;

const GRAPHQL_TYPE_BY_CONNECTOR_TYPE: Record<Connector['type'], ConnectorTypeName> = { GIT: 'GitConnector' };

export const connectorsResolvers: Resolvers = {
  Query: {
    connector: async (_, args, context) =>
      (await context.connectorById.load(args.connectorId)) ?? Promise.reject(notFound(CONNECTOR_NOT_FOUND)),
  },
  Connector: {
    __resolveType: (connector) => GRAPHQL_TYPE_BY_CONNECTOR_TYPE[connector.type],
  },
  GitConnector: {
    __resolveReference: async (reference, context) => {
      const connector = reference.id ? await context.connectorById.load(reference.id) : null;
      return connector?.type === 'GIT' ? connector : null;
    },
    URL: (connector) => connector.url,
    createdBy: (connector) => (connector.createdById ? { id: connector.createdById } : null),
  },
};

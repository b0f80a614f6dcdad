import type { Resolvers } from '../generated/resolvers-types';
import type { Connector } from '@fg/connectors-cloudproviders-artifacts/data-access';
import type { ConnectorsContext, MutationArgs, PageArgs } from '../context';
import type { ConnectorFilter, ConnectorInput } from './connector.service';
import { CONNECTOR_GRAPHQL_TYPES } from './connector-kinds';

/** What the GraphQL types read: the kind's settings (URL, branch, delegateSelectors…) under the connector's own fields. */
export type ConnectorView = Record<string, unknown> & Connector;
export const connectorView = (connector: Connector): ConnectorView => ({ ...connector.settings, ...connector });

const createdBy = (connector: Connector) => (connector.createdById ? { id: connector.createdById } : null);
const concreteTypes = Object.fromEntries(Object.values(CONNECTOR_GRAPHQL_TYPES).map((type) => [type, { createdBy }]));

export const connectorResolvers: Resolvers = {
  Query: {
    connector: async (_: unknown, args: { connectorId: string }, { connectors }: ConnectorsContext) =>
      connectorView(await connectors.get(args.connectorId)),
    connectors: (_: unknown, args: PageArgs<ConnectorFilter>, { connectors }: ConnectorsContext) => {
      const connection = connectors.list(args.filters, args.limit, args.offset);
      return { ...connection, nodes: async () => (await connection.nodes()).map(connectorView) };
    },
  },
  Mutation: {
    createConnector: async (_: unknown, { input }: MutationArgs<ConnectorInput>, { connectors }: ConnectorsContext) => ({
      clientMutationId: input.clientMutationId ?? null,
      connector: connectorView(await connectors.create(input)),
    }),
    updateConnector: async (_: unknown, { input }: MutationArgs<ConnectorInput & { connectorId: string }>, { connectors }: ConnectorsContext) => ({
      clientMutationId: input.clientMutationId ?? null,
      connector: connectorView(await connectors.update(input.connectorId, input)),
    }),
    deleteConnector: async (_: unknown, { input }: MutationArgs<{ connectorId: string }>, { connectors }: ConnectorsContext) => {
      await connectors.delete(input.connectorId);
      return { clientMutationId: input.clientMutationId ?? null };
    },
  },
  Connector: {
    __resolveType: (connector) => CONNECTOR_GRAPHQL_TYPES[connector.type],
  },
  ...concreteTypes,
  GitConnector: {
    __resolveReference: async (reference, { connectors }) => {
      const connector = reference.id ? await connectors.find(reference.id) : null;
      return connector?.type === 'GIT' ? connectorView(connector) : null;
    },
    createdBy,
    webhookUrl: (connector: ConnectorView, _: unknown, { gitWebhookUrl }: ConnectorsContext) =>
      connector.settings.generateWebhookUrl === true && connector.webhookToken ? gitWebhookUrl(connector.webhookToken) : null,
  },
};

/** A connector as this subgraph knows it from connectors-cloudproviders-artifacts' events. */
export interface KnownConnector {
  id: string;
  accountId: string;
  name: string;
  /** ConnectorType enum name, e.g. GIT. */
  type: string;
}

/**
 * The facts this projection follows. Their publisher is connectors-cloudproviders-artifacts; the wire type will come
 * from @fg/domain-events once it lands (then this union is replaced by an import).
 */
export type ConnectorEvent =
  | { type: 'connector.created'; accountId: string; connectorId: string; name: string; connectorType: string }
  | { type: 'connector.deleted'; accountId: string; connectorId: string };

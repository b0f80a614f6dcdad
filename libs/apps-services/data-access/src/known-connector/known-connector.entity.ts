import type { DomainEvent } from '@fg/domain-events';

/** A connector as this subgraph knows it from connectors-cloudproviders-artifacts' events. */
export interface KnownConnector {
  id: string;
  accountId: string;
  name: string;
  /** ConnectorType enum name, e.g. GIT. */
  type: string;
}

/** The facts this projection follows (published by connectors-cloudproviders-artifacts). */
export type ConnectorEvent = DomainEvent<'connector.created' | 'connector.deleted'>;

import type DataLoader from 'dataloader';
import type { Identity } from '@fg/internal-auth';
import type { Connector } from '@fg/connectors-cloudproviders-artifacts/data-access';

export interface ConnectorsContext {
  identity: Identity;
  connectorById: DataLoader<string, Connector | null>;
}

import type DataLoader from 'dataloader';
import type { Principal } from '@fg/internal-auth';
import type { Connector } from '@fg/connectors-cloudproviders-artifacts/data-access';

export interface ConnectorsContext {
  principal: Principal;
  connectorById: DataLoader<string, Connector | null>;
}

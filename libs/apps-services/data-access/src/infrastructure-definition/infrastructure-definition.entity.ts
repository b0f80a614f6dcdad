import type { EnvironmentType } from '../environment/environment.entity';

export interface InfrastructureDefinition {
  id: string;
  accountId: string;
  appId: string;
  environmentId: string;
  /** Its environment's type, kept here for permissions by environment type (PROD / NON_PROD). */
  environmentType: EnvironmentType;
  name: string;
  /** Deployment-type enum name, e.g. KUBERNETES. */
  deploymentType: string;
  /** The cloud provider it deploys with (owned by connectors-cloudproviders-artifacts). */
  cloudProviderId: string | null;
  /** Services it is limited to; empty means every service. */
  scopedToServices: string[];
  createdById: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
}

export type InfrastructureDefinitionFields = Pick<
  InfrastructureDefinition,
  'name' | 'deploymentType' | 'cloudProviderId' | 'scopedToServices'
>;

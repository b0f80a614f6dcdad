export interface Service {
  id: string;
  accountId: string;
  /** The application that owns the service. */
  appId: string;
  name: string;
  description: string | null;
  /** Artifact-type enum name, e.g. DOCKER. */
  artifactType: string | null;
  /** Deployment-type enum name, e.g. KUBERNETES. */
  deploymentType: string | null;
  /** The CF CLI version of PCF services (updateServiceMetadata). */
  cfCliVersion: string | null;
  /** The user who created it; null when an API key did. */
  createdById: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
}

export type ServiceFields = Pick<Service, 'name' | 'description' | 'artifactType' | 'deploymentType'>;

export type EnvironmentType = 'PROD' | 'NON_PROD';

export interface Environment {
  id: string;
  accountId: string;
  /** The application that owns the environment. */
  appId: string;
  name: string;
  description: string | null;
  type: EnvironmentType;
  /** The user who created it; null when an API key did. */
  createdById: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
}

export type EnvironmentFields = Pick<Environment, 'name' | 'description' | 'type'>;

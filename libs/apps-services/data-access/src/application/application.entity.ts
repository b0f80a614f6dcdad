export interface Application {
  id: string;
  accountId: string;
  name: string;
  description: string | null;
  isManualTriggerAuthorized: boolean;
  areWebHookSecretsMandated: boolean;
  disableTriggers: boolean;
  /** The user who created it; null when an API key did. */
  createdById: string | null;
  /** Epoch milliseconds. */
  createdAt: number;
  /** Where the application's configuration is synced to; part of the application's document. */
  gitSyncConfig: GitSyncConfig | null;
}

export interface GitSyncConfig {
  /** A GIT connector of the account (owned by connectors-cloudproviders-artifacts). */
  gitConnectorId: string;
  branch: string;
  /** Needed when the connector is account-level (URL type ACCOUNT). */
  repositoryName: string | null;
  syncEnabled: boolean;
}

export type ApplicationFields = Pick<
  Application,
  'name' | 'description' | 'isManualTriggerAuthorized' | 'areWebHookSecretsMandated' | 'disableTriggers'
>;

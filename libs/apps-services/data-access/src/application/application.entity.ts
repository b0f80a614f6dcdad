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
}

export type ApplicationFields = Pick<
  Application,
  'name' | 'description' | 'isManualTriggerAuthorized' | 'areWebHookSecretsMandated' | 'disableTriggers'
>;

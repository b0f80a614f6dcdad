export interface Delegate {
  id: string;
  accountId: string;
  name: string;
  tags: string[];
  version: string;
  lastHeartbeatAt: Date;
  createdAt: Date;
}

export interface DelegateStatus extends Delegate {
  /** Heard from within the registry's connected window. */
  connected: boolean;
}

export interface RegisterDelegateInput {
  name: string;
  tags: string[];
  version: string;
}

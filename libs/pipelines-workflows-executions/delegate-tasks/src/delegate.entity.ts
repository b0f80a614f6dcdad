/** The reference's DelegateStatus: a rejected delegate is DELETED too (the reference has no status of its own for it). */
export const DELEGATE_STATUSES = ['ENABLED', 'WAITING_FOR_APPROVAL', 'DELETED'] as const;
export type DelegateStatus = (typeof DELEGATE_STATUSES)[number];

/** The reference's DelegateType. */
export const DELEGATE_TYPES = ['SHELL_SCRIPT', 'DOCKER', 'KUBERNETES', 'HELM_DELEGATE', 'ECS'] as const;
export type DelegateType = (typeof DELEGATE_TYPES)[number];

export interface Delegate {
  id: string;
  accountId: string;
  name: string;
  status: DelegateStatus;
  tags: string[];
  version: string;
  hostName: string | null;
  ip: string | null;
  delegateType: DelegateType | null;
  description: string | null;
  profileId: string | null;
  supportedTasks: string[];
  includeScopeIds: string[];
  excludeScopeIds: string[];
  lastHeartbeatAt: Date;
  createdAt: Date;
}

export interface DelegateWithLiveness extends Delegate {
  /** Heard from within the registry's connected window. */
  connected: boolean;
}

export interface RegisterDelegateInput {
  name: string;
  tags: string[];
  version: string;
  hostName?: string;
  ip?: string;
  delegateType?: string;
  description?: string;
  supportedTasks?: string[];
}

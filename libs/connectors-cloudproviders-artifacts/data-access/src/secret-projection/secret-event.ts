import type { UsageScope } from '../usage-scope/usage-scope';

export type SecretType = 'ENCRYPTED_TEXT' | 'ENCRYPTED_FILE' | 'WINRM_CREDENTIAL' | 'SSH_CREDENTIAL';

/** What this subgraph needs to know about a secret to accept a reference to it; never its value. */
export interface SecretFacts {
  name: string;
  secretType: SecretType;
  usageScope: UsageScope | null;
  /** An account-scoped secret is usable by account-level settings (connectors, cloud providers) whatever its usage scope. */
  scopedToAccount: boolean;
}

/**
 * The facts the secrets subgraph publishes (domain events `secret.created` / `secret.updated` / `secret.deleted`).
 * `occurredAt` (epoch ms) orders the events of one secret, so a late, older event never undoes a newer one.
 */
export type SecretEvent =
  | { type: 'secret.created' | 'secret.updated'; accountId: string; secretId: string; occurredAt: number; secret: SecretFacts }
  | { type: 'secret.deleted'; accountId: string; secretId: string; occurredAt: number };

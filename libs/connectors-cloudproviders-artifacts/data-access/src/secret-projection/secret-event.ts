import type { DomainEvent } from '@fg/domain-events';

export type SecretType = 'ENCRYPTED_TEXT' | 'ENCRYPTED_FILE' | 'WINRM_CREDENTIAL' | 'SSH_CREDENTIAL';

/** The secrets subgraph's facts this projection is fed with (domain events of the `secrets` stream). */
export type SecretEvent = DomainEvent<'secret.created' | 'secret.updated' | 'secret.deleted'>;

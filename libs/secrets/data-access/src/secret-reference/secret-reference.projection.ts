import type { Connection } from 'mongoose';
import { ReferenceProjection, type Referrer } from '@fg/tenancy';

/** Who, outside this subgraph, uses a secret (a connector, a cloud provider, a git sync config…). */
export type SecretReferrer = Referrer;

/** What other subgraphs publish when they start or stop using a secret (`secret.referenced` / `secret.unreferenced`). */
export interface SecretReferenceEvent {
  type: 'secret.referenced' | 'secret.unreferenced';
  accountId: string;
  secretId: string;
  referrer: SecretReferrer;
}

/** This subgraph's projection of other subgraphs' references to its secrets (deleteSecret refuses while one is active). */
export class SecretReferenceProjection {
  private readonly references: ReferenceProjection;

  constructor(connection: Connection) {
    this.references = new ReferenceProjection(connection, { model: 'SecretReference', collection: 'secret_references' });
  }

  apply(event: SecretReferenceEvent, position: string): Promise<void> {
    const { accountId, secretId, referrer } = event;
    return this.references.record({ accountId, targetId: secretId, referrer, referenced: event.type === 'secret.referenced' }, position);
  }

  referrers(accountId: string, secretId: string, count = 5): Promise<SecretReferrer[]> {
    return this.references.referrersOf(accountId, secretId, count);
  }
}

import type { Identity } from '@fg/internal-auth';
import type { SecretManagerService } from './secret-manager/secret-manager.service';
import type { SecretService } from './secret/secret.service';

/** Who acts. Mirrors the coming `Principal` of @fg/internal-auth, so the swap touches only this file. */
export interface Actor {
  kind: 'user' | 'apiKey' | 'delegate' | 'system';
  id: string;
}

const KINDS: Record<string, Actor['kind']> = { user: 'user', apikey: 'apiKey', delegate: 'delegate', system: 'system' };

/** Today's signed principal is `<kind>:<id>`; anything else is nobody in particular (and gets no values). */
export function actorOf(identity: Identity): Actor | null {
  const separator = identity.principal.indexOf(':');
  const kind = KINDS[identity.principal.slice(0, separator)];
  return separator > 0 && kind ? { kind, id: identity.principal.slice(separator + 1) } : null;
}

export interface SecretsContext {
  identity: Identity;
  secrets: SecretService;
  secretManagers: SecretManagerService;
}

import type { Identity } from '@fg/internal-auth';

/** Who acts: services take it (and the account id) explicitly, so the context can change without touching them. */
export interface Actor {
  kind: 'user' | 'apiKey' | 'delegate' | 'system';
  id: string;
}

export function actorOf(identity: Identity): Actor {
  const [prefix, ...rest] = identity.principal.split(':');
  const id = rest.join(':');
  return prefix === 'user' ? { kind: 'user', id } : { kind: 'apiKey', id };
}

/** createdBy is a User: recorded only when a user (not an API key) acted. */
export function creatorId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null;
}

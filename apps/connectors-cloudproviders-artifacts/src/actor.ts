import type { Identity } from '@fg/internal-auth';

/** Who acts: the services take it explicitly, so only this file changes when contexts carry a Principal. */
export interface Actor {
  kind: 'user' | 'apiKey' | 'delegate' | 'system';
  id: string;
}

export function actorOf(identity: Identity): Actor {
  const [prefix, ...rest] = identity.principal.split(':');
  const id = rest.join(':');
  if (prefix === 'user') return { kind: 'user', id };
  if (prefix === 'apikey') return { kind: 'apiKey', id };
  if (prefix === 'delegate') return { kind: 'delegate', id };
  return { kind: 'system', id: identity.principal };
}

/** createdBy is a User: set only when a user acted. */
export const createdByOf = (actor: Actor): string | null => (actor.kind === 'user' ? actor.id : null);

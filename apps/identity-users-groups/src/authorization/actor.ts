import type { Identity } from '@fg/internal-auth';

/** Who acts: the shape of the typed principal the gateway will sign (`@fg/internal-auth` Principal, without permissions). */
export interface Actor {
  accountId: string;
  kind: 'user' | 'apiKey' | 'delegate' | 'system';
  id: string;
}

/** Reads today's `principal` strings ('user:<id>', 'apikey:<id>', 'delegate-token:<id>', 'system:<name>'). */
export function actorOf(identity: Identity): Actor {
  const separator = identity.principal.indexOf(':');
  const prefix = separator < 0 ? identity.principal : identity.principal.slice(0, separator);
  const id = separator < 0 ? '' : identity.principal.slice(separator + 1);
  const kind = prefix === 'user' ? 'user' : prefix === 'apikey' ? 'apiKey' : prefix === 'delegate-token' ? 'delegate' : 'system';
  return { accountId: identity.accountId, kind, id };
}

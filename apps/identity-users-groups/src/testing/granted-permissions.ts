// Test support only: specs give each identity the permissions a case needs, so every check is really exercised.
import type { Connection } from 'mongoose';
import type { Identity } from '@fg/internal-auth';
import type { PermissionSet } from '@fg/permissions';
import { ApiKeyRepository, UserGroupRepository } from '@fg/identity-users-groups/data-access';
import { EffectivePermissions } from '../authorization/effective-permissions';
import type { PermissionSource } from '../authorization/authorizer';

/**
 * A permission source for specs: identities granted a set act with it; any other caller acts with its groups in the
 * store (once `fallBackToStore` is called), as in production.
 */
export function grantedPermissions() {
  const granted = new Map<string, PermissionSet>();
  let store: EffectivePermissions | undefined;
  const keyOf = (accountId: string, id: string) => `${accountId}\n${id}`;
  const helper = {
    grant(identity: Identity, permissions: PermissionSet) {
      granted.set(keyOf(identity.accountId, identity.principal.slice(identity.principal.indexOf(':') + 1)), permissions);
      return helper;
    },
    fallBackToStore(connection: Connection) {
      store = new EffectivePermissions(new UserGroupRepository(connection), new ApiKeyRepository(connection));
    },
    source: (async (actor) => {
      const permissions = granted.get(keyOf(actor.accountId, actor.id));
      if (permissions) return permissions;
      if (!store) throw new Error('no permissions granted to this identity in the spec');
      return store.of(actor);
    }) as PermissionSource,
  };
  return helper;
}

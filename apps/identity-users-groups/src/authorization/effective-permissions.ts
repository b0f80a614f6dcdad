import { mergePermissionSets, type PermissionSet } from '@fg/permissions';
import type { ApiKey, UserGroup, UserGroupRepository } from '@fg/identity-users-groups/data-access';

/** What a credential may do, and through which groups (approvals name groups, not permissions). */
export interface EffectiveAccess {
  permissions: PermissionSet;
  userGroupIds: string[];
}

/**
 * What a user or an API key may do: the union of its groups' permissions, read fresh from the store when the gateway
 * verifies a credential (it signs the answer into the principal and caches it for API_KEY_CACHE_SECONDS).
 */
export class EffectivePermissions {
  constructor(private readonly groups: UserGroupRepository) {}

  async ofUser(accountId: string, userId: string): Promise<EffectiveAccess> {
    return accessThrough(await this.groups.ofMembers(accountId, [userId]));
  }

  async ofApiKey(key: ApiKey): Promise<EffectiveAccess> {
    return accessThrough(await this.groups.byIds(key.accountId, key.userGroupIds));
  }
}

function accessThrough(groups: UserGroup[]): EffectiveAccess {
  return { permissions: mergePermissionSets(groups.map((group) => group.permissions)), userGroupIds: groups.map((group) => group.id).sort() };
}

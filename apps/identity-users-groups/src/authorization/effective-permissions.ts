import { mergePermissionSets, type PermissionSet } from '@fg/permissions';
import type { ApiKey, UserGroupRepository } from '@fg/identity-users-groups/data-access';

/**
 * What a user or an API key may do: the union of its groups' permissions, read fresh from the store when the gateway
 * verifies a credential (it signs the answer into the principal and caches it for API_KEY_CACHE_SECONDS).
 */
export class EffectivePermissions {
  constructor(private readonly groups: UserGroupRepository) {}

  async ofUser(accountId: string, userId: string): Promise<PermissionSet> {
    const groups = await this.groups.ofMembers(accountId, [userId]);
    return mergePermissionSets(groups.map((group) => group.permissions));
  }

  async ofApiKey(key: ApiKey): Promise<PermissionSet> {
    const groups = await this.groups.byIds(key.accountId, key.userGroupIds);
    return mergePermissionSets(groups.map((group) => group.permissions));
  }
}

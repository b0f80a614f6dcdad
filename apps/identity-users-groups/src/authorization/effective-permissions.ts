import { NO_PERMISSIONS, mergePermissionSets, type PermissionSet } from '@fg/permissions';
import type { ApiKey, ApiKeyRepository, UserGroupRepository } from '@fg/identity-users-groups/data-access';
import type { Actor } from './actor';

/** What a user or an API key may do: the union of its groups' permissions, read fresh from the store. */
export class EffectivePermissions {
  constructor(
    private readonly groups: UserGroupRepository,
    private readonly apiKeys: ApiKeyRepository,
  ) {}

  async ofUser(accountId: string, userId: string): Promise<PermissionSet> {
    const groups = await this.groups.ofMembers(accountId, [userId]);
    return mergePermissionSets(groups.map((group) => group.permissions));
  }

  async ofApiKey(key: ApiKey): Promise<PermissionSet> {
    const groups = await this.groups.byIds(key.accountId, key.userGroupIds);
    return mergePermissionSets(groups.map((group) => group.permissions));
  }

  /** Delegates and system parts act with no user-group permissions. */
  async of(actor: Actor): Promise<PermissionSet> {
    if (actor.kind === 'user') return this.ofUser(actor.accountId, actor.id);
    if (actor.kind === 'apiKey') {
      const key = await this.apiKeys.byId(actor.accountId, actor.id);
      return key ? this.ofApiKey(key) : NO_PERMISSIONS;
    }
    return NO_PERMISSIONS;
  }
}

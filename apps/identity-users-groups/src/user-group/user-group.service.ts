import type DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type Connection } from '@fg/graphql-kit';
import { isDuplicateKeyError } from '@fg/tenancy';
import { mergePermissionSets, normalizePermissionSet, type AccountPermissionType } from '@fg/permissions';
import type {
  AccountRepository,
  ApiKeyRepository,
  User,
  UserGroup,
  UserGroupFields,
  UserGroupRepository,
  UserRepository,
} from '@fg/identity-users-groups/data-access';
import { MANAGE_USERS_AND_GROUPS, READ_USERS_AND_GROUPS, type Authorizer } from '../authorization/authorizer';
import { arrayPage } from '../paging';
import type { ApplicationPermissionInput } from '../generated/resolvers-types';
import {
  applicationPermissionOf,
  notificationSettingsOf,
  permissionSetOf,
  ssoSettingOf,
  type NotificationSettingsInput,
  type PermissionsInput,
  type SsoSettingInput,
} from './user-group-input';

/** The reference's text, which the Go SDK turns into "not found". */
export const USER_GROUP_NOT_FOUND = 'No User Group exists';
export const BUILT_IN_GROUP_IS_FIXED = 'The built-in Account Administrator group always holds every permission and cannot be deleted';

export interface UserGroupInput {
  name?: string | null;
  description?: string | null;
  userIds?: (string | null)[] | null;
  ssoSetting?: SsoSettingInput | null;
  permissions?: PermissionsInput | null;
  notificationSettings?: NotificationSettingsInput | null;
}

export class UserGroupService {
  private readonly byId: DataLoader<string, UserGroup | null>;
  private readonly usersById: DataLoader<string, User | null>;

  constructor(
    private readonly groups: UserGroupRepository,
    private readonly users: UserRepository,
    private readonly accounts: AccountRepository,
    private readonly apiKeys: ApiKeyRepository,
    private readonly accountId: string,
    private readonly authorizer: Authorizer,
  ) {
    this.byId = byIdLoader((ids) => groups.byIds(accountId, ids));
    this.usersById = byIdLoader((ids) => users.byIds(accountId, ids));
  }

  find(id: string): Promise<UserGroup | null> {
    return this.byId.load(id);
  }

  async get(id: string): Promise<UserGroup> {
    this.authorizer.requireAccountPermission(READ_USERS_AND_GROUPS);
    return (await this.find(id)) ?? Promise.reject(notFound(USER_GROUP_NOT_FOUND));
  }

  async getByName(name: string): Promise<UserGroup> {
    this.authorizer.requireAccountPermission(READ_USERS_AND_GROUPS);
    return (await this.groups.byName(this.accountId, name)) ?? Promise.reject(notFound(USER_GROUP_NOT_FOUND));
  }

  async list(limit: number, offset: number | null | undefined): Promise<Connection<UserGroup>> {
    const page = pageRequest(limit, offset);
    this.authorizer.requireAccountPermission(READ_USERS_AND_GROUPS);
    return lazyConnection(page, {
      fetch: (from, count) => this.groups.list(this.accountId, from, count),
      count: () => this.groups.total(this.accountId),
    });
  }

  /** A page of the group's members, in the order they joined; users of every group on a page load in one read. */
  async members(group: UserGroup, limit: number, offset: number | null | undefined): Promise<Connection<User>> {
    const page = pageRequest(limit, offset);
    this.authorizer.requireAccountPermission(READ_USERS_AND_GROUPS);
    return arrayPage(page, async () => {
      const users = await this.usersById.loadMany(group.memberIds);
      return users.filter((user): user is User => user !== null && !(user instanceof Error));
    });
  }

  async create(input: UserGroupInput): Promise<UserGroup> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    const fields: UserGroupFields = {
      name: this.validName(input.name),
      description: input.description ?? null,
      ssoSetting: await this.ssoSetting(input.ssoSetting),
      notificationSettings: notificationSettingsOf(input.notificationSettings),
      permissions: permissionSetOf(input.permissions),
    };
    const memberIds = await this.existingUserIds(input.userIds);
    return this.groups.create(this.accountId, fields, memberIds).catch((error: unknown) => {
      throw isDuplicateKeyError(error) ? conflict(`A user group named "${fields.name}" already exists`) : error;
    });
  }

  /** Partial: a field left out is kept; an explicit null clears what may be cleared. */
  async update(id: string, input: UserGroupInput): Promise<UserGroup> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    const group = await this.existing(id);
    const changes: Partial<UserGroupFields> & { memberIds?: string[] } = {};
    if (input.name !== undefined) changes.name = this.validName(input.name);
    if (input.description !== undefined) changes.description = input.description;
    if (input.ssoSetting !== undefined) changes.ssoSetting = await this.ssoSetting(input.ssoSetting);
    if (input.notificationSettings !== undefined) changes.notificationSettings = notificationSettingsOf(input.notificationSettings);
    if (input.permissions !== undefined && input.permissions !== null) {
      if (group.builtIn) throw badInput(BUILT_IN_GROUP_IS_FIXED);
      changes.permissions = permissionSetOf(input.permissions);
    }
    if (input.userIds !== undefined && input.userIds !== null) changes.memberIds = await this.existingUserIds(input.userIds);
    if (Object.keys(changes).length === 0) return group;
    const updated = await this.groups.update(this.accountId, id, changes).catch((error: unknown) => {
      throw isDuplicateKeyError(error) ? conflict(`A user group named "${changes.name}" already exists`) : error;
    });
    return updated ?? Promise.reject(notFound(USER_GROUP_NOT_FOUND));
  }

  async setPermissions(id: string, permissions: PermissionsInput | null | undefined): Promise<UserGroup> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    if (!permissions) throw badInput('permissions are required');
    const group = await this.existing(id);
    if (group.builtIn) throw badInput(BUILT_IN_GROUP_IS_FIXED);
    return this.savePermissions(id, permissionSetOf(permissions));
  }

  async addAccountPermission(id: string, permission: AccountPermissionType | null | undefined): Promise<UserGroup> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    if (!permission) throw badInput('accountPermission is required');
    const group = await this.existing(id);
    return this.savePermissions(id, mergePermissionSets([group.permissions, { accountPermissions: [permission], appPermissions: [] }]));
  }

  async addAppPermission(id: string, permission: ApplicationPermissionInput | null | undefined): Promise<UserGroup> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    if (!permission) throw badInput('appPermission is required');
    const added = normalizePermissionSet({ appPermissions: [applicationPermissionOf(permission)] });
    const group = await this.existing(id);
    return this.savePermissions(id, mergePermissionSets([group.permissions, added]));
  }

  async remove(id: string): Promise<void> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    const group = await this.existing(id);
    if (group.builtIn) throw badInput(BUILT_IN_GROUP_IS_FIXED);
    // Keys first: a key never names a group that is gone, even if the delete stops halfway.
    await this.apiKeys.removeUserGroupEverywhere(this.accountId, id);
    await this.groups.remove(this.accountId, id);
  }

  /** Invited users who have not accepted yet may be added (the reference allowed only active users). */
  async addMember(id: string, userId: string): Promise<UserGroup> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    await this.existing(id);
    await this.existingUserIds([userId]);
    return (await this.groups.addMember(this.accountId, id, userId)) ?? Promise.reject(notFound(USER_GROUP_NOT_FOUND));
  }

  async removeMember(id: string, userId: string): Promise<UserGroup> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    await this.existing(id);
    await this.existingUserIds([userId]);
    return (await this.groups.removeMember(this.accountId, id, userId)) ?? Promise.reject(notFound(USER_GROUP_NOT_FOUND));
  }

  private async savePermissions(id: string, permissions: UserGroup['permissions']): Promise<UserGroup> {
    return (await this.groups.setPermissions(this.accountId, id, permissions)) ?? Promise.reject(notFound(USER_GROUP_NOT_FOUND));
  }

  private async existing(id: string): Promise<UserGroup> {
    return (await this.groups.byId(this.accountId, id)) ?? Promise.reject(notFound(USER_GROUP_NOT_FOUND));
  }

  private validName(name: string | null | undefined): string {
    const trimmed = name?.trim();
    if (!trimmed) throw badInput('User group name must not be empty');
    return trimmed;
  }

  private async ssoSetting(input: SsoSettingInput | null | undefined) {
    if (!input) return null;
    const account = await this.accounts.byId(this.accountId);
    return ssoSettingOf(input, account?.ssoProviders ?? []);
  }

  private async existingUserIds(ids: readonly (string | null)[] | null | undefined): Promise<string[]> {
    const wanted = [...new Set(ids ?? [])];
    if (wanted.some((id) => !id || !id.trim())) throw badInput('userIds must not contain empty ids');
    const found = new Set((await this.users.byIds(this.accountId, wanted as string[])).map((user) => user.id));
    const unknown = (wanted as string[]).filter((id) => !found.has(id));
    if (unknown.length > 0) throw badInput(`User does not exist: ${unknown.join(', ')}`);
    return wanted as string[];
  }
}

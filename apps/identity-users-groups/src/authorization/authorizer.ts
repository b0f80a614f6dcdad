import type { Principal } from '@fg/internal-auth';
import { requireAccountPermission, type AccountPermissionType } from '@fg/permissions';

// The reference's pairs: a manage permission also lets one read; the combined permission covers users, groups and keys.
export const READ_USERS_AND_GROUPS: AccountPermissionType[] = [
  'READ_USERS_AND_GROUPS',
  'MANAGE_USERS_AND_GROUPS',
  'VIEW_USER_AND_USER_GROUPS_AND_API_KEYS',
  'MANAGE_USER_AND_USER_GROUPS_AND_API_KEYS',
];
export const MANAGE_USERS_AND_GROUPS: AccountPermissionType[] = ['MANAGE_USERS_AND_GROUPS', 'MANAGE_USER_AND_USER_GROUPS_AND_API_KEYS'];
export const MANAGE_API_KEYS: AccountPermissionType[] = ['MANAGE_API_KEYS', 'MANAGE_USER_AND_USER_GROUPS_AND_API_KEYS'];
export const READ_SSO_PROVIDERS: AccountPermissionType[] = [...READ_USERS_AND_GROUPS, 'MANAGE_AUTHENTICATION_SETTINGS'];

/**
 * The one place identity-users-groups checks permissions: those the gateway signed with the principal (the union of
 * its groups when it authenticated). Services call it before any read or write, so a denied call changes nothing.
 */
export class Authorizer {
  constructor(private readonly principal: Principal) {}

  requireAccountPermission(anyOf: AccountPermissionType[]): void {
    requireAccountPermission(this.principal.permissions, ...anyOf);
  }
}

import { requireAccountPermission, type AccountPermissionType, type PermissionSet } from '@fg/permissions';
import type { Actor } from './actor';

/** Where an actor's permissions come from: today the store (EffectivePermissions); later the gateway's signed principal. */
export type PermissionSource = (actor: Actor) => Promise<PermissionSet>;

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
 * The one place identity-users-groups checks permissions. It loads the actor's permission set at most once per request
 * and checks it before any read or write, so a denied call changes nothing.
 */
export class Authorizer {
  private permissions?: Promise<PermissionSet>;

  constructor(
    readonly actor: Actor,
    private readonly source: PermissionSource,
  ) {}

  async requireAccountPermission(anyOf: AccountPermissionType[]): Promise<void> {
    requireAccountPermission(await (this.permissions ??= this.source(this.actor)), ...anyOf);
  }
}

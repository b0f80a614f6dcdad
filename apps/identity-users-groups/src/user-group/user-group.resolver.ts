import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { AccountPermissionType, ApplicationPermission } from '@fg/permissions';
import type { UserGroup } from '@fg/identity-users-groups/data-access';
import type { IdentityContext } from '../context';
import type { PermissionsInput } from './user-group-input';
import type { UserGroupInput } from './user-group.service';

type Mutation<T> = { input: T & { clientMutationId?: string | null } };
type Page = { limit: number; offset?: number | null };
type Membership = { userGroupId: string; userId: string };

const withGroup = async (clientMutationId: string | null | undefined, userGroup: Promise<UserGroup>) => ({
  clientMutationId,
  userGroup: await userGroup,
});

/** The UserGroupPermissions read model over the stored (canonical) permission set. */
const permissionsView = (permissions: UserGroup['permissions']) => ({
  accountPermissions: { accountPermissionTypes: permissions.accountPermissions },
  appPermissions: permissions.appPermissions,
});

export const userGroupResolvers: GraphQLResolverMap<IdentityContext> = {
  Query: {
    userGroup: (_: unknown, args: { userGroupId: string }, { userGroups }: IdentityContext) => userGroups.get(args.userGroupId),
    userGroupByName: (_: unknown, args: { name: string }, { userGroups }: IdentityContext) => userGroups.getByName(args.name),
    userGroups: (_: unknown, args: Page, { userGroups }: IdentityContext) => userGroups.list(args.limit, args.offset),
  },
  Mutation: {
    createUserGroup: (_: unknown, { input }: Mutation<UserGroupInput>, { userGroups }: IdentityContext) =>
      withGroup(input.clientMutationId, userGroups.create(input)),
    updateUserGroup: (_: unknown, { input }: Mutation<UserGroupInput & { userGroupId: string }>, { userGroups }: IdentityContext) =>
      withGroup(input.clientMutationId, userGroups.update(input.userGroupId, input)),
    updateUserGroupPermissions: async (
      _: unknown,
      { input }: { input?: { clientMutationId?: string | null; userGroupId: string; permissions: PermissionsInput } | null },
      { userGroups }: IdentityContext,
    ) => {
      const group = await userGroups.setPermissions(input?.userGroupId ?? '', input?.permissions);
      return { clientMutationId: input?.clientMutationId, permissions: permissionsView(group.permissions) };
    },
    deleteUserGroup: async (_: unknown, { input }: Mutation<{ userGroupId: string }>, { userGroups }: IdentityContext) => {
      await userGroups.remove(input.userGroupId);
      return { clientMutationId: input.clientMutationId };
    },
    addUserToUserGroup: (_: unknown, { input }: Mutation<Membership>, { userGroups }: IdentityContext) =>
      withGroup(input.clientMutationId, userGroups.addMember(input.userGroupId, input.userId)),
    removeUserFromUserGroup: (_: unknown, { input }: Mutation<Membership>, { userGroups }: IdentityContext) =>
      withGroup(input.clientMutationId, userGroups.removeMember(input.userGroupId, input.userId)),
    addAccountPermission: (_: unknown, { input }: Mutation<{ userGroupId: string; accountPermission?: AccountPermissionType | null }>, { userGroups }: IdentityContext) =>
      withGroup(input.clientMutationId, userGroups.addAccountPermission(input.userGroupId, input.accountPermission)),
    addAppPermission: (_: unknown, { input }: Mutation<{ userGroupId: string; appPermission?: ApplicationPermission | null }>, { userGroups }: IdentityContext) =>
      withGroup(input.clientMutationId, userGroups.addAppPermission(input.userGroupId, input.appPermission)),
  },
  UserGroup: {
    __resolveReference: (reference: { id: string }, { userGroups }: IdentityContext) => userGroups.find(reference.id),
    users: (group: UserGroup, args: Page, { userGroups }: IdentityContext) => userGroups.members(group, args.limit, args.offset),
    isSSOLinked: (group: UserGroup) => group.ssoSetting !== null,
    permissions: (group: UserGroup) => permissionsView(group.permissions),
  },
  LinkedSSOSetting: {
    __resolveType: (setting: { ssoType: 'LDAP' | 'SAML' }) => (setting.ssoType === 'LDAP' ? 'LDAPSettings' : 'SAMLSettings'),
  },
};

import type { UserGroup } from '@fg/identity-users-groups/data-access';
import type { Resolvers } from '../generated/resolvers-types';

const withGroup = async (clientMutationId: string | null | undefined, userGroup: Promise<UserGroup>) => ({
  clientMutationId,
  userGroup: await userGroup,
});

/** The UserGroupPermissions read model over the stored (canonical) permission set. */
const permissionsView = (permissions: UserGroup['permissions']) => ({
  accountPermissions: { accountPermissionTypes: permissions.accountPermissions },
  appPermissions: permissions.appPermissions,
});

export const userGroupResolvers: Resolvers = {
  Query: {
    userGroup: (_, args, { userGroups }) => userGroups.get(args.userGroupId),
    userGroupByName: (_, args, { userGroups }) => userGroups.getByName(args.name),
    userGroups: (_, args, { userGroups }) => userGroups.list(args.limit, args.offset),
  },
  Mutation: {
    createUserGroup: (_, { input }, { userGroups }) => withGroup(input.clientMutationId, userGroups.create(input)),
    updateUserGroup: (_, { input }, { userGroups }) => withGroup(input.clientMutationId, userGroups.update(input.userGroupId, input)),
    updateUserGroupPermissions: async (_, { input }, { userGroups }) => {
      const group = await userGroups.setPermissions(input?.userGroupId ?? '', input?.permissions);
      return { clientMutationId: input?.clientMutationId, permissions: permissionsView(group.permissions) };
    },
    deleteUserGroup: async (_, { input }, { userGroups }) => {
      await userGroups.remove(input.userGroupId);
      return { clientMutationId: input.clientMutationId };
    },
    addUserToUserGroup: (_, { input }, { userGroups }) => withGroup(input.clientMutationId, userGroups.addMember(input.userGroupId, input.userId)),
    removeUserFromUserGroup: (_, { input }, { userGroups }) =>
      withGroup(input.clientMutationId, userGroups.removeMember(input.userGroupId, input.userId)),
    addAccountPermission: (_, { input }, { userGroups }) =>
      withGroup(input.clientMutationId, userGroups.addAccountPermission(input.userGroupId, input.accountPermission)),
    addAppPermission: (_, { input }, { userGroups }) =>
      withGroup(input.clientMutationId, userGroups.addAppPermission(input.userGroupId, input.appPermission)),
  },
  UserGroup: {
    __resolveReference: (reference, { userGroups }) => (reference.id ? userGroups.find(reference.id) : null),
    users: (group, args, { userGroups }) => userGroups.members(group, args.limit, args.offset),
    isSSOLinked: (group) => group.ssoSetting !== null,
    permissions: (group) => permissionsView(group.permissions),
  },
  LinkedSSOSetting: {
    __resolveType: (setting) => (setting.ssoType === 'LDAP' ? 'LDAPSettings' : 'SAMLSettings'),
  },
};

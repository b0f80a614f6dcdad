import { AccountRepository, UserGroupRepository, UserRepository } from '@fg/identity-users-groups/data-access';
import { ACCOUNT_ADMINISTRATOR, NO_PERMISSIONS, type AccountPermissionType, type PermissionSet } from '@fg/permissions';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testPrincipal } from '@fg/testing';
import { identitySubgraph } from '../subgraph';

const only = (...accountPermissions: AccountPermissionType[]): PermissionSet => ({ accountPermissions, appPermissions: [] });

// Who acts, each with one permission set; the table below says what each may do.
const ROLES = {
  admin: ACCOUNT_ADMINISTRATOR,
  reader: only('READ_USERS_AND_GROUPS'),
  viewer: only('VIEW_USER_AND_USER_GROUPS_AND_API_KEYS'),
  userManager: only('MANAGE_USERS_AND_GROUPS'),
  keyManager: only('MANAGE_API_KEYS'),
  // Read-only on one application: nothing at the account level.
  appReader: { accountPermissions: [], appPermissions: [{ permissionType: 'ALL', applications: { filterType: 'SELECTED', appIds: ['app-1'] }, actions: ['READ'] }] },
  none: NO_PERMISSIONS,
} satisfies Record<string, PermissionSet>;
type Role = keyof typeof ROLES;

const READERS: Role[] = ['admin', 'reader', 'viewer', 'userManager'];
const USER_MANAGERS: Role[] = ['admin', 'userManager'];
const KEY_MANAGERS: Role[] = ['admin', 'keyManager'];

describe('account permissions on every identity operation (real store)', () => {
  let subgraph: TestSubgraph;
  let accountId: string;
  let userId: string;
  let groupId: string;
  let keyId: string;
  // Each role acts as a user signed with its permission set, as the gateway would sign it.
  const identity = (role: Role) => testPrincipal(accountId, { kind: 'user', id: role, permissions: ROLES[role] });

  beforeAll(async () => {
    subgraph = await startTestSubgraph(identitySubgraph(), { DEMO_API_KEY: 'matrix-spec-demo-key-0123456789' });
    const account = await new AccountRepository(subgraph.connection).create('Matrix', 'PAID', false, [{ name: 'LDAP', ssoType: 'LDAP' }]);
    accountId = account.id;
    userId = (await new UserRepository(subgraph.connection).create(accountId, { name: 'Target', email: 'target@matrix.test' })).id;
    groupId = (await new UserGroupRepository(subgraph.connection).create(accountId, { name: 'Target group', description: null, ssoSetting: null, notificationSettings: null, permissions: NO_PERMISSIONS }, [])).id;
    const key = await subgraph.query<{ createApiKey: { uuid: string } }>(identity('admin'), `mutation { createApiKey(input: { accountId: "${accountId}", name: "target" }) { uuid } }`);
    keyId = key.body.data!.createApiKey.uuid;
  });
  afterAll(() => subgraph.dispose());

  // Each operation is harmless to repeat, or undone by the next, so the table can run it for every role.
  const operations: [string, () => string, Role[]][] = [
    ['user', () => `{ user(id: "${userId}") { id } }`, READERS],
    ['userByName', () => `{ userByName(name: "Target") { id } }`, READERS],
    ['userByEmail', () => `{ userByEmail(email: "target@matrix.test") { id } }`, READERS],
    ['users', () => `{ users(limit: 1) { nodes { id } } }`, READERS],
    ['userGroup', () => `{ userGroup(userGroupId: "${groupId}") { id } }`, READERS],
    ['userGroupByName', () => `{ userGroupByName(name: "Target group") { id } }`, READERS],
    ['userGroups', () => `{ userGroups(limit: 1) { nodes { id } } }`, READERS],
    ['ssoProviders', () => `{ ssoProviders(limit: 1) { nodes { id } } }`, READERS],
    ['updateUser', () => `mutation { updateUser(input: { id: "${userId}", name: "Target" }) { user { id } } }`, USER_MANAGERS],
    ['createUserGroup', () => `mutation { createUserGroup(input: { name: "Made by ${Math.random()}" }) { userGroup { id } } }`, USER_MANAGERS],
    ['updateUserGroup', () => `mutation { updateUserGroup(input: { userGroupId: "${groupId}", description: "d" }) { userGroup { id } } }`, USER_MANAGERS],
    ['addUserToUserGroup', () => `mutation { addUserToUserGroup(input: { userGroupId: "${groupId}", userId: "${userId}" }) { userGroup { id } } }`, USER_MANAGERS],
    ['removeUserFromUserGroup', () => `mutation { removeUserFromUserGroup(input: { userGroupId: "${groupId}", userId: "${userId}" }) { userGroup { id } } }`, USER_MANAGERS],
    ['addAccountPermission', () => `mutation { addAccountPermission(input: { userGroupId: "${groupId}", accountPermission: VIEW_AUDITS }) { userGroup { id } } }`, USER_MANAGERS],
    ['addAppPermission', () => `mutation { addAppPermission(input: { userGroupId: "${groupId}", appPermission: { permissionType: ALL, applications: { filterType: ALL }, actions: [READ] } }) { userGroup { id } } }`, USER_MANAGERS],
    ['updateUserGroupPermissions', () => `mutation { updateUserGroupPermissions(input: { userGroupId: "${groupId}", permissions: {} }) { permissions { appPermissions { actions } } } }`, USER_MANAGERS],
    ['updateApiKey', () => `mutation { updateApiKey(input: { accountId: "${accountId}", uuid: "${keyId}", name: "target" }) { uuid } }`, KEY_MANAGERS],
    ['createApiKey', () => `mutation { createApiKey(input: { accountId: "${accountId}", name: "made" }) { uuid } }`, KEY_MANAGERS],
  ];

  for (const [name, operation, allowed] of operations) {
    for (const role of Object.keys(ROLES) as Role[]) {
      const allow = allowed.includes(role);
      it(`${allow ? 'lets' : 'refuses'} ${role}: ${name}`, async () => {
        const { body } = await subgraph.query<Record<string, unknown>>(identity(role), operation());
        const field = Object.keys(body.data ?? {})[0];
        if (allow) {
          expect(body.errors).toBeUndefined();
          expect(body.data?.[field]).not.toBeNull();
        } else {
          expect(body.data?.[field]).toBeNull();
          expect(body.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
        }
      });
    }
  }

  it('changes nothing on a denied write', async () => {
    const before = await subgraph.connection.db!.collection('user_groups').findOne({ _id: groupId as never });
    for (const role of ['reader', 'keyManager', 'none'] as Role[]) {
      await subgraph.query(identity(role), `mutation { updateUserGroup(input: { userGroupId: "${groupId}", name: "Renamed", userIds: [] }) { clientMutationId } }`);
      await subgraph.query(identity(role), `mutation { deleteUser(input: { id: "${userId}" }) { clientMutationId } }`);
      await subgraph.query(identity(role), `mutation { deleteUserGroup(input: { userGroupId: "${groupId}" }) { clientMutationId } }`);
      await subgraph.query(identity(role === 'keyManager' ? 'reader' : role), `mutation { deleteApiKey(input: { accountId: "${accountId}", uuid: "${keyId}" }) { clientMutationId } }`);
    }
    expect(await subgraph.connection.db!.collection('user_groups').findOne({ _id: groupId as never })).toEqual(before);
    expect(await subgraph.connection.db!.collection('users').countDocuments({ _id: userId as never })).toBe(1);
    expect(await subgraph.connection.db!.collection('api_keys').countDocuments({ _id: keyId as never })).toBe(1);
  });

  it('denies a read before saying whether the entity exists', async () => {
    const { body } = await subgraph.query(identity('none'), `{ user(id: "no-such-user") { id } }`);
    expect(body.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
  });

  it('lets a user manager create, invite and delete; and a key manager delete a key', async () => {
    const invited = await subgraph.query<{ createUser: { user: { id: string } } }>(identity('userManager'), `mutation { createUser(input: { name: "New", email: "new@matrix.test" }) { user { id } } }`);
    expect(invited.body.errors).toBeUndefined();
    const refused = await subgraph.query(identity('reader'), `mutation { deleteUser(input: { id: "${invited.body.data!.createUser.user.id}" }) { clientMutationId } }`);
    expect(refused.body.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const deleted = await subgraph.query(identity('userManager'), `mutation { deleteUser(input: { id: "${invited.body.data!.createUser.user.id}" }) { clientMutationId } }`);
    expect(deleted.body.errors).toBeUndefined();
    const key = await subgraph.query(identity('keyManager'), `mutation { deleteApiKey(input: { accountId: "${accountId}", uuid: "${keyId}" }) { clientMutationId } }`);
    expect(key.body.errors).toBeUndefined();
  });
});

import { AccountRepository } from '@fg/identity-users-groups/data-access';
import { SYSTEM_PRINCIPAL, type Principal } from '@fg/internal-auth';
import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { signedHeaders, testPrincipal } from '@fg/testing';
import { identitySubgraph } from '../subgraph';

const USER_FIELDS = 'id name email isEmailVerified externalUserId isDisabled';
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { clientMutationId inviteToken user { ${USER_FIELDS} userGroups(limit: 10) { nodes { name } } } } }`;
const CREATE_GROUP = `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { userGroup { id name } } }`;

describe('users: invites, updates, deletes and lists (real store)', () => {
  let subgraph: TestSubgraph;
  let admin: Principal;
  let other: Principal;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(identitySubgraph(), { DEMO_API_KEY: 'users-spec-demo-key-0123456789' });
    const accounts = new AccountRepository(subgraph.connection);
    admin = testPrincipal((await accounts.create('Acme', 'PAID')).id, { kind: 'user', id: 'acme-admin', permissions: ACCOUNT_ADMINISTRATOR });
    other = testPrincipal((await accounts.create('Other', 'PAID')).id, { kind: 'user', id: 'other-admin', permissions: ACCOUNT_ADMINISTRATOR });
  });
  afterAll(() => subgraph.dispose());

  const internal = (path: string, body: unknown) =>
    fetch(`${new URL(subgraph.url).origin}${path}`, {
      method: 'POST',
      headers: signedHeaders(SYSTEM_PRINCIPAL),
      body: JSON.stringify(body),
    });
  const createGroup = async (name: string) =>
    ((await subgraph.query<{ createUserGroup: { userGroup: { id: string } } }>(admin, CREATE_GROUP, { input: { name } })).body.data!).createUserGroup.userGroup.id;

  it('invites a pending user who sets a password once with the token and can then log in', async () => {
    const groupId = await createGroup('Invitees');
    const created = await subgraph.query<{ createUser: { inviteToken: string; user: { id: string } } }>(admin, CREATE_USER, {
      input: { clientMutationId: 'c1', name: ' Ada ', email: 'Ada@Acme.TEST', userGroupIds: [groupId], externalUserId: 'ext-1' },
    });
    expect(created.body.errors).toBeUndefined();
    const { inviteToken, user } = created.body.data!.createUser;
    expect(created.body.data).toEqual({
      createUser: {
        clientMutationId: 'c1',
        inviteToken: expect.stringMatching(/^[\w-]{43}$/),
        user: { id: user.id, name: 'Ada', email: 'ada@acme.test', isEmailVerified: false, externalUserId: 'ext-1', isDisabled: false, userGroups: { nodes: [{ name: 'Invitees' }] } },
      },
    });
    const stored = await subgraph.connection.db!.collection('users').findOne({ _id: user.id as never });
    expect(JSON.stringify(stored)).not.toContain(inviteToken);

    // Pending: found by email, but cannot log in yet.
    const pending = await subgraph.query(admin, `{ userByEmail(email: "ada@acme.test") { id } }`);
    expect(pending.body.data).toEqual({ userByEmail: { id: user.id } });
    expect((await internal('/internal/sessions/login', { email: 'ada@acme.test', password: 'ada-password-1' })).status).toBe(401);

    const tooShort = await subgraph.query(admin, `mutation { acceptUserInvite(input: { inviteToken: "${inviteToken}", password: "short" }) { user { id } } }`);
    expect(tooShort.body.errors?.[0]).toMatchObject({ message: 'The password must be at least 8 characters long', extensions: { code: 'BAD_USER_INPUT' } });

    const accepted = await internal('/internal/users/accept-invite', { inviteToken, password: 'ada-password-1' });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ accountId: admin.accountId, userId: user.id, email: 'ada@acme.test' });

    const login = await internal('/internal/sessions/login', { email: 'ada@acme.test', password: 'ada-password-1' });
    expect(login.status).toBe(200);
    const again = await subgraph.query(admin, `mutation { acceptUserInvite(input: { inviteToken: "${inviteToken}", password: "another-password" }) { user { id } } }`);
    expect(again.body.errors?.[0]).toMatchObject({ message: 'The invite token is unknown, used or expired', extensions: { code: 'BAD_USER_INPUT' } });
    const verified = await subgraph.query(admin, `{ userByEmail(email: "ada@acme.test") { isEmailVerified } }`);
    expect(verified.body.data).toEqual({ userByEmail: { isEmailVerified: true } });
  });

  it('refuses blank names and emails, empty or unknown group ids, and a taken email', async () => {
    await subgraph.query(admin, CREATE_USER, { input: { name: 'Taken', email: 'taken@acme.test' } });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '  ', email: 'x@acme.test' }, 'BAD_USER_INPUT', 'User name must not be empty'],
      [{ name: 'X', email: ' ' }, 'BAD_USER_INPUT', 'User email must not be empty'],
      [{ name: 'X', email: 'not-an-email' }, 'BAD_USER_INPUT', '"not-an-email" is not an email address'],
      [{ name: 'X', email: 'x@acme.test', userGroupIds: [''] }, 'BAD_USER_INPUT', 'userGroupIds must not contain empty ids'],
      [{ name: 'X', email: 'x@acme.test', userGroupIds: ['no-such-group'] }, 'BAD_USER_INPUT', 'No User Group exists with id no-such-group'],
      [{ name: 'Again', email: 'TAKEN@acme.test' }, 'CONFLICT', 'A user with email "taken@acme.test" already exists'],
    ];
    for (const [input, code, message] of cases) {
      const { body } = await subgraph.query(admin, CREATE_USER, { input });
      expect(body.errors?.[0]).toMatchObject({ message, extensions: { code } });
    }
    expect(await subgraph.connection.db!.collection('users').countDocuments({ email: 'x@acme.test' })).toBe(0);
  });

  it('updates a user partially and sets its groups exactly, then deletes it from every group', async () => {
    const [first, second] = [await createGroup('First'), await createGroup('Second')];
    const created = await subgraph.query<{ createUser: { user: { id: string } } }>(admin, CREATE_USER, {
      input: { name: 'Bo', email: 'bo@acme.test', userGroupIds: [first], externalUserId: 'bo-ext' },
    });
    const id = created.body.data!.createUser.user.id;
    const updated = await subgraph.query(
      admin,
      `mutation($input: UpdateUserInput!) { updateUser(input: $input) { clientMutationId user { name externalUserId userGroups(limit: 10) { nodes { name } pageInfo { total } } } } }`,
      { input: { clientMutationId: 'u1', id, name: 'Bo B', userGroupIds: [second] } },
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data).toEqual({
      updateUser: { clientMutationId: 'u1', user: { name: 'Bo B', externalUserId: 'bo-ext', userGroups: { nodes: [{ name: 'Second' }], pageInfo: { total: 1 } } } },
    });

    const deleted = await subgraph.query(admin, `mutation { deleteUser(input: { id: "${id}", clientMutationId: "d1" }) { clientMutationId } }`);
    expect(deleted.body.data).toEqual({ deleteUser: { clientMutationId: 'd1' } });
    expect(await subgraph.connection.db!.collection('user_groups').countDocuments({ memberIds: id })).toBe(0);
    const gone = await subgraph.query(admin, `mutation { deleteUser(input: { id: "${id}" }) { clientMutationId } }`);
    expect(gone.body.errors?.[0]).toMatchObject({ message: 'User does not exist', extensions: { code: 'NOT_FOUND' } });
  });

  it('lists users by name, leaving disabled users out unless asked, with the reference pagination', async () => {
    const list = await startTestSubgraph(identitySubgraph(), { DEMO_API_KEY: 'users-spec-demo-key-0123456789' });
    try {
      const account = (await new AccountRepository(list.connection).create('Lists', 'PAID')).id;
      const caller = testPrincipal(account, { kind: 'user', id: 'lister', permissions: ACCOUNT_ADMINISTRATOR });
      for (const name of ['Cy', 'Al', 'Bea']) await list.query(caller, CREATE_USER, { input: { name, email: `${name}@lists.test` } });
      await list.connection.db!.collection('users').updateOne({ name: 'Bea' }, { $set: { isDisabled: true } });

      const page = `query($filters: [UserFilter]) { users(limit: 2, offset: 0, filters: $filters) { pageInfo { total hasMore limit offset } nodes { name } } }`;
      const enabled = await list.query(caller, page, {});
      expect(enabled.body.data).toEqual({ users: { pageInfo: { total: 2, hasMore: false, limit: 2, offset: 0 }, nodes: [{ name: 'Al' }, { name: 'Cy' }] } });
      const all = await list.query(caller, page, { filters: [{ includeDisabled: true }] });
      expect(all.body.data).toEqual({ users: { pageInfo: { total: 3, hasMore: true, limit: 2, offset: 0 }, nodes: [{ name: 'Al' }, { name: 'Bea' }] } });
      const negative = await list.query(caller, `{ users(limit: -1) { nodes { name } } }`);
      expect(negative.body.errors?.[0]).toMatchObject({ message: 'limit must not be negative', extensions: { code: 'BAD_USER_INPUT' } });
    } finally {
      await list.dispose();
    }
  });

  it("never shows or changes another account's users", async () => {
    const created = await subgraph.query<{ createUser: { user: { id: string } } }>(admin, CREATE_USER, { input: { name: 'Private', email: 'private@acme.test' } });
    const id = created.body.data!.createUser.user.id;
    const read = await subgraph.query(other, `{ user(id: "${id}") { id } userByEmail(email: "private@acme.test") { id } }`);
    expect(read.body.data).toEqual({ user: null, userByEmail: null });
    const update = await subgraph.query(other, `mutation { updateUser(input: { id: "${id}", name: "Hijacked" }) { user { id } } }`);
    expect(update.body.errors?.[0]).toMatchObject({ message: 'User does not exist', extensions: { code: 'NOT_FOUND' } });
    const remove = await subgraph.query(other, `mutation { deleteUser(input: { id: "${id}" }) { clientMutationId } }`);
    expect(remove.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const list = await subgraph.query(other, `{ users(limit: 100) { nodes { id } } }`);
    expect(list.body.data).toEqual({ users: { nodes: [] } });
    expect(await subgraph.connection.db!.collection('users').findOne({ _id: id as never })).toMatchObject({ name: 'Private' });
  });
});

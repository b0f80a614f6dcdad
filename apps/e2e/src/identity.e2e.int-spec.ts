import type { Connection } from 'mongoose';
import { callGateway, startStack, type Stack } from './stack';

const FORBIDDEN = { message: 'User not authorized', extensions: { code: 'FORBIDDEN' } };
const INVALID_API_KEY = { errors: [{ message: 'Invalid Api Key' }] };

// The gateway trusts a verified credential (and the permissions it signed) for API_KEY_CACHE_SECONDS; a revocation
// shows once that bound has passed. A short bound keeps the spec quick; the default is 30 s.
const CACHE_SECONDS = 1;
const pastTheCacheBound = () => new Promise((resolve) => setTimeout(resolve, CACHE_SECONDS * 1000 + 200));

describe('users, groups and API keys end to end (separate processes, real store)', () => {
  let stack: Stack;
  let identityDb: Connection;
  let readersGroupId: string;

  const asAdmin = (query: string, variables?: Record<string, unknown>) => callGateway(stack, stack.demoApiKey, { query, variables });
  const data = <T>(answer: { body: { data?: Record<string, unknown> | null } }) => answer.body.data as T;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${stack.gatewayOrigin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  beforeAll(async () => {
    stack = await startStack({ API_KEY_CACHE_SECONDS: String(CACHE_SECONDS) });
    identityDb = await stack.database('identity-users-groups');
    const readers = await asAdmin(
      `mutation { createUserGroup(input: { name: "Readers", permissions: { accountPermissions: { accountPermissionTypes: [READ_USERS_AND_GROUPS] } } }) { userGroup { id } } }`,
    );
    expect(readers.body.errors).toBeUndefined();
    readersGroupId = data<{ createUserGroup: { userGroup: { id: string } } }>(readers).createUserGroup.userGroup.id;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const createKey = async (name: string, extra = '') => {
    const answer = await asAdmin(`mutation { createApiKey(input: { accountId: "demo-account", name: "${name}", userGroupIds: ["${readersGroupId}"] ${extra} }) { uuid apiKey } }`);
    expect(answer.body.errors).toBeUndefined();
    return data<{ createApiKey: { uuid: string; apiKey: string } }>(answer).createApiKey;
  };
  const read = (apiKey: string) => callGateway(stack, apiKey, { query: '{ userGroupByName(name: "Readers") { name } }' });
  const canRead = async (apiKey: string) => (await read(apiKey)).status === 200;

  it("shows a new key's value once; the key acts with its groups' permissions, and is refused once deleted", async () => {
    const { uuid, apiKey } = await createKey('ci');
    expect((await read(apiKey)).body).toEqual({ data: { userGroupByName: { name: 'Readers' } } });
    const write = await callGateway(stack, apiKey, { query: 'mutation { createUserGroup(input: { name: "Escalated" }) { userGroup { id } } }' });
    expect(write.body.errors?.[0]).toMatchObject(FORBIDDEN);
    expect(await identityDb.collection('user_groups').countDocuments({ name: 'Escalated' })).toBe(0);
    // Only the hash is kept: the value cannot be read back from the store.
    const stored = await identityDb.collection('api_keys').findOne({ _id: uuid as never });
    expect(JSON.stringify(stored)).not.toContain(apiKey);

    await asAdmin(`mutation { deleteApiKey(input: { accountId: "demo-account", uuid: "${uuid}" }) { clientMutationId } }`);
    await pastTheCacheBound();
    const refused = await read(apiKey);
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual(INVALID_API_KEY);
  });

  it('refuses an expired key', async () => {
    const { uuid, apiKey } = await createKey('expiring', `, expiresAt: ${Date.now() + 3_600_000}`);
    expect(await canRead(apiKey)).toBe(true);
    // The expiry is a stored timestamp checked on each verification: move it into the past.
    await identityDb.collection('api_keys').updateOne({ _id: uuid as never }, { $set: { expiresAt: new Date(Date.now() - 1) } });
    await pastTheCacheBound();
    const refused = await read(apiKey);
    expect([refused.status, refused.body]).toEqual([401, INVALID_API_KEY]);
  });

  it('rotates a key: both values work during the overlap, then only the new one', async () => {
    const { uuid, apiKey: oldKey } = await createKey('rotating');
    const rotated = await asAdmin(`mutation { rotateApiKey(input: { accountId: "demo-account", uuid: "${uuid}" }) { uuid name apiKey } }`);
    const next = data<{ rotateApiKey: { uuid: string; name: string; apiKey: string } }>(rotated).rotateApiKey;
    expect(next.name).toBe('rotating');
    expect(next.apiKey).not.toBe(oldKey);
    expect([await canRead(oldKey), await canRead(next.apiKey)]).toEqual([true, true]);
    await asAdmin(`mutation { deleteApiKey(input: { accountId: "demo-account", uuid: "${uuid}" }) { clientMutationId } }`);
    await pastTheCacheBound();
    expect([await canRead(oldKey), await canRead(next.apiKey)]).toEqual([false, true]);
  });

  it("invites a user who sets a password at the public route, logs in, acts with its groups' rights, and loses them with the group", async () => {
    const invited = await asAdmin(
      `mutation { createUser(input: { name: "Grace", email: "grace@demo.local", userGroupIds: ["${readersGroupId}"] }) { user { id } inviteToken } }`,
    );
    expect(invited.body.errors).toBeUndefined();
    const { user, inviteToken } = data<{ createUser: { user: { id: string }; inviteToken: string } }>(invited).createUser;

    const login = (password: string) => post('/api/users/login', { email: 'grace@demo.local', password });
    // Pending: no password yet, so no login.
    expect((await login('grace-password-1')).status).toBe(401);

    // The invitee has no key: the accept-invite route needs none.
    const accepted = await post('/api/users/accept-invite', { inviteToken, password: 'grace-password-1' });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ resource: { accountId: 'demo-account', uuid: user.id, email: 'grace@demo.local' } });
    const again = await post('/api/users/accept-invite', { inviteToken, password: 'another-password' });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ resource: null, responseMessages: [{ code: 'INVALID_INVITE', message: 'The invite token is unknown, used or expired' }] });

    const session = await login('grace-password-1');
    expect(session.status).toBe(200);
    const { resource } = (await session.json()) as { resource: { token: string } };
    const asGrace = async (query: string) =>
      (await (await post('/api/graphql', { query }, { authorization: `Bearer ${resource.token}` })).json()) as { data?: Record<string, unknown>; errors?: unknown[] };

    expect(await asGrace('{ userByEmail(email: "grace@demo.local") { name } }')).toEqual({ data: { userByEmail: { name: 'Grace' } } });
    expect((await asGrace(`mutation { deleteUser(input: { id: "${user.id}" }) { clientMutationId } }`)).errors?.[0]).toMatchObject(FORBIDDEN);
    expect(await identityDb.collection('users').countDocuments({ _id: user.id as never })).toBe(1);

    const removed = await asAdmin(`mutation { removeUserFromUserGroup(input: { userGroupId: "${readersGroupId}", userId: "${user.id}" }) { clientMutationId } }`);
    expect(removed.body.errors).toBeUndefined();
    await pastTheCacheBound();
    expect((await asGrace('{ userByEmail(email: "grace@demo.local") { name } }')).errors?.[0]).toMatchObject(FORBIDDEN);
  });
});

import mongoose from 'mongoose';
import { callGateway, startStack, type Stack } from './stack';

const FORBIDDEN = { message: 'User not authorized', extensions: { code: 'FORBIDDEN' } };
const INVALID_API_KEY = { errors: [{ message: 'Invalid Api Key' }] };

describe('users, groups and API keys end to end (separate processes, real store)', () => {
  let stack: Stack;
  let identityDb: mongoose.Connection;
  let readersGroupId: string;

  const asAdmin = (query: string, variables?: Record<string, unknown>) => callGateway(stack, stack.demoApiKey, { query, variables });
  const data = <T>(answer: { body: { data?: Record<string, unknown> | null } }) => answer.body.data as T;

  beforeAll(async () => {
    // No cache at the gateway: every request verifies its credential, so revocations show at once.
    stack = await startStack({ API_KEY_CACHE_SECONDS: '0' });
    identityDb = await mongoose.createConnection(stack.mongoUrl, { dbName: `${stack.mongoDbPrefix}_identity_users_groups` }).asPromise();
    const readers = await asAdmin(`mutation { createUserGroup(input: { name: "Readers", permissions: { accountPermissions: { accountPermissionTypes: [READ_USERS_AND_GROUPS] } } }) { userGroup { id } } }`);
    expect(readers.body.errors).toBeUndefined();
    readersGroupId = data<{ createUserGroup: { userGroup: { id: string } } }>(readers).createUserGroup.userGroup.id;
  });

  afterAll(async () => {
    await identityDb?.dropDatabase();
    await identityDb?.close();
    await stack?.stop();
  });

  const createKey = async (name: string, extra = '') => {
    const answer = await asAdmin(`mutation { createApiKey(input: { accountId: "demo-account", name: "${name}", userGroupIds: ["${readersGroupId}"] ${extra} }) { uuid apiKey } }`);
    expect(answer.body.errors).toBeUndefined();
    return data<{ createApiKey: { uuid: string; apiKey: string } }>(answer).createApiKey;
  };
  const canRead = async (apiKey: string) => (await callGateway(stack, apiKey, { query: '{ userGroups(limit: 1) { nodes { name } } }' })).status === 200;

  it("acts with its groups' permissions through the gateway, and is refused once deleted", async () => {
    const { uuid, apiKey } = await createKey('ci');
    const read = await callGateway(stack, apiKey, { query: '{ userGroupByName(name: "Readers") { name } }' });
    expect(read.body).toEqual({ data: { userGroupByName: { name: 'Readers' } } });
    const write = await callGateway(stack, apiKey, { query: 'mutation { createUserGroup(input: { name: "Escalated" }) { userGroup { id } } }' });
    expect(write.body.errors?.[0]).toMatchObject(FORBIDDEN);
    expect(await identityDb.collection('user_groups').countDocuments({ name: 'Escalated' })).toBe(0);

    await asAdmin(`mutation { deleteApiKey(input: { accountId: "demo-account", uuid: "${uuid}" }) { clientMutationId } }`);
    const refused = await callGateway(stack, apiKey, { query: '{ userGroups(limit: 1) { nodes { name } } }' });
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual(INVALID_API_KEY);
  });

  it('refuses an expired key', async () => {
    const { uuid, apiKey } = await createKey('expiring', `, expiresAt: ${Date.now() + 3_600_000}`);
    expect(await canRead(apiKey)).toBe(true);
    // The expiry is a stored timestamp checked on each verification: move it into the past.
    await identityDb.collection('api_keys').updateOne({ _id: uuid as never }, { $set: { expiresAt: new Date(Date.now() - 1) } });
    expect(await canRead(apiKey)).toBe(false);
  });

  it('rotates a key: both values work during the overlap, then only the new one', async () => {
    const { uuid, apiKey: oldKey } = await createKey('rotating');
    const rotated = await asAdmin(`mutation { rotateApiKey(input: { accountId: "demo-account", uuid: "${uuid}" }) { uuid apiKey } }`);
    const next = data<{ rotateApiKey: { uuid: string; apiKey: string } }>(rotated).rotateApiKey;
    expect([await canRead(oldKey), await canRead(next.apiKey)]).toEqual([true, true]);
    await asAdmin(`mutation { deleteApiKey(input: { accountId: "demo-account", uuid: "${uuid}" }) { clientMutationId } }`);
    expect([await canRead(oldKey), await canRead(next.apiKey)]).toEqual([false, true]);
  });

  it("invites a user who sets a password, logs in, acts with its groups' rights, and loses them with the group", async () => {
    const invited = await asAdmin(`mutation { createUser(input: { name: "Grace", email: "grace@demo.local", userGroupIds: ["${readersGroupId}"] }) { user { id } inviteToken } }`);
    const { user, inviteToken } = data<{ createUser: { user: { id: string }; inviteToken: string } }>(invited).createUser;

    const login = (password: string) =>
      fetch(`${stack.gatewayOrigin}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'grace@demo.local', password }),
      });
    expect((await login('grace-password-1')).status).toBe(401);

    const accepted = await asAdmin(`mutation { acceptUserInvite(input: { inviteToken: "${inviteToken}", password: "grace-password-1" }) { user { email } } }`);
    expect(accepted.body).toEqual({ data: { acceptUserInvite: { user: { email: 'grace@demo.local' } } } });
    const session = await login('grace-password-1');
    expect(session.status).toBe(200);
    const { resource } = (await session.json()) as { resource: { token: string } };

    const asGrace = async (query: string) => {
      const response = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${resource.token}` },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    };
    expect(await asGrace('{ userByEmail(email: "grace@demo.local") { name } }')).toEqual({ data: { userByEmail: { name: 'Grace' } } });
    expect((await asGrace('mutation { deleteUser(input: { id: "x" }) { clientMutationId } }')).errors?.[0]).toMatchObject(FORBIDDEN);

    await asAdmin(`mutation { removeUserFromUserGroup(input: { userGroupId: "${readersGroupId}", userId: "${user.id}" }) { clientMutationId } }`);
    expect((await asGrace('{ userByEmail(email: "grace@demo.local") { name } }')).errors?.[0]).toMatchObject(FORBIDDEN);
  });
});

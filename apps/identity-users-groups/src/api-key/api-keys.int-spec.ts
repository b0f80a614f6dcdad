import { hashSecret } from '@fg/hashed-secrets';
import { AccountRepository } from '@fg/identity-users-groups/data-access';
import { SYSTEM_PRINCIPAL, type Principal } from '@fg/internal-auth';
import { ACCOUNT_ADMINISTRATOR, NO_PERMISSIONS, type PermissionSet } from '@fg/permissions';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { signedHeaders, testPrincipal } from '@fg/testing';
import { identitySubgraph } from '../subgraph';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { clientMutationId name uuid apiKey } }`;
const CREATE_GROUP = `mutation($input: CreateUserGroupInput!) { createUserGroup(input: $input) { userGroup { id } } }`;

interface CreatedKey {
  createApiKey: { clientMutationId: string | null; name: string; uuid: string; apiKey: string };
}

describe('API keys (real store)', () => {
  let subgraph: TestSubgraph;
  let admin: Principal;
  let other: Principal;
  let readersGroupId: string;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(identitySubgraph(), { DEMO_API_KEY: 'keys-spec-demo-key-0123456789' });
    const accounts = new AccountRepository(subgraph.connection);
    admin = testPrincipal((await accounts.create('Acme', 'PAID')).id, { kind: 'user', id: 'acme-admin', permissions: ACCOUNT_ADMINISTRATOR });
    other = testPrincipal((await accounts.create('Other', 'PAID')).id, { kind: 'user', id: 'other-admin', permissions: ACCOUNT_ADMINISTRATOR });
    const readers = await subgraph.query<{ createUserGroup: { userGroup: { id: string } } }>(admin, CREATE_GROUP, {
      input: { name: 'Readers', permissions: { accountPermissions: { accountPermissionTypes: ['READ_USERS_AND_GROUPS'] } } },
    });
    readersGroupId = readers.body.data!.createUserGroup.userGroup.id;
  });
  afterAll(() => subgraph.dispose());

  const verify = async (apiKey: string) => {
    const response = await fetch(`${new URL(subgraph.url).origin}/internal/api-keys/verify`, {
      method: 'POST',
      headers: signedHeaders(SYSTEM_PRINCIPAL),
      body: JSON.stringify({ apiKey }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const createKey = async (input: Record<string, unknown>) => (await subgraph.query<CreatedKey>(admin, CREATE_KEY, { input: { accountId: admin.accountId, ...input } })).body;

  it("shows a new key's value once, stores only its hash, and the key acts with its groups' permissions", async () => {
    const body = await createKey({ name: ' ci ', userGroupIds: [readersGroupId], clientMutationId: 'k1' });
    expect(body.errors).toBeUndefined();
    const created = body.data!.createApiKey;
    expect(created).toEqual({ clientMutationId: 'k1', name: 'ci', uuid: expect.any(String), apiKey: expect.stringMatching(/^[\w-]{43}$/) });

    const stored = await subgraph.connection.db!.collection('api_keys').findOne({ _id: created.uuid as never });
    expect(stored).toMatchObject({ keyHash: hashSecret(created.apiKey), userGroupIds: [readersGroupId] });
    expect(JSON.stringify(stored)).not.toContain(created.apiKey);

    expect(await verify(created.apiKey)).toEqual({
      status: 200,
      body: {
        accountId: admin.accountId,
        apiKeyId: created.uuid,
        edition: 'PAID',
        permissions: { accountPermissions: ['READ_USERS_AND_GROUPS'], appPermissions: [] },
        userGroupIds: [readersGroupId],
        expiresAt: null,
      },
    });

    // Signed with exactly the permissions the verify route answered (as the gateway does), the key can read but not manage.
    const permissions = (await verify(created.apiKey)).body.permissions as PermissionSet;
    const asKey = testPrincipal(admin.accountId, { kind: 'apiKey', id: created.uuid, permissions });
    expect((await subgraph.query(asKey, `{ userGroups(limit: 1) { nodes { name } } }`)).body.errors).toBeUndefined();
    const denied = await subgraph.query(asKey, `mutation { createUserGroup(input: { name: "Escalate" }) { userGroup { id } } }`);
    expect(denied.body).toEqual({
      data: { createUserGroup: null },
      errors: [expect.objectContaining({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } })],
    });
  });

  it('resolves APIKey entities (id and name, never the value) through _entities in one read, scoped to the caller', async () => {
    const created = (await createKey({ name: 'deployer' })).data!.createApiKey;
    const entities = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on APIKey { id name } } }`;
    const reps = [{ __typename: 'APIKey', id: created.uuid }, { __typename: 'APIKey', id: 'missing' }, { __typename: 'APIKey', id: created.uuid }];
    const mine = await subgraph.query(admin, entities, { reps });
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data).toEqual({ _entities: [{ id: created.uuid, name: 'deployer' }, null, { id: created.uuid, name: 'deployer' }] });
    expect((await subgraph.query(other, entities, { reps })).body.data).toEqual({ _entities: [null, null, null] });
  });

  it('changes what a key may do when its groups change, and refuses it once deleted', async () => {
    const { uuid, apiKey } = (await createKey({ name: 'deploy' })).data!.createApiKey;
    expect((await verify(apiKey)).body.permissions).toEqual(NO_PERMISSIONS);

    const updated = await subgraph.query(admin, `mutation($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { clientMutationId name uuid } }`, {
      input: { accountId: admin.accountId, uuid, name: 'deploy-2', userGroupIds: [readersGroupId], clientMutationId: 'u' },
    });
    expect(updated.body.data).toEqual({ updateApiKey: { clientMutationId: 'u', name: 'deploy-2', uuid } });
    expect((await verify(apiKey)).body.permissions).toEqual({ accountPermissions: ['READ_USERS_AND_GROUPS'], appPermissions: [] });

    // Deleting the group takes it out of the key.
    const group = await subgraph.query<{ createUserGroup: { userGroup: { id: string } } }>(admin, CREATE_GROUP, {
      input: { name: 'Short-lived', permissions: { accountPermissions: { accountPermissionTypes: ['MANAGE_SECRETS'] } } },
    });
    const groupId = group.body.data!.createUserGroup.userGroup.id;
    await subgraph.query(admin, `mutation { updateApiKey(input: { accountId: "${admin.accountId}", uuid: "${uuid}", name: "deploy-2", userGroupIds: ["${groupId}"] }) { uuid } }`);
    expect((await verify(apiKey)).body.permissions).toEqual({ accountPermissions: ['MANAGE_SECRETS'], appPermissions: [] });
    await subgraph.query(admin, `mutation { deleteUserGroup(input: { userGroupId: "${groupId}" }) { clientMutationId } }`);
    expect((await verify(apiKey)).body.permissions).toEqual(NO_PERMISSIONS);
    expect(await subgraph.connection.db!.collection('api_keys').findOne({ _id: uuid as never })).toMatchObject({ userGroupIds: [] });

    const deleted = await subgraph.query(admin, `mutation { deleteApiKey(input: { accountId: "${admin.accountId}", uuid: "${uuid}", clientMutationId: "d" }) { clientMutationId } }`);
    expect(deleted.body.data).toEqual({ deleteApiKey: { clientMutationId: 'd' } });
    expect(await verify(apiKey)).toEqual({ status: 404, body: { error: 'Invalid Api Key' } });
  });

  it('refuses a key after its expiry, and an expiry in the past', async () => {
    const past = await createKey({ name: 'old', expiresAt: Date.now() - 1_000 });
    expect(past.errors?.[0]).toMatchObject({ message: 'expiresAt must be in the future', extensions: { code: 'BAD_USER_INPUT' } });

    const { uuid, apiKey } = (await createKey({ name: 'temporary', expiresAt: Date.now() + 60_000 })).data!.createApiKey;
    expect((await verify(apiKey)).status).toBe(200);
    // Expiry is a stored timestamp checked on every verification: move it into the past.
    await subgraph.connection.db!.collection('api_keys').updateOne({ _id: uuid as never }, { $set: { expiresAt: new Date(Date.now() - 1) } });
    expect(await verify(apiKey)).toEqual({ status: 404, body: { error: 'Invalid Api Key' } });
  });

  it('rotates a key: both values work during the overlap, the old one is refused after it', async () => {
    const { uuid, apiKey: oldValue } = (await createKey({ name: 'rotating', userGroupIds: [readersGroupId] })).data!.createApiKey;
    const overlapEnds = Date.now() + 60_000;
    const rotated = await subgraph.query<{ rotateApiKey: { clientMutationId: string; uuid: string; name: string; apiKey: string } }>(
      admin,
      `mutation($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { clientMutationId uuid name apiKey } }`,
      { input: { accountId: admin.accountId, uuid, oldKeyExpiresAt: overlapEnds, clientMutationId: 'r' } },
    );
    expect(rotated.body.errors).toBeUndefined();
    const next = rotated.body.data!.rotateApiKey;
    expect(next).toMatchObject({ clientMutationId: 'r', name: 'rotating', uuid: expect.any(String) });
    expect(next.uuid).not.toBe(uuid);

    const [oldAnswer, newAnswer] = [await verify(oldValue), await verify(next.apiKey)];
    expect(oldAnswer).toMatchObject({ status: 200, body: { apiKeyId: uuid, expiresAt: overlapEnds } });
    expect(newAnswer).toMatchObject({ status: 200, body: { apiKeyId: next.uuid, expiresAt: null, permissions: oldAnswer.body.permissions } });

    await subgraph.connection.db!.collection('api_keys').updateOne({ _id: uuid as never }, { $set: { expiresAt: new Date(Date.now() - 1) } });
    expect((await verify(oldValue)).status).toBe(404);
    expect((await verify(next.apiKey)).status).toBe(200);
  });

  it('refuses blank names, unknown groups, and keys for or of another account', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: ' ' }, 'BAD_USER_INPUT', 'API key name must not be empty'],
      [{ name: 'x', userGroupIds: ['nope'] }, 'BAD_USER_INPUT', 'No User Group exists with id nope'],
      [{ name: 'x', accountId: other.accountId }, 'FORBIDDEN', 'User not authorized'],
    ];
    for (const [input, code, message] of cases) {
      const body = await createKey(input);
      expect(body.errors?.[0]).toMatchObject({ message, extensions: { code } });
    }
    const { uuid, apiKey } = (await createKey({ name: 'mine' })).data!.createApiKey;
    const theirs = await subgraph.query(other, `mutation { deleteApiKey(input: { accountId: "${other.accountId}", uuid: "${uuid}" }) { clientMutationId } }`);
    expect(theirs.body.errors?.[0]).toMatchObject({ message: 'Api Key does not exist', extensions: { code: 'NOT_FOUND' } });
    expect((await verify(apiKey)).status).toBe(200);
  });
});

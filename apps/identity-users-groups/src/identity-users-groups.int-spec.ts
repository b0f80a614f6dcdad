import { SYSTEM_PRINCIPAL } from '@fg/internal-auth';
import { hashSecret } from '@fg/hashed-secrets';
import {
  AccountRepository,
  ApiKeyRepository,
  DEMO_ACCOUNT_ID,
  UserGroupRepository,
  UserRepository,
} from '@fg/identity-users-groups/data-access';
import { createLogger } from '@fg/logger';
import { ACCOUNT_ADMINISTRATOR, NO_PERMISSIONS, type PermissionSet } from '@fg/permissions';
import { ensureDemoAccount } from './api-key/demo-account';
import { signedHeaders, testPrincipal } from '@fg/testing';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { identitySubgraph } from './subgraph';

const alice = testPrincipal('acc-alice', { kind: 'user', id: 'u-alice', permissions: ACCOUNT_ADMINISTRATOR });
const bob = testPrincipal('acc-bob', { kind: 'apiKey', id: 'k-bob', permissions: ACCOUNT_ADMINISTRATOR });
const gateway = { ...SYSTEM_PRINCIPAL, accountId: 'acc-gateway' };

// 40 characters, like a key an operator would put in DEMO_API_KEY.
const DEMO_API_KEY = 'demo-key-0123456789-abcdefghijklmnopqrst';

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id name email } } }`;

describe('identity-users-groups subgraph (real store)', () => {
  let subgraph: TestSubgraph;
  let users: UserRepository;
  let apiKeys: ApiKeyRepository;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(identitySubgraph(), { DEMO_API_KEY });
    users = new UserRepository(subgraph.connection);
    apiKeys = new ApiKeyRepository(subgraph.connection);
  });
  afterAll(() => subgraph.dispose());

  function verify(body: unknown, headers: Record<string, string> = signedHeaders(gateway)) {
    return fetch(`${new URL(subgraph.url).origin}/internal/api-keys/verify`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
  }

  it('resolves User entities through _entities, scoped to the caller', async () => {
    const user = await users.create(alice.accountId, { name: 'Entity User', email: 'entity@alice.test' });
    const reps = [{ __typename: 'User', id: user.id }, { __typename: 'User', id: 'missing' }];

    const mine = await subgraph.query(alice, ENTITIES, { reps });
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data).toEqual({ _entities: [{ id: user.id, name: 'Entity User', email: 'entity@alice.test' }, null] });

    const theirs = await subgraph.query(bob, ENTITIES, { reps });
    expect(theirs.body.data).toEqual({ _entities: [null, null] });
  });

  it('answers user by id, by name and by email (case-insensitively), with every flag defaulted', async () => {
    const user = await users.create(alice.accountId, { name: 'Alice Lookup', email: '  Alice.Lookup@Example.COM ' });
    const fields = `id name email isEmailVerified isTwoFactorAuthenticationEnabled isUserLocked isPasswordExpired
      isImportedFromIdentityProvider externalUserId isDisabled`;
    const expected = {
      id: user.id,
      name: 'Alice Lookup',
      email: 'alice.lookup@example.com',
      isEmailVerified: false,
      isTwoFactorAuthenticationEnabled: false,
      isUserLocked: false,
      isPasswordExpired: false,
      isImportedFromIdentityProvider: false,
      externalUserId: null,
      isDisabled: false,
    };

    const byId = await subgraph.query(alice, `query($id: String!) { user(id: $id) { ${fields} } }`, { id: user.id });
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data).toEqual({ user: expected });

    const byName = await subgraph.query(alice, `{ userByName(name: "Alice Lookup") { ${fields} } }`);
    expect(byName.body.data).toEqual({ userByName: expected });

    const byEmail = await subgraph.query(alice, `{ userByEmail(email: " ALICE.lookup@example.com") { id email } }`);
    expect(byEmail.body.data).toEqual({ userByEmail: { id: user.id, email: 'alice.lookup@example.com' } });
  });

  it('reports a missing user as NOT_FOUND "User does not exist", including another account\'s user', async () => {
    const user = await users.create(alice.accountId, { name: 'Alice Private', email: 'private@alice.test' });
    const cases: [typeof alice, string, Record<string, unknown>][] = [
      [alice, `query($id: String!) { user(id: $id) { id } }`, { id: 'no-such-user' }],
      [alice, `{ userByName(name: "Nobody") { id } }`, {}],
      [alice, `{ userByEmail(email: "nobody@alice.test") { id } }`, {}],
      [bob, `query($id: String!) { user(id: $id) { id } }`, { id: user.id }],
      [bob, `{ userByName(name: "Alice Private") { id } }`, {}],
      [bob, `{ userByEmail(email: "private@alice.test") { id } }`, {}],
    ];
    for (const [identity, query, variables] of cases) {
      const { body } = await subgraph.query(identity, query, variables);
      const field = Object.keys(body.data ?? {})[0];
      expect(body.data).toEqual({ [field]: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]).toMatchObject({ message: 'User does not exist', extensions: { code: 'NOT_FOUND' } });
    }
  });

  it('verifies a registered API key for the gateway, answering its account, key id and edition', async () => {
    const plaintext = 'alice-key-that-is-long-enough-0123456789';
    const account = await new AccountRepository(subgraph.connection).create('Alice Inc', 'COMMUNITY');
    const key = await apiKeys.register(account.id, 'ci', plaintext);
    const orphan = 'orphan-key-of-no-account-0123456789abc';
    await apiKeys.register('no-such-account', 'ci', orphan);
    expect((await verify({ apiKey: orphan })).status).toBe(404);

    const found = await verify({ apiKey: plaintext });
    expect(found.status).toBe(200);
    const answer = { accountId: account.id, apiKeyId: key.id, edition: 'COMMUNITY', permissions: NO_PERMISSIONS, userGroupIds: [], expiresAt: null };
    expect(await found.json()).toEqual(answer);

    // The identity the gateway signs with does not decide the account: the key does.
    const signedAsBob = await verify({ apiKey: plaintext }, signedHeaders(bob));
    expect(await signedAsBob.json()).toEqual(answer);
  });

  it('answers 404 to an unknown API key and 400 to a missing or malformed one', async () => {
    const unknown = await verify({ apiKey: 'not-a-registered-key-0123456789' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'Invalid Api Key' });

    for (const body of [{}, { apiKey: '' }, { apiKey: 42 }, null, { apiKey: 'x'.repeat(513) }]) {
      const response = await verify(body);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'apiKey must be a string of 1 to 512 characters' });
    }
  });

  it('answers 401 on the verify route without a valid gateway signature', async () => {
    const response = await verify({ apiKey: DEMO_API_KEY }, { 'content-type': 'application/json' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Missing or invalid gateway signature', extensions: { code: 'UNAUTHENTICATED' } }],
    });

    const forged = await verify({ apiKey: DEMO_API_KEY }, signedHeaders(gateway, 'some-other-secret-that-is-long-enough-0123456789'));
    expect(forged.status).toBe(401);
  });

  it('registers the configured demo key at start-up for a demo account with a "Demo Admin" user, both account administrators', async () => {
    const response = await verify({ apiKey: DEMO_API_KEY });
    expect(response.status).toBe(200);
    const { accountId, apiKeyId, permissions } = (await response.json()) as { accountId: string; apiKeyId: string; permissions: PermissionSet };
    expect(accountId).toBe(DEMO_ACCOUNT_ID);
    expect(permissions).toEqual(ACCOUNT_ADMINISTRATOR);
    expect(apiKeyId).toEqual(expect.stringMatching(/^[\w-]{22}$/));

    // Acting with the permissions the verify route answered, as the gateway signs them.
    const demo = testPrincipal(accountId, { kind: 'apiKey', id: apiKeyId, permissions });
    const { body } = await subgraph.query(demo, `{ userByName(name: "Demo Admin") { name email isEmailVerified } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ userByName: { name: 'Demo Admin', email: 'admin@demo.local', isEmailVerified: true } });

    const groups = await subgraph.query(demo, `{ userByName(name: "Demo Admin") { userGroups(limit: 10) { nodes { name permissions { accountPermissions { accountPermissionTypes } } } } } }`);
    expect(groups.body.errors).toBeUndefined();
    expect(groups.body.data).toEqual({
      userByName: { userGroups: { nodes: [{ name: 'Account Administrator', permissions: { accountPermissions: { accountPermissionTypes: ACCOUNT_ADMINISTRATOR.accountPermissions } } }] } },
    });
  });

  it('stores only the hash of the demo key, never the key itself', async () => {
    const documents = await subgraph.connection.db!.collection('api_keys').find({}).toArray();
    const demoKeys = documents.filter((document) => document.name === 'demo');
    expect(demoKeys).toHaveLength(1);
    expect(demoKeys[0].keyHash).toBe(hashSecret(DEMO_API_KEY));
    expect(demoKeys[0].keyHash).not.toBe(DEMO_API_KEY);
    for (const document of documents) {
      expect(JSON.stringify(document)).not.toContain(DEMO_API_KEY);
      expect(Object.values(document)).not.toContain(DEMO_API_KEY);
    }
  });

  it('replaces the demo key when DEMO_API_KEY changes, and repeats safely', async () => {
    const repositories = {
      accounts: new AccountRepository(subgraph.connection),
      apiKeys: new ApiKeyRepository(subgraph.connection),
      users: new UserRepository(subgraph.connection),
      groups: new UserGroupRepository(subgraph.connection),
    };
    const replacement = 'replacement-demo-key-0123456789-abcdefgh';
    await ensureDemoAccount(repositories, { apiKey: replacement }, createLogger('test', 'silent'));
    await ensureDemoAccount(repositories, { apiKey: replacement }, createLogger('test', 'silent'));

    expect((await verify({ apiKey: DEMO_API_KEY })).status).toBe(404);
    expect(await (await verify({ apiKey: replacement })).json()).toMatchObject({ accountId: DEMO_ACCOUNT_ID, apiKeyId: expect.any(String), edition: 'PAID' });
    expect(await subgraph.connection.db!.collection('accounts').countDocuments({ isDemo: true })).toBe(1);
    expect(await subgraph.connection.db!.collection('users').countDocuments({ email: 'admin@demo.local' })).toBe(1);
    expect(await subgraph.connection.db!.collection('user_groups').countDocuments({ builtIn: 'ACCOUNT_ADMINISTRATOR' })).toBe(1);
    // Put the original back for the tests that follow.
    await ensureDemoAccount(repositories, { apiKey: DEMO_API_KEY }, createLogger('test', 'silent'));
  });

  it('answers 401 to a GraphQL call without the gateway signature', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fg-principal': 'forged', 'x-fg-timestamp': String(Date.now()) },
      body: JSON.stringify({ query: '{ userByName(name: "Alice Lookup") { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Missing or invalid gateway signature', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});

describe('identity-users-groups subgraph without a configured demo key (real store)', () => {
  it('generates a demo key on first start, prints it once, and that key verifies', async () => {
    const printed: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    let subgraph: TestSubgraph | undefined;
    try {
      subgraph = await startTestSubgraph(identitySubgraph());
    } finally {
      write.mockRestore();
    }
    try {
      const line = printed.find((text) => text.includes('Its API key (shown once)'));
      const match = line?.match(/^Demo account ([\w-]+) created\. Its API key \(shown once\): ([\w-]{43})\n$/);
      expect(match).toBeTruthy();
      const [, accountId, apiKey] = match!;

      const response = await fetch(`${new URL(subgraph.url).origin}/internal/api-keys/verify`, {
        method: 'POST',
        headers: signedHeaders(gateway),
        body: JSON.stringify({ apiKey }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ accountId, apiKeyId: expect.any(String), edition: 'PAID', permissions: ACCOUNT_ADMINISTRATOR });

      const stored = await subgraph.connection.db!.collection('api_keys').find({}).toArray();
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(apiKey);
    } finally {
      await subgraph.dispose();
    }
  });
});

describe('identity-users-groups login (real store)', () => {
  const password = 'correct horse battery staple';
  let gateOpen = true;
  let subgraph: TestSubgraph;
  const gateway = SYSTEM_PRINCIPAL;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(
      identitySubgraph({ loginGate: async () => ({ allowed: gateOpen, retryAfterMs: gateOpen ? 0 : 1_500 }) }),
      { DEMO_API_KEY: 'login-suite-demo-key-0123456789-abcdef', DEMO_ADMIN_PASSWORD: password },
    );
  });
  afterAll(() => subgraph.dispose());

  const call = (path: string, body: unknown) =>
    fetch(`${new URL(subgraph.url).origin}${path}`, { method: 'POST', headers: signedHeaders(gateway), body: JSON.stringify(body) });

  it('opens a session for the right password and resolves its token, stored only as a hash', async () => {
    const response = await call('/internal/sessions/login', { email: 'Admin@Demo.local', password });
    expect(response.status).toBe(200);
    const session = (await response.json()) as { token: string; accountId: string; userId: string };
    expect(session.accountId).toBe(DEMO_ACCOUNT_ID);

    const verified = await call('/internal/sessions/verify', { token: session.token });
    expect(await verified.json()).toEqual({
      accountId: DEMO_ACCOUNT_ID,
      userId: session.userId,
      expiresAt: expect.any(Number),
      edition: 'PAID',
      permissions: ACCOUNT_ADMINISTRATOR,
      // The administrator's groups, which approvals check membership against.
      userGroupIds: [`${DEMO_ACCOUNT_ID}:account-administrator`],
    });
    const stored = await subgraph.connection.db!.collection('sessions').find({}).toArray();
    expect(JSON.stringify(stored)).not.toContain(session.token);
    const users = await subgraph.connection.db!.collection('users').find({}).toArray();
    expect(JSON.stringify(users)).not.toContain(password);
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    for (const body of [{ email: 'admin@demo.local', password: 'nope' }, { email: 'nobody@demo.local', password }]) {
      const response = await call('/internal/sessions/login', body);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'INVALID_CREDENTIAL' });
    }
    expect((await call('/internal/sessions/verify', { token: 'made-up' })).status).toBe(404);
  });

  it('answers 429 with the wait when the per-pod login limit says no', async () => {
    gateOpen = false;
    try {
      const response = await call('/internal/sessions/login', { email: 'admin@demo.local', password });
      expect(response.status).toBe(429);
      expect(await response.json()).toEqual({ error: 'TOO_MANY_REQUESTS', retryAfterMs: 1_500 });
    } finally {
      gateOpen = true;
    }
  });
});

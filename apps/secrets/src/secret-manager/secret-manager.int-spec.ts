import { SecretManagerRepository } from '@fg/secrets/data-access';
import type { TestSubgraph } from '@fg/subgraph-server/testing';
import {
  CREATE_MANAGER,
  DELETE_MANAGER,
  MANAGERS,
  UPDATE_MANAGER,
  alice,
  bob,
  createText,
  fails,
  ok,
  principal,
  startSecretsSubgraph,
} from '../testing/secrets.fixtures';

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SecretManager { id name } } }`;
const BY_ID = `query($id: String!) { secretManager(secretManagerId: $id) { id name } }`;
const BY_NAME = `query($name: String!) { secretManagerByName(name: $name) { id name } }`;

const vaultInput = (name: string, extra: Record<string, unknown> = {}) => ({
  secretManagerType: 'HASHICORP_VAULT',
  hashicorpVaultConfigInput: {
    name,
    vaultUrl: 'https://vault.example.com:8200',
    basePath: '/harness',
    authDetails: { authToken: 'vault-token-value-7731' },
    secretEngineName: 'secret',
    secretEngineVersion: 2,
    secretEngineRenewalInterval: '60',
    ...extra,
  },
});

const customInput = (name: string, extra: Record<string, unknown> = {}) => ({
  secretManagerType: 'CUSTOM',
  customSecretManagerInput: {
    name,
    templateId: 'tmpl-1',
    delegateSelectors: ['linux'],
    testVariables: [{ name: 'path', value: '/kv/app' }],
    executeOnDelegate: true,
    ...extra,
  },
});

type Manager = { id: string; name: string; config: Record<string, unknown> | null; usageScope: unknown };

describe('secret managers (real store)', () => {
  let subgraph: TestSubgraph;
  let repository: SecretManagerRepository;

  beforeAll(async () => {
    subgraph = await startSecretsSubgraph();
    repository = new SecretManagerRepository(subgraph.connection);
  });
  afterAll(() => subgraph.dispose());

  it('resolves SecretManager entities through _entities, scoped to the caller', async () => {
    const vault = await repository.create(alice.accountId, { name: 'Entity Vault', type: 'HASHICORP_VAULT', isDefault: false });
    const kms = await repository.create(alice.accountId, { name: 'Entity KMS', type: 'AWS_KMS', isDefault: false });
    const reps = [
      { __typename: 'SecretManager', id: kms.id },
      { __typename: 'SecretManager', id: 'missing' },
      { __typename: 'SecretManager', id: vault.id },
    ];

    const mine = await subgraph.query(alice, ENTITIES, { reps });
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data).toEqual({ _entities: [{ id: kms.id, name: 'Entity KMS' }, null, { id: vault.id, name: 'Entity Vault' }] });

    const theirs = await subgraph.query(bob, ENTITIES, { reps });
    expect(theirs.body.data).toEqual({ _entities: [null, null, null] });
  });

  it('gives every account its own default "Harness Secrets Manager" on demand', async () => {
    const mine = await ok<{ id: string; name: string }>(subgraph, alice, BY_NAME, { name: 'Harness Secrets Manager' });
    const again = await ok<{ id: string }>(subgraph, alice, BY_NAME, { name: 'Harness Secrets Manager' });
    const theirs = await ok<{ id: string }>(subgraph, bob, BY_NAME, { name: 'Harness Secrets Manager' });
    expect(mine.name).toBe('Harness Secrets Manager');
    expect(again.id).toBe(mine.id);
    expect(theirs.id).not.toBe(mine.id);
    expect(await ok(subgraph, alice, BY_ID, { id: mine.id })).toEqual({ id: mine.id, name: 'Harness Secrets Manager' });
    expect((await repository.byIds(alice.accountId, [mine.id]))[0]).toMatchObject({ isDefault: true });

    // A secret without secretManagerId lands in it.
    const { body } = await subgraph.query<{ secret: { secretManagerId: string } }>(
      alice,
      `query($id: String!) { secret(secretId: $id, secretType: ENCRYPTED_TEXT) { ... on EncryptedText { secretManagerId } } }`,
      { id: await createText(subgraph, alice, 'in-default-manager', 'v') },
    );
    expect(body.data?.secret.secretManagerId).toBe(mine.id);
  });

  it('reports a missing secret manager as NOT_FOUND "Secret Manager does not exist"', async () => {
    for (const [query, variables] of [
      [BY_ID, { id: 'no-such-manager' }],
      [BY_NAME, { name: 'No Such Manager' }],
    ] as const) {
      expect(await fails(subgraph, alice, query, variables)).toEqual({ message: 'Secret Manager does not exist', code: 'NOT_FOUND' });
    }
  });

  it('keeps another account\'s secret manager invisible, by id and by name', async () => {
    const manager = await repository.create(alice.accountId, { name: 'Alice Only', type: 'AZURE_KEY_VAULT', isDefault: false });
    expect(await fails(subgraph, bob, BY_ID, { id: manager.id })).toEqual({ message: 'Secret Manager does not exist', code: 'NOT_FOUND' });
    expect(await fails(subgraph, bob, BY_NAME, { name: 'Alice Only' })).toEqual({ message: 'Secret Manager does not exist', code: 'NOT_FOUND' });
    expect(await fails(subgraph, bob, UPDATE_MANAGER, { input: { secretManagerId: manager.id, ...customInput('x') } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await fails(subgraph, bob, DELETE_MANAGER, { input: { secretManagerId: manager.id } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await ok(subgraph, alice, BY_ID, { id: manager.id })).toEqual({ id: manager.id, name: 'Alice Only' });
  });

  it('creates, updates and deletes a HashiCorp Vault manager, keeping its token encrypted', async () => {
    const created = await ok<{ clientMutationId: string; secretManager: Manager }>(subgraph, alice, CREATE_MANAGER, {
      input: { clientMutationId: 'cm-1', ...vaultInput('Vault A', { usageScope: { appEnvScopes: [{ application: { filterType: 'ALL' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS' } }] } }) },
    });
    expect(created).toEqual({
      clientMutationId: 'cm-1',
      secretManager: {
        id: expect.any(String),
        name: 'Vault A',
        config: null,
        usageScope: { appEnvScopes: [{ application: { filterType: 'ALL', appId: null }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS', envId: null } }] },
      },
    });
    const id = created.secretManager.id;
    const stored = await subgraph.connection.db!.collection('secret_managers').findOne({ _id: id as never });
    expect(JSON.stringify(stored)).not.toContain('vault-token-value-7731');
    expect(stored?.vault).toMatchObject({ vaultUrl: 'https://vault.example.com:8200', secretEngineVersion: 2, secretEngineRenewalInterval: '60' });

    const updated = await ok<{ secretManager: Manager }>(subgraph, alice, UPDATE_MANAGER, {
      input: {
        secretManagerId: id,
        secretManagerType: 'HASHICORP_VAULT',
        hashicorpVaultConfigInput: { name: 'Vault B', authDetails: { appRoleId: 'role-1', secretId: 'approle-secret-9001' }, usageScope: null },
      },
    });
    expect(updated.secretManager).toMatchObject({ id, name: 'Vault B', usageScope: null });
    const rewritten = await subgraph.connection.db!.collection('secret_managers').findOne({ _id: id as never });
    expect(JSON.stringify(rewritten)).not.toContain('approle-secret-9001');
    expect(rewritten?.vault).toMatchObject({ appRoleId: 'role-1', vaultUrl: 'https://vault.example.com:8200' });

    expect(await ok(subgraph, alice, DELETE_MANAGER, { input: { clientMutationId: 'cm-2', secretManagerId: id } })).toEqual({ clientMutationId: 'cm-2' });
    expect(await fails(subgraph, alice, BY_ID, { id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('creates and updates a custom manager and shows its configuration', async () => {
    const created = await ok<{ secretManager: Manager }>(subgraph, alice, CREATE_MANAGER, { input: customInput('Custom A') });
    expect(created.secretManager.config).toEqual({
      templateId: 'tmpl-1',
      delegateSelectors: ['linux'],
      testVariables: [{ name: 'path', value: '/kv/app' }],
      executeOnDelegate: true,
      isConnectorTemplatized: false,
      host: null,
      commandPath: null,
      connectorId: null,
      isDefault: false,
    });
    const updated = await ok<{ secretManager: Manager }>(subgraph, alice, UPDATE_MANAGER, {
      input: {
        secretManagerId: created.secretManager.id,
        secretManagerType: 'CUSTOM',
        customSecretManagerInput: { executeOnDelegate: false, host: 'vault-host', connectorId: 'conn-ssh', commandPath: '/opt/get.sh' },
      },
    });
    expect(updated.secretManager.config).toMatchObject({ templateId: 'tmpl-1', executeOnDelegate: false, host: 'vault-host', connectorId: 'conn-ssh', commandPath: '/opt/get.sh' });
    expect(updated.secretManager.name).toBe('Custom A');
  });

  it('makes a manager created with isDefault the account default, and the built-in one again when it is deleted', async () => {
    const account = principal('acc-default-switch', 'user', 'u');
    const builtIn = await ok<{ id: string }>(subgraph, account, BY_NAME, { name: 'Harness Secrets Manager' });
    const created = await ok<{ secretManager: Manager }>(subgraph, account, CREATE_MANAGER, { input: customInput('Custom Default', { isDefault: true }) });
    expect(created.secretManager.config).toMatchObject({ isDefault: true });
    expect((await repository.byIds(account.accountId, [builtIn.id]))[0].isDefault).toBe(false);

    await ok(subgraph, account, DELETE_MANAGER, { input: { secretManagerId: created.secretManager.id } });
    expect((await repository.byIds(account.accountId, [builtIn.id]))[0].isDefault).toBe(true);
  });

  it('lists managers with type and id filters and paging', async () => {
    const account = principal('acc-list', 'user', 'u');
    const vault = await ok<{ secretManager: Manager }>(subgraph, account, CREATE_MANAGER, { input: vaultInput('L Vault') });
    await ok(subgraph, account, CREATE_MANAGER, { input: customInput('L Custom') });

    const all = await ok<{ pageInfo: Record<string, unknown>; nodes: Manager[] }>(subgraph, account, MANAGERS, { limit: 10 });
    expect(all.nodes.map((m) => m.name)).toEqual(['Harness Secrets Manager', 'L Custom', 'L Vault']);
    expect(all.pageInfo).toEqual({ total: 3, hasMore: false, limit: 10, offset: 0 });

    const vaults = await ok<{ nodes: Manager[] }>(subgraph, account, MANAGERS, { limit: 10, filters: [{ type: { operator: 'EQUALS', values: ['HASHICORP_VAULT'] } }] });
    expect(vaults.nodes.map((m) => m.id)).toEqual([vault.secretManager.id]);

    const notVault = await ok<{ nodes: Manager[] }>(subgraph, account, MANAGERS, {
      limit: 1,
      offset: 1,
      filters: [{ secretManager: { operator: 'NOT_IN', values: [vault.secretManager.id] } }],
    });
    expect(notVault.nodes.map((m) => m.name)).toEqual(['L Custom']);

    expect(await fails(subgraph, account, MANAGERS, { limit: 10, filters: [{ type: { operator: 'IN', values: [] } }] })).toEqual({
      message: 'Values cannot be empty',
      code: 'BAD_USER_INPUT',
    });
  });

  it('refuses bad manager input with clear messages', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ secretManagerType: 'AWS_KMS' }, /AWS_KMS cannot be created/],
      [{ secretManagerType: 'CUSTOM', hashicorpVaultConfigInput: vaultInput('x').hashicorpVaultConfigInput, customSecretManagerInput: customInput('x').customSecretManagerInput }, /only one of/],
      [{ secretManagerType: 'CUSTOM' }, /needs customSecretManagerInput/],
      [vaultInput(' '), /name must not be empty/],
      [vaultInput('v1', { vaultUrl: 'ftp://vault' }), /http:\/\/ or https:\/\//],
      [vaultInput('v2', { authDetails: { authToken: 't', appRoleId: 'r', secretId: 's' } }), /not both/],
      [vaultInput('v3', { authDetails: { appRoleId: 'r' } }), /needs an authToken/],
      [vaultInput('v4', { secretEngineVersion: 3 }), /1 or 2/],
      [vaultInput('v5', { secretEngineRenewalInterval: '-1' }), /whole number/],
      [customInput('c1', { templateId: null }), /templateId must not be empty/],
      [customInput('c2', { executeOnDelegate: false }), /host and a connectorId/],
      [customInput('Harness Secrets Manager'), /already exists/],
    ];
    for (const [input, message] of cases) {
      const error = await fails(subgraph, alice, CREATE_MANAGER, { input });
      expect(error.message).toMatch(message);
      expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(error.code);
    }
  });

  it('refuses a duplicate name with CONFLICT, the built-in manager\'s changes, and deleting a manager that holds secrets', async () => {
    const account = principal('acc-refusals', 'user', 'u');
    const vault = await ok<{ secretManager: Manager }>(subgraph, account, CREATE_MANAGER, { input: vaultInput('Dup') });
    expect(await fails(subgraph, account, CREATE_MANAGER, { input: customInput('Dup') })).toEqual({
      message: 'A secret manager named "Dup" already exists',
      code: 'CONFLICT',
    });
    const builtIn = await ok<{ id: string }>(subgraph, account, BY_NAME, { name: 'Harness Secrets Manager' });
    expect((await fails(subgraph, account, DELETE_MANAGER, { input: { secretManagerId: builtIn.id } })).message).toMatch(/cannot be deleted/);

    await createText(subgraph, account, 'held-by-vault', null, { secretReference: 'kv/app#pwd', secretManagerId: vault.secretManager.id });
    expect(await fails(subgraph, account, DELETE_MANAGER, { input: { secretManagerId: vault.secretManager.id } })).toEqual({
      message: 'Secret manager "Dup" still holds 1 secret(s); delete or move them first',
      code: 'CONFLICT',
    });
    expect((await fails(subgraph, account, UPDATE_MANAGER, { input: { secretManagerId: vault.secretManager.id, ...customInput('y') } })).message).toMatch(
      /is HASHICORP_VAULT; secretManagerType must match/,
    );
  });

  it('answers 401 to a call without the gateway signature', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fg-account-id': 'acc-alice', 'x-fg-principal': 'user:x' },
      body: JSON.stringify({ query: '{ secretManagerByName(name: "Alice Only") { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Missing or invalid gateway signature', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});

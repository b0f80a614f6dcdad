import { testPrincipal } from '@fg/testing';
import { SecretManagerRepository } from '@fg/secrets/data-access';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { secretsSubgraph } from './subgraph';

const alice = testPrincipal('acc-alice', { kind: 'user', id: 'u-alice' });
const bob = testPrincipal('acc-bob', { kind: 'apiKey', id: 'k-bob' });

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on SecretManager { id name } } }`;
const BY_ID = `query($id: String!) { secretManager(secretManagerId: $id) { id name } }`;
const BY_NAME = `query($name: String!) { secretManagerByName(name: $name) { id name } }`;

describe('secrets subgraph (real store)', () => {
  let subgraph: TestSubgraph;
  let repository: SecretManagerRepository;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(secretsSubgraph);
    repository = new SecretManagerRepository(subgraph.connection);
  });
  afterAll(() => subgraph.dispose());

  it('resolves SecretManager entities through _entities, scoped to the caller', async () => {
    const vault = await repository.create(alice.accountId, { name: 'Entity Vault', type: 'HASHICORP_VAULT', isDefault: false });
    const kms = await repository.create(alice.accountId, { name: 'Entity KMS', type: 'AWS_KMS', isDefault: true });
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

  it('answers secretManager by id and secretManagerByName', async () => {
    const manager = await repository.create(alice.accountId, { name: 'Harness Secrets Manager', type: 'GOOGLE_KMS', isDefault: true });
    // The same name in another account is a different manager.
    const bobs = await repository.create(bob.accountId, { name: 'Harness Secrets Manager', type: 'CUSTOM', isDefault: false });
    expect(bobs.id).not.toBe(manager.id);

    const byId = await subgraph.query(alice, BY_ID, { id: manager.id });
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data).toEqual({ secretManager: { id: manager.id, name: 'Harness Secrets Manager' } });

    const byName = await subgraph.query(alice, BY_NAME, { name: 'Harness Secrets Manager' });
    expect(byName.body.errors).toBeUndefined();
    expect(byName.body.data).toEqual({ secretManagerByName: { id: manager.id, name: 'Harness Secrets Manager' } });

    const bobsByName = await subgraph.query(bob, BY_NAME, { name: 'Harness Secrets Manager' });
    expect(bobsByName.body.data).toEqual({ secretManagerByName: { id: bobs.id, name: 'Harness Secrets Manager' } });
  });

  it('reports a missing secret manager as NOT_FOUND "Secret Manager does not exist"', async () => {
    for (const [query, variables] of [
      [BY_ID, { id: 'no-such-manager' }],
      [BY_NAME, { name: 'No Such Manager' }],
    ] as const) {
      const { body } = await subgraph.query(alice, query, variables);
      const field = Object.keys(body.data ?? {})[0];
      expect(body.data).toEqual({ [field]: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]).toMatchObject({ message: 'Secret Manager does not exist', extensions: { code: 'NOT_FOUND' } });
    }
  });

  it('keeps another account\'s secret manager invisible, by id and by name', async () => {
    const manager = await repository.create(alice.accountId, { name: 'Alice Only', type: 'AZURE_KEY_VAULT', isDefault: false });

    const byId = await subgraph.query(bob, BY_ID, { id: manager.id });
    expect(byId.body.data).toEqual({ secretManager: null });
    expect(byId.body.errors?.[0]).toMatchObject({ message: 'Secret Manager does not exist', extensions: { code: 'NOT_FOUND' } });

    const byName = await subgraph.query(bob, BY_NAME, { name: 'Alice Only' });
    expect(byName.body.data).toEqual({ secretManagerByName: null });
    expect(byName.body.errors?.[0]).toMatchObject({ message: 'Secret Manager does not exist', extensions: { code: 'NOT_FOUND' } });

    // Still there for its owner.
    const mine = await subgraph.query(alice, BY_ID, { id: manager.id });
    expect(mine.body.data).toEqual({ secretManager: { id: manager.id, name: 'Alice Only' } });
  });

  it('answers 401 to a call without the gateway signature', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fg-principal': 'forged', 'x-fg-timestamp': String(Date.now()) },
      body: JSON.stringify({ query: '{ secretManagerByName(name: "Alice Only") { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Missing or invalid gateway signature', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});

import { testPrincipal } from '@fg/testing';
import { ConnectorRepository, type NewConnector } from '@fg/connectors-cloudproviders-artifacts/data-access';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { connectorsSubgraph } from './subgraph';

const alice = testPrincipal('acc-alice', { kind: 'user', id: 'u-alice' });
const bob = testPrincipal('acc-bob', { kind: 'apiKey', id: 'k-bob' });

const ENTITIES = `query($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on GitConnector { id name description URL branch createdAt createdBy { id } } }
}`;
const CONNECTOR = `query($id: String!) { connector(connectorId: $id) { __typename id ... on GitConnector { URL branch name } } }`;

const git = (name: string, overrides: Partial<NewConnector> = {}): NewConnector => ({
  type: 'GIT',
  name,
  description: null,
  url: `https://git.example.com/${name}.git`,
  branch: 'main',
  createdById: null,
  ...overrides,
});

describe('connectors-cloudproviders-artifacts subgraph (real store)', () => {
  let subgraph: TestSubgraph;
  let repository: ConnectorRepository;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(connectorsSubgraph);
    repository = new ConnectorRepository(subgraph.connection);
  });
  afterAll(() => subgraph.dispose());

  it('resolves GitConnector entities through _entities, scoped to the caller', async () => {
    const connector = await repository.create(
      alice.accountId,
      git('entity-repo', { description: 'the entity repo', branch: 'develop', createdById: 'u-alice' }),
    );
    const bare = await repository.create(alice.accountId, git('bare-repo', { url: null, branch: null }));
    const reps = [
      { __typename: 'GitConnector', id: connector.id },
      { __typename: 'GitConnector', id: 'missing' },
      { __typename: 'GitConnector', id: bare.id },
    ];

    const mine = await subgraph.query(alice, ENTITIES, { reps });
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data).toEqual({
      _entities: [
        {
          id: connector.id,
          name: 'entity-repo',
          description: 'the entity repo',
          URL: 'https://git.example.com/entity-repo.git',
          branch: 'develop',
          createdAt: connector.createdAt,
          createdBy: { id: 'u-alice' },
        },
        null,
        { id: bare.id, name: 'bare-repo', description: null, URL: null, branch: null, createdAt: bare.createdAt, createdBy: null },
      ],
    });
    expect(connector.createdAt).toBeGreaterThan(Date.now() - 60_000);

    const theirs = await subgraph.query(bob, ENTITIES, { reps });
    expect(theirs.body.data).toEqual({ _entities: [null, null, null] });
  });

  it('answers connector(connectorId) as a GitConnector with its URL, branch and name', async () => {
    const connector = await repository.create(alice.accountId, git('harness-core', { branch: 'release/1.0' }));

    const { body } = await subgraph.query(alice, CONNECTOR, { id: connector.id });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      connector: {
        __typename: 'GitConnector',
        id: connector.id,
        URL: 'https://git.example.com/harness-core.git',
        branch: 'release/1.0',
        name: 'harness-core',
      },
    });
  });

  it('reports a missing connector as NOT_FOUND "Connector does not exist"', async () => {
    const { body } = await subgraph.query(alice, CONNECTOR, { id: 'no-such-connector' });
    expect(body.data).toEqual({ connector: null });
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]).toMatchObject({ message: 'Connector does not exist', extensions: { code: 'NOT_FOUND' } });
  });

  it('scopes connectors per account: another account\'s connector does not exist, even under the same name', async () => {
    const mine = await repository.create(alice.accountId, git('shared-name'));
    const theirs = await repository.create(bob.accountId, git('shared-name', { url: 'https://git.example.com/bob.git' }));

    const bobAsksForAlices = await subgraph.query(bob, CONNECTOR, { id: mine.id });
    expect(bobAsksForAlices.body.data).toEqual({ connector: null });
    expect(bobAsksForAlices.body.errors?.[0]).toMatchObject({ message: 'Connector does not exist', extensions: { code: 'NOT_FOUND' } });

    const bobAsksForHis = await subgraph.query(bob, CONNECTOR, { id: theirs.id });
    expect(bobAsksForHis.body.data).toEqual({
      connector: { __typename: 'GitConnector', id: theirs.id, URL: 'https://git.example.com/bob.git', branch: 'main', name: 'shared-name' },
    });

    const aliceAsksForBobs = await subgraph.query(alice, CONNECTOR, { id: theirs.id });
    expect(aliceAsksForBobs.body.errors?.[0].message).toBe('Connector does not exist');
  });

  it('answers 401 to a call without the gateway signature', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fg-principal': 'forged', 'x-fg-timestamp': String(Date.now()) },
      body: JSON.stringify({ query: '{ connector(connectorId: "x") { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Missing or invalid gateway signature', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});

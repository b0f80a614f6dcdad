import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { testPrincipal } from '@fg/testing';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { appsServicesSubgraph } from './subgraph';

const alice = testPrincipal('acc-alice', { kind: 'user', id: 'u-alice', permissions: ACCOUNT_ADMINISTRATOR });
const bob = testPrincipal('acc-bob', { kind: 'apiKey', id: 'k-bob', permissions: ACCOUNT_ADMINISTRATOR });

const CREATE = `mutation createapp($app: CreateApplicationInput!) {
  createApplication(input: $app) { clientMutationId application { id name description createdBy { id } } }
}`;

describe('apps-services subgraph (real store)', () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(appsServicesSubgraph);
  });
  afterAll(() => subgraph.dispose());

  async function create(identity: typeof alice, name: string) {
    const { body } = await subgraph.query<{ createApplication: { application: { id: string } } }>(identity, CREATE, {
      app: { name, clientMutationId: `c-${name}` },
    });
    return body.data!.createApplication.application.id;
  }

  it('creates an application and echoes clientMutationId', async () => {
    const { body } = await subgraph.query(alice, CREATE, {
      app: { clientMutationId: 'req-1', name: 'Harness GraphQL', description: 'seed example' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      createApplication: {
        clientMutationId: 'req-1',
        application: { id: expect.stringMatching(/^[\w-]{22}$/), name: 'Harness GraphQL', description: 'seed example', createdBy: { id: 'u-alice' } },
      },
    });
  });

  it('finds it by name, and only for its own account', async () => {
    const query = `{ applicationByName(name: "Harness GraphQL") { id name } }`;
    const mine = await subgraph.query(alice, query);
    expect(mine.body.data).toEqual({ applicationByName: { id: expect.any(String), name: 'Harness GraphQL' } });

    const theirs = await subgraph.query(bob, query);
    expect(theirs.body.data).toEqual({ applicationByName: null });
    expect(theirs.body.errors?.[0]).toMatchObject({ message: 'Application does not exist', extensions: { code: 'NOT_FOUND' } });
  });

  it('resolves Application entities through _entities, scoped to the caller', async () => {
    const id = await create(alice, 'entity-app');
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Application { id name } } }`;
    const reps = [{ __typename: 'Application', id }, { __typename: 'Application', id: 'missing' }];
    const mine = await subgraph.query(alice, query, { reps });
    expect(mine.body.data).toEqual({ _entities: [{ id, name: 'entity-app' }, null] });
    const theirs = await subgraph.query(bob, query, { reps });
    expect(theirs.body.data).toEqual({ _entities: [null, null] });
  });

  it('refuses a duplicate name with CONFLICT and keeps the first', async () => {
    await create(alice, 'dup');
    const { body } = await subgraph.query(alice, CREATE, { app: { name: 'dup' } });
    expect(body.errors?.[0]).toMatchObject({ message: 'An application named "dup" already exists', extensions: { code: 'CONFLICT' } });
    // The same name in another account is fine.
    expect(await create(bob, 'dup')).toEqual(expect.any(String));

    const other = await create(alice, 'not-dup');
    const rename = await subgraph.query(alice, `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { application { name } } }`, {
      input: { applicationId: other, name: 'dup' },
    });
    expect(rename.body.errors?.[0]).toMatchObject({ message: 'An application named "dup" already exists', extensions: { code: 'CONFLICT' } });
  });

  it('updates only the fields given and deletes', async () => {
    const id = await create(alice, 'to-change');
    const update = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { clientMutationId application { name description disableTriggers } } }`;
    const first = await subgraph.query(alice, update, { input: { applicationId: id, description: 'd1', clientMutationId: 'u1' } });
    expect(first.body.data).toEqual({
      updateApplication: { clientMutationId: 'u1', application: { name: 'to-change', description: 'd1', disableTriggers: false } },
    });
    const second = await subgraph.query(alice, update, { input: { applicationId: id, disableTriggers: true } });
    expect(second.body.data).toEqual({
      updateApplication: { clientMutationId: null, application: { name: 'to-change', description: 'd1', disableTriggers: true } },
    });

    const byBob = await subgraph.query(bob, update, { input: { applicationId: id, name: 'hijacked' } });
    expect(byBob.body.errors?.[0].message).toBe('Application does not exist');

    const remove = `mutation($input: DeleteApplicationInput!) { deleteApplication(input: $input) { clientMutationId } }`;
    expect((await subgraph.query(bob, remove, { input: { applicationId: id } })).body.errors?.[0].message).toBe('Application does not exist');
    expect((await subgraph.query(alice, remove, { input: { applicationId: id, clientMutationId: 'd' } })).body.data).toEqual({
      deleteApplication: { clientMutationId: 'd' },
    });
    const gone = await subgraph.query(alice, `query($id: String!) { application(applicationId: $id) { id } }`, { id });
    expect(gone.body.errors?.[0].message).toBe('Application does not exist');
  });

  it('pages applications with limit/offset, total and hasMore', async () => {
    const carol = testPrincipal('acc-carol', { kind: 'apiKey', id: 'k', permissions: ACCOUNT_ADMINISTRATOR });
    for (const name of ['a1', 'a2', 'a3']) await create(carol, name);
    const page = `query($limit: Int!, $offset: Int) { applications(limit: $limit, offset: $offset) { pageInfo { limit offset total hasMore } nodes { name } } }`;
    const first = await subgraph.query(carol, page, { limit: 2 });
    expect(first.body.data).toEqual({
      applications: { pageInfo: { limit: 2, offset: 0, total: 3, hasMore: true }, nodes: [{ name: 'a3' }, { name: 'a2' }] },
    });
    const last = await subgraph.query(carol, page, { limit: 500, offset: 2 });
    expect(last.body.data).toEqual({
      applications: { pageInfo: { limit: 100, offset: 2, total: 3, hasMore: false }, nodes: [{ name: 'a1' }] },
    });
    const negative = await subgraph.query(carol, page, { limit: -1 });
    expect(negative.body.errors?.[0]).toMatchObject({ message: 'limit must not be negative', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('filters applications by id', async () => {
    const dave = testPrincipal('acc-dave', { kind: 'apiKey', id: 'k', permissions: ACCOUNT_ADMINISTRATOR });
    const keep = await create(dave, 'keep');
    await create(dave, 'skip');
    const { body } = await subgraph.query(dave, `query($ids: [String]!) {
      applications(limit: 10, filters: [{ application: { operator: IN, values: $ids } }]) { nodes { id name } }
    }`, { ids: [keep] });
    expect(body.data).toEqual({ applications: { nodes: [{ id: keep, name: 'keep' }] } });
  });

  it('answers 401 to a call without the gateway signature', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fg-principal': 'forged', 'x-fg-timestamp': String(Date.now()) },
      body: JSON.stringify({ query: '{ applicationByName(name: "Harness GraphQL") { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Missing or invalid gateway signature', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });
});

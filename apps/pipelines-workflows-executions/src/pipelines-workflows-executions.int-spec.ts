import { PipelineRepository, type Pipeline } from '@fg/pipelines-workflows-executions/data-access';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { DelegateRegistry, DelegateTokenRepository } from '@fg/pipelines-workflows-executions/delegate-tasks';
import { ACCOUNT_ADMINISTRATOR, NO_PERMISSIONS, type PermissionSet } from '@fg/permissions';
import { testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { pipelinesSubgraph } from './subgraph';

const alice = testPrincipal('acc-alice', { kind: 'user', id: 'u-alice', permissions: ACCOUNT_ADMINISTRATOR });
const bob = testPrincipal('acc-bob', { kind: 'apiKey', id: 'k-bob', permissions: ACCOUNT_ADMINISTRATOR });

const PIPELINE_ENTITIES = `query($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Pipeline { id name description createdAt } }
}`;

const APPLICATION_PIPELINES = `query($reps: [_Any!]!, $limit: Int!, $offset: Int) {
  _entities(representations: $reps) {
    ... on Application { id pipelines(limit: $limit, offset: $offset) { pageInfo { total hasMore limit offset } nodes { name } } }
  }
}`;

// Pipelines sort newest first by createdAt (milliseconds); a short pause keeps every seed on a distinct millisecond.
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

describe('pipelines-workflows-executions subgraph (real store)', () => {
  let subgraph: TestSubgraph;
  let repository: PipelineRepository;
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(pipelinesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
    repository = new PipelineRepository(subgraph.connection);
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });
  afterEach(() => jest.restoreAllMocks());

  async function seed(accountId: string, applicationId: string, names: string[]): Promise<Pipeline[]> {
    const created: Pipeline[] = [];
    for (const name of names) {
      created.push(await repository.create(accountId, { applicationId, name, description: `${name} description` }));
      await tick();
    }
    return created;
  }

  it('resolves Pipeline entities through _entities, scoped to the caller', async () => {
    const [pipeline] = await seed(alice.accountId, 'app-entity', ['entity-pipeline']);
    const reps = [{ __typename: 'Pipeline', id: pipeline.id }, { __typename: 'Pipeline', id: 'missing' }];

    const mine = await subgraph.query(alice, PIPELINE_ENTITIES, { reps });
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data).toEqual({
      _entities: [
        { id: pipeline.id, name: 'entity-pipeline', description: 'entity-pipeline description', createdAt: pipeline.createdAt },
        null,
      ],
    });
    expect(pipeline.createdAt).toBeGreaterThan(Date.now() - 60_000);

    const theirs = await subgraph.query(bob, PIPELINE_ENTITIES, { reps });
    expect(theirs.body.data).toEqual({ _entities: [null, null] });
  });

  it('shows a principal only the pipelines its PIPELINE READ permission covers', async () => {
    const [visible] = await seed('acc-perms', 'app-visible', ['visible-pipeline']);
    const [hidden] = await seed('acc-perms', 'app-hidden', ['hidden-pipeline']);
    const readOneApp: PermissionSet = {
      accountPermissions: [],
      appPermissions: [{ permissionType: 'PIPELINE', applications: { filterType: 'SELECTED', appIds: ['app-visible'] }, actions: ['READ'] }],
    };
    const reader = testPrincipal('acc-perms', { permissions: readOneApp });
    const nobody = testPrincipal('acc-perms', { permissions: NO_PERMISSIONS });
    const byId = 'query($id: String!) { pipeline(pipelineId: $id) { name } }';

    expect((await subgraph.query(reader, byId, { id: visible.id })).body.data).toEqual({ pipeline: { name: 'visible-pipeline' } });
    const denied = await subgraph.query(reader, byId, { id: hidden.id });
    expect(denied.body.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
    const byName = await subgraph.query(nobody, 'query { pipelineByName(pipelineName: "visible-pipeline", applicationId: "app-visible") { id } }');
    expect(byName.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const reps = ['app-visible', 'app-hidden'].map((id) => ({ __typename: 'Application', id }));
    const lists = await subgraph.query(reader, APPLICATION_PIPELINES, { reps, limit: 5 });
    expect(lists.body.data).toEqual({
      _entities: [
        { id: 'app-visible', pipelines: { pageInfo: { total: 1, hasMore: false, limit: 5, offset: 0 }, nodes: [{ name: 'visible-pipeline' }] } },
        { id: 'app-hidden', pipelines: { pageInfo: { total: 0, hasMore: false, limit: 5, offset: 0 }, nodes: [] } },
      ],
    });
    const entities = await subgraph.query(nobody, PIPELINE_ENTITIES, { reps: [{ __typename: 'Pipeline', id: visible.id }] });
    expect(entities.body.data).toEqual({ _entities: [null] });
  });

  it('gives each application in one _entities request its own pipelines, newest first', async () => {
    // app-a-many sorts first and has as many pipelines as one batched read holds (4 applications x (limit 2 + 1)).
    const many = Array.from({ length: 12 }, (_, n) => `many-${String(n + 1).padStart(2, '0')}`);
    await seed(alice.accountId, 'app-a-many', many);
    await seed(alice.accountId, 'app-b-one', ['one-only']);
    await seed(alice.accountId, 'app-d-three', ['three-1', 'three-2', 'three-3']);
    // Another account's pipelines under the same application id never leak in.
    await seed(bob.accountId, 'app-a-many', ['bob-1', 'bob-2']);
    await seed(bob.accountId, 'app-c-none', ['bob-3']);

    const reps = ['app-b-one', 'app-a-many', 'app-c-none', 'app-d-three'].map((id) => ({ __typename: 'Application', id }));
    const reads = jest.spyOn(PipelineRepository.prototype, 'ofApplications');
    const { body } = await subgraph.query(alice, APPLICATION_PIPELINES, { reps, limit: 2 });
    expect(body.errors).toBeUndefined();
    // Batched: the full first read (all app-a-many) is followed by one read for the applications after it, not one each.
    expect(reads.mock.calls.map(([, ids]) => ids)).toEqual([
      ['app-a-many', 'app-b-one', 'app-c-none', 'app-d-three'],
      ['app-b-one', 'app-c-none', 'app-d-three'],
    ]);
    expect(body.data).toEqual({
      _entities: [
        {
          id: 'app-b-one',
          pipelines: { pageInfo: { total: 1, hasMore: false, limit: 2, offset: 0 }, nodes: [{ name: 'one-only' }] },
        },
        {
          id: 'app-a-many',
          pipelines: { pageInfo: { total: 12, hasMore: true, limit: 2, offset: 0 }, nodes: [{ name: 'many-12' }, { name: 'many-11' }] },
        },
        {
          id: 'app-c-none',
          pipelines: { pageInfo: { total: 0, hasMore: false, limit: 2, offset: 0 }, nodes: [] },
        },
        {
          id: 'app-d-three',
          pipelines: { pageInfo: { total: 3, hasMore: true, limit: 2, offset: 0 }, nodes: [{ name: 'three-3' }, { name: 'three-2' }] },
        },
      ],
    });

    const bobs = await subgraph.query(bob, APPLICATION_PIPELINES, { reps: reps.slice(1, 3), limit: 2 });
    expect(bobs.body.data).toEqual({
      _entities: [
        {
          id: 'app-a-many',
          pipelines: { pageInfo: { total: 2, hasMore: false, limit: 2, offset: 0 }, nodes: [{ name: 'bob-2' }, { name: 'bob-1' }] },
        },
        {
          id: 'app-c-none',
          pipelines: { pageInfo: { total: 1, hasMore: false, limit: 2, offset: 0 }, nodes: [{ name: 'bob-3' }] },
        },
      ],
    });
  });

  it('still gives an application cut off at the end of a full batched read all the pipelines it needs', async () => {
    // limit 2 needs 3 rows each; 2 applications share one read of 6 rows: 4 of the first, only 2 of the second.
    await seed(alice.accountId, 'app-cut-1', ['c1-1', 'c1-2', 'c1-3', 'c1-4']);
    await seed(alice.accountId, 'app-cut-2', ['c2-1', 'c2-2', 'c2-3', 'c2-4', 'c2-5']);
    const reps = ['app-cut-2', 'app-cut-1'].map((id) => ({ __typename: 'Application', id }));

    const reads = jest.spyOn(PipelineRepository.prototype, 'ofApplications');
    const { body } = await subgraph.query(alice, APPLICATION_PIPELINES, { reps, limit: 2 });
    // One read of 6 rows holds 4 of app-cut-1 and only 2 of app-cut-2, so app-cut-2 alone is read again.
    expect(reads.mock.calls.map(([, ids, maxRows]) => [ids, maxRows])).toEqual([
      [['app-cut-1', 'app-cut-2'], 6],
      [['app-cut-2'], 3],
    ]);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      _entities: [
        { id: 'app-cut-2', pipelines: { pageInfo: { total: 5, hasMore: true, limit: 2, offset: 0 }, nodes: [{ name: 'c2-5' }, { name: 'c2-4' }] } },
        { id: 'app-cut-1', pipelines: { pageInfo: { total: 4, hasMore: true, limit: 2, offset: 0 }, nodes: [{ name: 'c1-4' }, { name: 'c1-3' }] } },
      ],
    });
  });

  it('pages an application\'s pipelines with offset, and clamps the limit to 100', async () => {
    await seed(alice.accountId, 'app-paged', ['p1', 'p2', 'p3', 'p4', 'p5']);
    await seed(alice.accountId, 'app-paged-one', ['single']);
    const reps = [{ __typename: 'Application', id: 'app-paged' }, { __typename: 'Application', id: 'app-paged-one' }];

    const middle = await subgraph.query(alice, APPLICATION_PIPELINES, { reps, limit: 2, offset: 2 });
    expect(middle.body.data).toEqual({
      _entities: [
        { id: 'app-paged', pipelines: { pageInfo: { total: 5, hasMore: true, limit: 2, offset: 2 }, nodes: [{ name: 'p3' }, { name: 'p2' }] } },
        { id: 'app-paged-one', pipelines: { pageInfo: { total: 1, hasMore: false, limit: 2, offset: 2 }, nodes: [] } },
      ],
    });

    const last = await subgraph.query(alice, APPLICATION_PIPELINES, { reps: reps.slice(0, 1), limit: 500, offset: 3 });
    expect(last.body.data).toEqual({
      _entities: [
        { id: 'app-paged', pipelines: { pageInfo: { total: 5, hasMore: false, limit: 100, offset: 3 }, nodes: [{ name: 'p2' }, { name: 'p1' }] } },
      ],
    });

    const negative = await subgraph.query(alice, APPLICATION_PIPELINES, { reps: reps.slice(0, 1), limit: -1 });
    expect(negative.body.errors?.[0]).toMatchObject({ message: 'limit must not be negative', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers pipeline(pipelineId) and pipelineByName(pipelineName, applicationId)', async () => {
    const [pipeline] = await seed(alice.accountId, 'app-lookup', ['deploy']);
    await seed(alice.accountId, 'app-other', ['deploy']);
    const expected = { id: pipeline.id, name: 'deploy', description: 'deploy description', createdAt: pipeline.createdAt };

    const byId = await subgraph.query(alice, `query($id: String!) { pipeline(pipelineId: $id) { id name description createdAt } }`, {
      id: pipeline.id,
    });
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data).toEqual({ pipeline: expected });

    const byName = await subgraph.query(
      alice,
      `{ pipelineByName(pipelineName: "deploy", applicationId: "app-lookup") { id name description createdAt } }`,
    );
    expect(byName.body.errors).toBeUndefined();
    expect(byName.body.data).toEqual({ pipelineByName: expected });
  });

  it('reports a missing pipeline as NOT_FOUND "Pipeline does not exist", including another account\'s pipeline', async () => {
    const [pipeline] = await seed(alice.accountId, 'app-private', ['private']);
    const byId = `query($id: String!) { pipeline(pipelineId: $id) { id } }`;
    const byName = `query($name: String!, $app: String!) { pipelineByName(pipelineName: $name, applicationId: $app) { id } }`;
    const cases: [typeof alice, string, Record<string, unknown>][] = [
      [alice, byId, { id: 'no-such-pipeline' }],
      [alice, byName, { name: 'nope', app: 'app-private' }],
      // The right name in the wrong application.
      [alice, byName, { name: 'private', app: 'app-lookup' }],
      [bob, byId, { id: pipeline.id }],
      [bob, byName, { name: 'private', app: 'app-private' }],
    ];
    for (const [identity, query, variables] of cases) {
      const { body } = await subgraph.query(identity, query, variables);
      const field = Object.keys(body.data ?? {})[0];
      expect(body.data).toEqual({ [field]: null });
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]).toMatchObject({ message: 'Pipeline does not exist', extensions: { code: 'NOT_FOUND' } });
    }
  });

  it('answers 401 to a call without the gateway signature', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fg-principal': 'forged', 'x-fg-timestamp': String(Date.now()) },
      body: JSON.stringify({ query: '{ pipeline(pipelineId: "x") { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      errors: [{ message: 'Missing or invalid gateway signature', extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  describe('delegates and their tasks', () => {
    const carol = testPrincipal('acc-carol', { kind: 'apiKey', id: 'k-carol', permissions: { accountPermissions: ['MANAGE_DELEGATES'], appPermissions: [] } });
    // What the delegate broker does when a delegate registers (the broker has its own spec).
    const register = (name: string, tags: string[]) =>
      new DelegateRegistry(subgraph.connection, { connectedWindowMs: 60_000 }).registerDelegate(carol.accountId, { name, tags, version: '1.0.0' });

    it('refuses delegate tokens and tasks without MANAGE_DELEGATES, writing nothing', async () => {
      const account = 'acc-no-delegates';
      // Every application permission, every other account permission: only MANAGE_DELEGATES is missing.
      const everythingElse: PermissionSet = {
        accountPermissions: ACCOUNT_ADMINISTRATOR.accountPermissions.filter((permission) => permission !== 'MANAGE_DELEGATES'),
        appPermissions: ACCOUNT_ADMINISTRATOR.appPermissions,
      };
      for (const principal of [testPrincipal(account, { permissions: NO_PERMISSIONS }), testPrincipal(account, { permissions: everythingElse })]) {
        const token = await subgraph.query(principal, 'mutation { createDelegateToken(input: { name: "sneaky" }) { token } }');
        expect(token.body.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
        expect(token.body.data).toEqual({ createDelegateToken: null });
        const task = await subgraph.query(principal, 'mutation { createDelegateTask(input: { type: SHELL_SCRIPT, script: "id" }) { task { id } } }');
        expect(task.body.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
        expect(task.body.data).toEqual({ createDelegateTask: null });
      }
      const db = subgraph.connection.db!;
      expect(await db.collection('delegate_tokens').countDocuments({ accountId: account })).toBe(0);
      expect(await db.collection('delegate_tasks').countDocuments({ accountId: account })).toBe(0);
    });

    it('issues a delegate token once, stored only as a hash', async () => {
      const { body } = await subgraph.query<{ createDelegateToken: { token: string; name: string; clientMutationId: string } }>(
        carol,
        `mutation { createDelegateToken(input: { name: "ci", clientMutationId: "t1" }) { clientMutationId name token } }`,
      );
      const { token } = body.data!.createDelegateToken;
      expect(body.data!.createDelegateToken).toMatchObject({ clientMutationId: 't1', name: 'ci' });
      expect(await new DelegateTokenRepository(subgraph.connection).verify(token)).toMatchObject({ accountId: carol.accountId });
      const stored = await subgraph.connection.db!.collection('delegate_tokens').find({}).toArray();
      expect(JSON.stringify(stored)).not.toContain(token);
    });

    it('queues a task, says why it waits, and lists tasks by status only to their account', async () => {
      const created = await subgraph.query<{ createDelegateTask: { task: { id: string; status: string } } }>(
        carol,
        `mutation { createDelegateTask(input: { type: SHELL_SCRIPT, script: "echo hi", selectors: ["gpu"] }) { task { id status } } }`,
      );
      const taskId = created.body.data!.createDelegateTask.task.id;
      expect(created.body.data!.createDelegateTask.task.status).toBe('QUEUED');
      const waiting = `query($id: String!) { delegateTask(taskId: $id) { status waiting { reason message } } }`;
      expect((await subgraph.query(carol, waiting, { id: taskId })).body.data).toEqual({
        delegateTask: { status: 'QUEUED', waiting: { reason: 'NO_MATCHING_DELEGATE', message: 'No delegate with tags [gpu] is registered for the account' } },
      });
      await register('gpu-box', ['gpu']);
      expect((await subgraph.query(carol, waiting, { id: taskId })).body.data).toMatchObject({ delegateTask: { waiting: { reason: 'QUEUED_BEHIND' } } });

      const listed = await subgraph.query(carol, `{ delegateTasks(status: QUEUED, limit: 10) { pageInfo { total } nodes { id status } } }`);
      expect(listed.body.data).toEqual({ delegateTasks: { pageInfo: { total: 1 }, nodes: [{ id: taskId, status: 'QUEUED' }] } });
      const none = await subgraph.query(carol, `{ delegateTasks(status: SUCCEEDED, limit: 10) { pageInfo { total } } }`);
      expect(none.body.data).toEqual({ delegateTasks: { pageInfo: { total: 0 } } });
      const hidden = await subgraph.query(alice, `query($id: String!) { delegateTask(taskId: $id) { status } }`, { id: taskId });
      expect(hidden.body.errors?.[0]).toMatchObject({ message: 'Delegate task does not exist', extensions: { code: 'NOT_FOUND' } });
    });

    it('manages delegates: list by the reference\'s enums, reject, delete, and scopes', async () => {
      const builder = await register('builder-1', ['k8s']);
      const rogue = await register('rogue', []);
      const list = `query($filters: [DelegateFilter]) { delegateList(filters: $filters, limit: 10) { pageInfo { total } nodes { uuid delegateName status disconnected tags connections { disconnected version } } } }`;
      const enabled = await subgraph.query(carol, list, { filters: [{ accountId: carol.accountId, delegateStatus: 'ENABLED', delegateName: 'builder-1' }] });
      expect(enabled.body.data).toEqual({
        delegateList: {
          pageInfo: { total: 1 },
          nodes: [{ uuid: builder.id, delegateName: 'builder-1', status: 'ENABLED', disconnected: false, tags: ['k8s'], connections: [{ disconnected: false, version: '1.0.0' }] }],
        },
      });

      const rejected = await subgraph.query(
        carol,
        `mutation($id: String!) { delegateApproveReject(input: { accountId: "acc-carol", delegateId: $id, delegateApproval: REJECT, clientMutationId: "r1" }) { clientMutationId delegate { uuid status } } }`,
        { id: rogue.id },
      );
      expect(rejected.body.data).toEqual({ delegateApproveReject: { clientMutationId: 'r1', delegate: { uuid: rogue.id, status: 'DELETED' } } });
      const names = async (filters: unknown[] = []) =>
        ((await subgraph.query<{ delegateList: { nodes: { delegateName: string }[] } }>(carol, list, { filters })).body.data!.delegateList.nodes).map((node) => node.delegateName);
      expect(await names()).not.toContain('rogue');
      expect(await names([{ accountId: carol.accountId, delegateStatus: 'DELETED' }])).toEqual(['rogue']);

      const deleteMutation = `mutation($id: String!) { deleteDelegate(input: { accountId: "acc-carol", delegateId: $id }) { message } }`;
      expect((await subgraph.query(carol, deleteMutation, { id: builder.id })).body.data).toEqual({ deleteDelegate: { message: 'Delegate deleted' } });
      expect((await subgraph.query(carol, deleteMutation, { id: builder.id })).body.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect((await subgraph.query(alice, deleteMutation, { id: builder.id })).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const scoped = await register('scoped', []);
      const added = await subgraph.query<{ addDelegegateScope: { delegateScope: { uuid: string; name: string; taskTypes: string[]; environmentTypes: string[] } } }>(
        carol,
        `mutation { addDelegegateScope(input: { accountId: "acc-carol", name: "prod", taskGroup: SCRIPT, environmentTypes: [PROD], application: { operator: IN, values: ["app-1"] } }) { message delegateScope { uuid name taskTypes environmentTypes applications } } }`,
      );
      const scope = added.body.data!.addDelegegateScope.delegateScope;
      expect(scope).toMatchObject({ name: 'prod', taskTypes: ['SCRIPT'], environmentTypes: ['PROD'] });
      const attach = await subgraph.query(
        carol,
        `mutation($id: String!, $scope: String!) { attachScopeToDelegate(input: { accountId: "acc-carol", delegateId: $id, includeScopes: { operator: EQUALS, values: [$scope] } }) { message } }`,
        { id: scoped.id, scope: scope.uuid },
      );
      expect(attach.body.errors).toBeUndefined();
      const shown = await subgraph.query(carol, list.replace('connections { disconnected version }', 'includeScopes { name } excludeScopes { name }'), {
        filters: [{ accountId: carol.accountId, delegateName: 'scoped' }],
      });
      expect(shown.body.data).toMatchObject({ delegateList: { nodes: [{ includeScopes: [{ name: 'prod' }], excludeScopes: [] }] } });
      const scopes = await subgraph.query(carol, `{ delegateScopeList(filters: [{ accountId: "acc-carol", scopeName: "prod" }], limit: 5) { nodes { name } } }`);
      expect(scopes.body.data).toEqual({ delegateScopeList: { nodes: [{ name: 'prod' }] } });
    });
  });
});

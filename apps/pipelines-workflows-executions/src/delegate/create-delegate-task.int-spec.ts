import type { PermissionSet } from '@fg/permissions';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { pipelinesSubgraph } from '../subgraph';

const CREATE = `mutation($input: CreateDelegateTaskInput!) { createDelegateTask(input: $input) { task { id status } } }`;

/** MANAGE_DELEGATES, and deploying (EXECUTE_WORKFLOW) in app-1's non-production environments only. */
const deployerInApp1: PermissionSet = {
  accountPermissions: ['MANAGE_DELEGATES'],
  appPermissions: [
    {
      permissionType: 'DEPLOYMENT',
      applications: { filterType: 'SELECTED', appIds: ['app-1'] },
      actions: ['READ', 'EXECUTE_WORKFLOW'],
      deployments: { filterTypes: ['NON_PRODUCTION_ENVIRONMENTS'] },
    },
  ],
};

describe('createDelegateTask for an application and environment (real store)', () => {
  let subgraph: TestSubgraph;
  let redis: TestRedis;
  const dave = testPrincipal('acc-dave', { kind: 'apiKey', id: 'k-dave', permissions: deployerInApp1 });

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(pipelinesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  const storedContext = async (id: string) => (await subgraph.connection.db!.collection('delegate_tasks').findOne({ _id: id as never }))?.context;

  it('stores the application and environment as the task context, which decides the secrets the task may use', async () => {
    const { body } = await subgraph.query<{ createDelegateTask: { task: { id: string; status: string } } }>(dave, CREATE, {
      input: { type: 'SHELL_SCRIPT', script: 'echo', applicationId: 'app-1', environmentId: 'env-qa', environmentType: 'NON_PROD' },
    });
    expect(body.errors).toBeUndefined();
    const { id, status } = body.data!.createDelegateTask.task;
    expect(status).toBe('QUEUED');
    expect(await storedContext(id)).toEqual({ applicationId: 'app-1', environmentId: 'env-qa', environmentType: 'NON_PROD', executionId: null, stepId: null });

    const accountLevel = await subgraph.query<{ createDelegateTask: { task: { id: string } } }>(dave, CREATE, { input: { type: 'NOOP', waitMs: 0 } });
    expect(await storedContext(accountLevel.body.data!.createDelegateTask.task.id)).toBeNull();
  });

  it('needs the right to deploy there, refusing other applications and production for this principal, writing nothing', async () => {
    const before = await subgraph.connection.db!.collection('delegate_tasks').countDocuments({ accountId: 'acc-dave' });
    for (const input of [
      { applicationId: 'app-2' },
      { applicationId: 'app-1', environmentId: 'env-prod', environmentType: 'PROD' },
    ]) {
      const { body } = await subgraph.query(dave, CREATE, { input: { type: 'SHELL_SCRIPT', script: 'echo', ...input } });
      expect(body.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
    }
    expect(await subgraph.connection.db!.collection('delegate_tasks').countDocuments({ accountId: 'acc-dave' })).toBe(before);
  });

  it('queues an HTTP task with headers or a body as payload version 2, and one without as version 1 for older delegates', async () => {
    const payloadOf = async (input: Record<string, unknown>) => {
      const { body } = await subgraph.query<{ createDelegateTask: { task: { id: string } } }>(dave, CREATE, { input: { type: 'HTTP', url: 'https://example.com/hook', ...input } });
      expect(body.errors).toBeUndefined();
      return (await subgraph.connection.db!.collection('delegate_tasks').findOne({ _id: body.data!.createDelegateTask.task.id as never }))?.payload;
    };
    expect(await payloadOf({ method: 'post', headers: [{ name: 'X-Key', value: '${secrets.getValue("k")}' }], body: '{}' })).toEqual({
      version: 2,
      type: 'HTTP',
      url: 'https://example.com/hook',
      method: 'POST',
      headers: [{ name: 'X-Key', value: '${secrets.getValue("k")}' }],
      body: '{}',
      expectedStatus: 200,
    });
    expect(await payloadOf({})).toEqual({ version: 1, type: 'HTTP', url: 'https://example.com/hook', method: 'GET', expectedStatus: 200 });
    const { body } = await subgraph.query(dave, CREATE, { input: { type: 'HTTP', url: 'https://example.com/', body: 'x' } });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('a GET or HEAD request has no body') });
  });

  it('refuses an environment without its type or without an application', async () => {
    for (const input of [{ applicationId: 'app-1', environmentId: 'env-qa' }, { environmentId: 'env-qa', environmentType: 'NON_PROD' }]) {
      const { body } = await subgraph.query(dave, CREATE, { input: { type: 'SHELL_SCRIPT', script: 'echo', ...input } });
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});

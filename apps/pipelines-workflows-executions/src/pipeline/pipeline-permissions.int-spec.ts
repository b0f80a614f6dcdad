import { ACCOUNT_ADMINISTRATOR, type PermissionSet } from '@fg/permissions';
import { PipelineRepository } from '@fg/pipelines-workflows-executions/data-access';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { seedEnvironmentTargets } from '../definition/testing';
import { pipelinesSubgraph } from '../subgraph';

const ACCOUNT = 'acc-pipeline-rights';
const admin = testPrincipal(ACCOUNT, { kind: 'user', id: 'u-admin', permissions: ACCOUNT_ADMINISTRATOR });
const nonProdPipelines: PermissionSet = {
  accountPermissions: [],
  appPermissions: [
    {
      permissionType: 'PIPELINE',
      applications: { filterType: 'ALL' },
      pipelines: { filterTypes: ['NON_PRODUCTION_PIPELINES'] },
      actions: ['READ', 'UPDATE', 'EXECUTE_PIPELINE'],
    },
  ],
};
const tester = testPrincipal(ACCOUNT, { kind: 'user', id: 'u-tester', permissions: nonProdPipelines });

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const UPDATE_WORKFLOW = `mutation($input: UpdateWorkflowInput!) { updateWorkflow(input: $input) { workflow { id } } }`;
const CREATE = `mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id } } }`;
const UPDATE = `mutation($input: UpdatePipelineInput!) { updatePipeline(input: $input) { pipeline { id description } } }`;
const LIST = `query { pipelines(filters: [{ application: { operator: EQUALS, values: ["app-1"] } }], limit: 10) { pageInfo { total } nodes { name } } }`;
const BY_ID = `query($id: String!) { pipeline(pipelineId: $id) { name } }`;
const START = `mutation($input: StartExecutionInput!) { startExecution(input: $input) { execution { id status } } }`;

describe('pipeline permissions by the environments their stages deploy to (real store)', () => {
  let subgraph: TestSubgraph;
  let redis: TestRedis;
  const ids: Record<string, string> = {};

  const call = async (principal: typeof admin, query: string, variables?: Record<string, unknown>) => (await subgraph.query<Data>(principal, query, variables)).body;
  const ok = async (principal: typeof admin, query: string, variables?: Record<string, unknown>) => {
    const body = await call(principal, query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const stage = (name: string, workflowId: string) => ({ name, type: 'WORKFLOW', workflow: { workflowId, workflowVariables: [] } });
  const start = (principal: typeof admin, pipelineId: string, clientMutationId: string) =>
    call(principal, START, { input: { clientMutationId, applicationId: 'app-1', executionType: 'PIPELINE', entityId: pipelineId } });

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(pipelinesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
    Object.assign(ids, await seedEnvironmentTargets(subgraph, ACCOUNT, admin));
    const signOff = [{ name: 'ok', type: 'APPROVAL', approval: { userGroupIds: ['ug-1'], timeoutMs: 60_000 } }];
    ids['sign-off'] = (await ok(admin, CREATE, { input: { applicationId: 'app-1', name: 'sign-off', stages: signOff } })).createPipeline.pipeline.id;
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  it('stores the environments of its stages with their types when a pipeline is written', async () => {
    const [stored] = await new PipelineRepository(subgraph.connection).byIds(ACCOUNT, [ids['to-prod']!]);
    expect(stored?.environments).toEqual([
      { id: 'env-prod', type: 'PROD' },
      { id: 'env-qa', type: 'NON_PROD' },
    ]);
  });

  it('lets a NON_PRODUCTION_PIPELINES grant see and run a pipeline of non-production stages, not one with a production stage', async () => {
    expect((await ok(tester, LIST)).pipelines).toEqual({ pageInfo: { total: 2 }, nodes: expect.arrayContaining([{ name: 'non-prod' }, { name: 'sign-off' }]) });
    expect((await ok(tester, BY_ID, { id: ids['non-prod'] })).pipeline).toEqual({ name: 'non-prod' });
    expect((await call(tester, BY_ID, { id: ids['to-prod'] })).errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });

    const started = await start(tester, ids['non-prod']!, 'run-1');
    expect(started.errors).toBeUndefined();
    expect(started.data?.startExecution.execution).toMatchObject({ status: 'QUEUED' });
    expect((await start(tester, ids['to-prod']!, 'run-2')).errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
    // The administrator (ALL_PIPELINES) sees all three.
    expect((await ok(admin, LIST)).pipelines.pageInfo.total).toBe(3);
  });

  it('refuses an update that would add a production stage to a pipeline the grant covers', async () => {
    const refused = await call(tester, UPDATE, { input: { pipelineId: ids['non-prod'], stages: [stage('qa', ids['env-qa']!), stage('prod', ids['env-prod']!)] } });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await ok(tester, UPDATE, { input: { pipelineId: ids['non-prod'], description: 'still non-prod' } })).updatePipeline.pipeline).toMatchObject({ description: 'still non-prod' });
  });

  it("sees a stage workflow's move to another environment at the pipeline's next write", async () => {
    await ok(admin, UPDATE_WORKFLOW, { input: { workflowId: ids['env-prod'], environmentId: 'env-dev' } });
    expect((await call(tester, BY_ID, { id: ids['to-prod'] })).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await ok(admin, UPDATE, { input: { pipelineId: ids['to-prod'], description: 'moved' } });
    expect((await ok(tester, BY_ID, { id: ids['to-prod'] })).pipeline).toEqual({ name: 'to-prod' });
  });
});

import { ACCOUNT_ADMINISTRATOR, type PermissionSet } from '@fg/permissions';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { catalogFixtures } from '../definition/testing';
import { pipelinesSubgraph } from '../subgraph';

const ACCOUNT = 'acc-pipeline-defs';
const alice = testPrincipal(ACCOUNT, { kind: 'user', id: 'u-alice', permissions: ACCOUNT_ADMINISTRATOR });

const CREATE_WORKFLOW = `mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }`;
const STAGES = `stages { id name type parallelWithPrevious workflowId workflowVariables { name value } userGroupIds timeoutMs }`;
const CREATE = `mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { clientMutationId pipeline { id name description applicationId createdBy { id }
  pipelineVariables { name required } ${STAGES} } } }`;
const UPDATE = `mutation($input: UpdatePipelineInput!) { updatePipeline(input: $input) { pipeline { id name description pipelineVariables { name } ${STAGES} } } }`;
const LIST = `query($filters: [PipelineFilter], $limit: Int!) { pipelines(filters: $filters, limit: $limit) { pageInfo { total } nodes { name tags { name value } } } }`;

type Stage = { id: string; name: string; type: string; workflowId: string | null; workflowVariables: Array<{ name: string; value: string }> | null };

describe('pipeline definitions (real store)', () => {
  let subgraph: TestSubgraph;
  let redis: TestRedis;
  let seed: ReturnType<typeof catalogFixtures>;
  let deploy: string;
  let otherAppWorkflow: string;

  const call = async <T = Record<string, unknown>>(principal: typeof alice, query: string, variables?: Record<string, unknown>) =>
    (await subgraph.query<T>(principal, query, variables)).body;
  const ok = async <T>(principal: typeof alice, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const body = await call<T>(principal, query, variables);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>, principal = alice) => (await call(principal, query, variables)).errors?.[0];
  const workflowStage = (name: string, workflowId: string, workflowVariables: unknown[] = [{ name: 'version', value: '1.0' }]) => ({
    name,
    type: 'WORKFLOW',
    workflow: { workflowId, workflowVariables },
  });

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(pipelinesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
    seed = catalogFixtures(subgraph);
    await seed.application(ACCOUNT, 'app-1', 'Shop');
    await seed.application(ACCOUNT, 'app-2', 'Search');
    const workflow = (applicationId: string, name: string) =>
      ok<{ createWorkflow: { workflow: { id: string } } }>(alice, CREATE_WORKFLOW, {
        input: { applicationId, name, workflowType: 'BASIC', variables: [{ name: 'version', required: true }, { name: 'region', allowedValues: ['eu', 'us'], defaultValue: 'eu' }] },
      });
    deploy = (await workflow('app-1', 'Deploy')).createWorkflow.workflow.id;
    otherAppWorkflow = (await workflow('app-2', 'Elsewhere')).createWorkflow.workflow.id;
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  it('creates a pipeline of workflow and approval stages and reads it back', async () => {
    const data = await ok<{ createPipeline: { clientMutationId: string; pipeline: Record<string, unknown> & { stages: Stage[] } } }>(alice, CREATE, {
      input: {
        clientMutationId: 'p-1',
        applicationId: 'app-1',
        name: 'Release',
        description: 'weekly',
        variables: [{ name: 'release', required: true }],
        stages: [
          workflowStage('staging', deploy, [{ name: 'version', value: '${pipeline.variables.release}' }]),
          { name: 'sign-off', type: 'APPROVAL', approval: { userGroupIds: ['ug-1'], timeoutMs: 3_600_000 } },
          workflowStage('prod-eu', deploy),
          { ...workflowStage('prod-us', deploy, [{ name: 'version', value: '1.0' }, { name: 'region', value: 'us' }]), parallelWithPrevious: true },
        ],
      },
    });
    const { pipeline } = data.createPipeline;
    expect(data.createPipeline.clientMutationId).toBe('p-1');
    expect(pipeline).toMatchObject({ name: 'Release', description: 'weekly', applicationId: 'app-1', createdBy: { id: 'u-alice' }, pipelineVariables: [{ name: 'release', required: true }] });
    expect(pipeline.stages).toEqual([
      { id: expect.any(String), name: 'staging', type: 'WORKFLOW', parallelWithPrevious: false, workflowId: deploy, workflowVariables: [{ name: 'version', value: '${pipeline.variables.release}' }], userGroupIds: null, timeoutMs: null },
      { id: expect.any(String), name: 'sign-off', type: 'APPROVAL', parallelWithPrevious: false, workflowId: null, workflowVariables: null, userGroupIds: ['ug-1'], timeoutMs: 3_600_000 },
      expect.objectContaining({ name: 'prod-eu', parallelWithPrevious: false }),
      expect.objectContaining({ name: 'prod-us', parallelWithPrevious: true, workflowVariables: [{ name: 'version', value: '1.0' }, { name: 'region', value: 'us' }] }),
    ]);

    const read = await ok<{ pipeline: { name: string } }>(alice, 'query($id: String!) { pipeline(pipelineId: $id) { name } }', { id: pipeline.id });
    expect(read).toEqual({ pipeline: { name: 'Release' } });
  });

  it('refuses stages whose workflow is not the application\'s or lacks a required value, naming the field', async () => {
    const input = (stages: unknown[]) => ({ input: { applicationId: 'app-1', name: 'Bad', stages } });
    expect(await errorOf(CREATE, input([workflowStage('x', otherAppWorkflow)]))).toMatchObject({
      message: `stages[0].workflow.workflowId "${otherAppWorkflow}" is not a workflow of the pipeline's application`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await errorOf(CREATE, input([workflowStage('x', deploy, [])])))?.message).toBe('stages[0].workflow.workflowVariables: workflow "Deploy" requires a value for variable "version"');
    expect((await errorOf(CREATE, input([workflowStage('x', deploy, [{ name: 'version', value: '1' }, { name: 'region', value: 'apac' }])])))?.message).toBe(
      'stages[0].workflow.workflowVariables[1].value "apac" is not an allowed value of variable "region"',
    );
    expect((await errorOf(CREATE, input([workflowStage('x', deploy), workflowStage('x', deploy)])))?.message).toBe('Stage names must be unique: "x" appears twice');
    expect(await errorOf(CREATE, { input: { applicationId: 'app-missing', name: 'Bad' } })).toMatchObject({ message: 'Application does not exist', extensions: { code: 'NOT_FOUND' } });
  });

  it('keeps stage ids across updates, keeps absent fields and clears with null', async () => {
    const created = await ok<{ createPipeline: { pipeline: { id: string; stages: Stage[] } } }>(alice, CREATE, {
      input: { applicationId: 'app-1', name: 'Stable', description: 'kept', stages: [workflowStage('one', deploy), workflowStage('two', deploy)] },
    });
    const [one, two] = created.createPipeline.pipeline.stages;
    const id = created.createPipeline.pipeline.id;

    const reordered = await ok<{ updatePipeline: { pipeline: { description: string; stages: Stage[] } } }>(alice, UPDATE, {
      input: { pipelineId: id, stages: [workflowStage('two', deploy), { ...workflowStage('first', deploy), id: one.id }, workflowStage('three', deploy)] },
    });
    const stages = reordered.updatePipeline.pipeline.stages;
    expect(reordered.updatePipeline.pipeline.description).toBe('kept');
    expect(stages.map((stage) => [stage.name, stage.id])).toEqual([
      ['two', two.id],
      ['first', one.id],
      ['three', expect.not.stringMatching(new RegExp(`^(${one.id}|${two.id})$`))],
    ]);

    const cleared = await ok<{ updatePipeline: { pipeline: { name: string; description: string | null; stages: Stage[] } } }>(alice, UPDATE, {
      input: { pipelineId: id, description: null, stages: null },
    });
    expect(cleared.updatePipeline.pipeline).toMatchObject({ name: 'Stable', description: null, stages: [] });
    expect(await errorOf(UPDATE, { input: { pipelineId: id, name: 'Release' } })).toMatchObject({
      message: 'A pipeline named "Release" already exists in the application',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('refuses removing a pipeline variable its stages still use', async () => {
    const created = await ok<{ createPipeline: { pipeline: { id: string } } }>(alice, CREATE, {
      input: { applicationId: 'app-1', name: 'Uses variable', variables: [{ name: 'v' }], stages: [workflowStage('s', deploy, [{ name: 'version', value: '${pipeline.variables.v}' }])] },
    });
    expect((await errorOf(UPDATE, { input: { pipelineId: created.createPipeline.pipeline.id, variables: [] } }))?.message).toBe(
      'stages[0].workflow.workflowVariables[0].value refers to ${pipeline.variables.v}, which is not a variable of the pipeline',
    );
  });

  it('lists pipelines by application, id and tag (the pipeline\'s or its application\'s), with stats', async () => {
    const account = 'acc-pipeline-filters';
    const admin = testPrincipal(account, { kind: 'apiKey', id: 'k', permissions: ACCOUNT_ADMINISTRATOR });
    await seed.application(account, 'app-a');
    await seed.application(account, 'app-b');
    const make = async (applicationId: string, name: string) =>
      (await ok<{ createPipeline: { pipeline: { id: string } } }>(admin, CREATE, { input: { applicationId, name } })).createPipeline.pipeline.id;
    const a1 = await make('app-a', 'a1');
    await make('app-a', 'a2');
    await make('app-b', 'b1');
    await seed.tag(account, 'PIPELINE', a1, 'owner', 'ops');
    await seed.tag(account, 'APPLICATION', 'app-b', 'tier', 'gold');

    const names = async (filters: unknown[]) =>
      (await ok<{ pipelines: { nodes: Array<{ name: string }> } }>(admin, LIST, { filters, limit: 10 })).pipelines.nodes.map((node) => node.name).sort();
    expect(await names([])).toEqual(['a1', 'a2', 'b1']);
    expect(await names([{ application: { operator: 'IN', values: ['app-a'] } }])).toEqual(['a1', 'a2']);
    expect(await names([{ pipeline: { operator: 'NOT_NULL', values: [] } }, { application: { operator: 'EQUALS', values: ['app-b'] } }])).toEqual(['b1']);
    expect(await names([{ tag: { entityType: 'PIPELINE', tags: [{ name: 'owner', value: 'ops' }] } }])).toEqual(['a1']);
    expect(await names([{ tag: { entityType: 'APPLICATION', tags: [{ name: 'tier' }] } }])).toEqual(['b1']);
    const tagged = await ok<{ pipelines: { nodes: unknown[] } }>(admin, LIST, { filters: [{ pipeline: { operator: 'EQUALS', values: [a1] } }], limit: 10 });
    expect(tagged.pipelines.nodes).toEqual([{ name: 'a1', tags: [{ name: 'owner', value: 'ops' }] }]);

    const stats = await ok(admin, `{ perApp: pipelineStats(groupBy: [{ entityAggregation: Application }]) { ... on AggregatedData { dataPoints { key { id } value } } }
      perTag: pipelineStats(groupBy: [{ tagAggregation: { entityType: APPLICATION, tagName: "tier" } }]) { ... on AggregatedData { dataPoints { key { name } value } } }
      total: pipelineStats(filters: [{ application: { operator: EQUALS, values: ["app-a"] } }]) { ... on SinglePointData { dataPoint { value } } } }`);
    expect(stats).toEqual({
      perApp: { dataPoints: [{ key: { id: 'app-a' }, value: 2 }, { key: { id: 'app-b' }, value: 1 }] },
      perTag: { dataPoints: [{ key: { name: 'gold' }, value: 1 }] },
      total: { dataPoint: { value: 2 } },
    });
  });

  it('checks PIPELINE permissions for writes, and shows lists only what the caller may read', async () => {
    const onlyApp2: PermissionSet = {
      accountPermissions: [],
      appPermissions: [{ permissionType: 'PIPELINE', applications: { filterType: 'SELECTED', appIds: ['app-2'] }, actions: ['READ', 'CREATE', 'UPDATE', 'DELETE'] }],
    };
    const limited = testPrincipal(ACCOUNT, { permissions: onlyApp2 });
    expect((await errorOf(CREATE, { input: { applicationId: 'app-1', name: 'Denied' } }, limited))?.extensions?.code).toBe('FORBIDDEN');
    const mine = await ok<{ createPipeline: { pipeline: { id: string } } }>(limited, CREATE, { input: { applicationId: 'app-2', name: 'Mine' } });
    const listed = await ok<{ pipelines: { nodes: Array<{ name: string }> } }>(limited, LIST, { filters: [], limit: 100 });
    expect(listed.pipelines.nodes.map((node) => node.name)).toEqual(['Mine']);

    const release = await ok<{ pipelineByName: { id: string } }>(alice, '{ pipelineByName(pipelineName: "Release", applicationId: "app-1") { id } }');
    expect((await errorOf(UPDATE, { input: { pipelineId: release.pipelineByName.id, name: 'Taken over' } }, limited))?.extensions?.code).toBe('FORBIDDEN');
    expect((await errorOf('mutation($input: DeletePipelineInput!) { deletePipeline(input: $input) { clientMutationId } }', { input: { pipelineId: release.pipelineByName.id } }, limited))?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const deleted = await ok(limited, 'mutation($input: DeletePipelineInput!) { deletePipeline(input: $input) { clientMutationId } }', {
      input: { pipelineId: mine.createPipeline.pipeline.id },
    });
    expect(deleted).toEqual({ deletePipeline: { clientMutationId: null } });
  });
});

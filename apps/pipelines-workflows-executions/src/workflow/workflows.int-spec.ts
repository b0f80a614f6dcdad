import { WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import { ACCOUNT_ADMINISTRATOR, NO_PERMISSIONS, type PermissionSet } from '@fg/permissions';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { catalogFixtures } from '../definition/testing';
import { pipelinesSubgraph } from '../subgraph';

const ACCOUNT = 'acc-workflows';
const alice = testPrincipal(ACCOUNT, { kind: 'user', id: 'u-alice', permissions: ACCOUNT_ADMINISTRATOR });
const stranger = testPrincipal('acc-workflows-other', { kind: 'user', id: 'u-other', permissions: ACCOUNT_ADMINISTRATOR });

const CREATE = `mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { clientMutationId workflow { id name description workflowType environmentId applicationId
  createdBy { id } workflowVariables { name type required allowedValues defaultValue fixed allowMultipleValues }
  phases { name steps { name type script delegateSelectors timeoutMs url method expectedStatus userGroupIds durationMs serviceId infrastructureDefinitionId } } } } }`;
const UPDATE = `mutation($input: UpdateWorkflowInput!) { updateWorkflow(input: $input) { workflow { id name description environmentId phases { name } } } }`;
const DELETE = `mutation($input: DeleteWorkflowInput!) { deleteWorkflow(input: $input) { clientMutationId } }`;
const LIST = `query($filters: [WorkflowFilter], $limit: Int!, $offset: Int) { workflows(filters: $filters, limit: $limit, offset: $offset) { pageInfo { total hasMore } nodes { name tags { name value } } } }`;

const shell = (name: string, script = 'echo ok') => ({ name, type: 'SHELL_SCRIPT', shellScript: { script } });

describe('workflows (real store)', () => {
  let subgraph: TestSubgraph;
  let redis: TestRedis;
  let seed: ReturnType<typeof catalogFixtures>;

  const call = async <T = Record<string, unknown>>(principal: typeof alice, query: string, variables?: Record<string, unknown>) => {
    const { body } = await subgraph.query<T>(principal, query, variables);
    return body;
  };
  const created = async (input: Record<string, unknown>, principal = alice): Promise<{ id: string; name: string }> => {
    const body = await call<{ createWorkflow: { workflow: { id: string; name: string } } }>(principal, CREATE, { input });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.createWorkflow.workflow;
  };
  const errorOf = async (query: string, variables: Record<string, unknown>, principal = alice) => (await call(principal, query, variables)).errors?.[0];

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(pipelinesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
    seed = catalogFixtures(subgraph);
    await seed.application(ACCOUNT, 'app-1', 'Shop');
    await seed.application(ACCOUNT, 'app-2', 'Search');
    await seed.service(ACCOUNT, 'app-1', 'svc-1');
    await seed.service(ACCOUNT, 'app-2', 'svc-2');
    await seed.environment(ACCOUNT, 'app-1', 'env-prod', 'PROD');
    await seed.environment(ACCOUNT, 'app-1', 'env-qa', 'NON_PROD');
    await seed.environment(ACCOUNT, 'app-2', 'env-other');
    await seed.infrastructure(ACCOUNT, 'app-1', 'env-prod', 'infra-prod');
    await seed.infrastructure(ACCOUNT, 'app-1', 'env-qa', 'infra-qa');
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  it('creates a workflow with every step kind and reads it back by id and by name', async () => {
    const input = {
      clientMutationId: 'c-1',
      applicationId: 'app-1',
      name: 'Rollout',
      description: 'to production',
      workflowType: 'CANARY',
      environmentId: 'env-prod',
      variables: [{ name: 'version', required: true }],
      phases: [
        { name: 'Check', steps: [shell('script', 'echo ${workflow.variables.version}'), { name: 'probe', type: 'HTTP', http: { url: 'https://example.test', expectedStatus: 204 } }] },
        {
          name: 'Ship',
          steps: [
            { name: 'approve', type: 'APPROVAL', approval: { userGroupIds: ['ug-1'] } },
            { name: 'pause', type: 'WAIT', wait: { durationMs: 1000 } },
            { name: 'deploy', type: 'DEPLOY', deploy: { serviceId: 'svc-1', infrastructureDefinitionId: 'infra-prod' } },
          ],
        },
      ],
    };
    const body = await call<{ createWorkflow: { clientMutationId: string; workflow: Record<string, unknown> } }>(alice, CREATE, { input });
    expect(body.errors).toBeUndefined();
    const workflow = body.data!.createWorkflow.workflow;
    expect(body.data!.createWorkflow.clientMutationId).toBe('c-1');
    expect(workflow).toMatchObject({
      name: 'Rollout',
      description: 'to production',
      workflowType: 'CANARY',
      environmentId: 'env-prod',
      applicationId: 'app-1',
      createdBy: { id: 'u-alice' },
      workflowVariables: [{ name: 'version', type: 'TEXT', required: true, allowedValues: [], defaultValue: null, fixed: false, allowMultipleValues: false }],
    });
    expect((workflow.phases as Array<{ steps: Array<Record<string, unknown>> }>).flatMap((phase) => phase.steps)).toEqual([
      expect.objectContaining({ name: 'script', type: 'SHELL_SCRIPT', script: 'echo ${workflow.variables.version}', timeoutMs: 600_000, url: null }),
      expect.objectContaining({ name: 'probe', type: 'HTTP', url: 'https://example.test', method: 'GET', expectedStatus: 204 }),
      expect.objectContaining({ name: 'approve', type: 'APPROVAL', userGroupIds: ['ug-1'], timeoutMs: 86_400_000 }),
      expect.objectContaining({ name: 'pause', type: 'WAIT', durationMs: 1000 }),
      expect.objectContaining({ name: 'deploy', type: 'DEPLOY', serviceId: 'svc-1', infrastructureDefinitionId: 'infra-prod' }),
    ]);

    const byId = await call(alice, 'query($id: String!) { workflow(workflowId: $id) { name createdAt } }', { id: workflow.id });
    expect(byId.data).toEqual({ workflow: { name: 'Rollout', createdAt: expect.any(Number) } });
    const byName = await call(alice, '{ workflowByName(workflowName: "Rollout", applicationId: "app-1") { id } }');
    expect(byName.data).toEqual({ workflowByName: { id: workflow.id } });
    expect((await call(stranger, 'query($id: String!) { workflow(workflowId: $id) { name } }', { id: workflow.id })).errors?.[0]).toMatchObject({
      message: 'Workflow does not exist',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('resolves Workflow entities through _entities, scoped to the caller\'s account', async () => {
    const { id } = await created({ applicationId: 'app-2', name: 'Referenced', workflowType: 'BUILD' });
    const query = 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Workflow { id name workflowType } } }';
    const reps = [{ __typename: 'Workflow', id }, { __typename: 'Workflow', id: 'missing' }];

    expect((await call(alice, query, { reps })).data).toEqual({ _entities: [{ id, name: 'Referenced', workflowType: 'BUILD' }, null] });
    expect((await call(stranger, query, { reps })).data).toEqual({ _entities: [null, null] });
  });

  it('refuses what the catalog does not know or what does not belong together, naming the field', async () => {
    const base = { applicationId: 'app-1', name: 'Bad', workflowType: 'BASIC' };
    const deploy = (serviceId: string, infrastructureDefinitionId?: string) => [{ name: 'p', steps: [{ name: 'd', type: 'DEPLOY', deploy: { serviceId, infrastructureDefinitionId } }] }];

    expect(await errorOf(CREATE, { input: { ...base, applicationId: 'app-unknown' } })).toMatchObject({ message: 'Application does not exist', extensions: { code: 'NOT_FOUND' } });
    expect(await errorOf(CREATE, { input: { ...base, environmentId: 'env-other' } })).toMatchObject({
      message: `environmentId "env-other" is not an environment of the workflow's application`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await errorOf(CREATE, { input: { ...base, phases: deploy('svc-1') } }))?.message).toBe("phases[0].steps[0].deploy: a DEPLOY step needs the workflow's environmentId");
    expect((await errorOf(CREATE, { input: { ...base, environmentId: 'env-prod', phases: deploy('svc-2') } }))?.message).toBe(
      `phases[0].steps[0].deploy.serviceId "svc-2" is not a service of the workflow's application`,
    );
    expect((await errorOf(CREATE, { input: { ...base, environmentId: 'env-prod', phases: deploy('svc-1', 'infra-qa') } }))?.message).toBe(
      `phases[0].steps[0].deploy.infrastructureDefinitionId "infra-qa" is not an infrastructure definition of the workflow's environment`,
    );
    expect(await call(alice, '{ workflows(limit: 10, filters: [{ workflow: { operator: LIKE, values: ["Bad"] } }]) { nodes { name } } }')).toEqual({
      data: { workflows: { nodes: [] } },
    });
  });

  it('keeps names unique per application (CONFLICT) but not across applications', async () => {
    await created({ applicationId: 'app-1', name: 'Twice', workflowType: 'BASIC' });
    expect(await errorOf(CREATE, { input: { applicationId: 'app-1', name: 'Twice', workflowType: 'BUILD' } })).toMatchObject({
      message: 'A workflow named "Twice" already exists in the application',
      extensions: { code: 'CONFLICT' },
    });
    await expect(created({ applicationId: 'app-2', name: 'Twice', workflowType: 'BASIC' })).resolves.toMatchObject({ name: 'Twice' });
  });

  it('updates only the fields present: absent keeps, null clears', async () => {
    const { id } = await created({ applicationId: 'app-1', name: 'Partial', description: 'keep me', workflowType: 'BASIC', environmentId: 'env-qa', phases: [{ name: 'p', steps: [shell('s')] }] });

    const renamed = await call(alice, UPDATE, { input: { workflowId: id, name: 'Partial v2' } });
    expect(renamed.data).toEqual({ updateWorkflow: { workflow: { id, name: 'Partial v2', description: 'keep me', environmentId: 'env-qa', phases: [{ name: 'p' }] } } });
    const cleared = await call(alice, UPDATE, { input: { workflowId: id, description: null, environmentId: null, phases: null } });
    expect(cleared.data).toEqual({ updateWorkflow: { workflow: { id, name: 'Partial v2', description: null, environmentId: null, phases: [] } } });
    expect((await errorOf(UPDATE, { input: { workflowId: id, name: '  ' } }))?.message).toBe('name must not be empty');
    expect((await errorOf(UPDATE, { input: { workflowId: id, phases: [{ name: 'p', steps: [shell('same'), shell('same')] }] } }))?.message).toBe(
      'Step names must be unique: "same" appears twice',
    );
  });

  it('lists with every filter, ANDed, with tags of the workflow or of its application', async () => {
    const account = 'acc-workflow-filters';
    const admin = testPrincipal(account, { kind: 'apiKey', id: 'k-1', permissions: ACCOUNT_ADMINISTRATOR });
    await seed.application(account, 'app-a');
    await seed.application(account, 'app-b');
    const a1 = await created({ applicationId: 'app-a', name: 'a-build', workflowType: 'BUILD' }, admin);
    const a2 = await created({ applicationId: 'app-a', name: 'a-canary', workflowType: 'CANARY' }, admin);
    await created({ applicationId: 'app-b', name: 'b-basic', workflowType: 'BASIC' }, admin);
    await seed.tag(account, 'WORKFLOW', a1.id, 'team', 'payments');
    await seed.tag(account, 'WORKFLOW', a2.id, 'team', 'search');
    await seed.tag(account, 'APPLICATION', 'app-b', 'tier', 'gold');

    const names = async (filters: unknown[]) => {
      const body = await call<{ workflows: { nodes: Array<{ name: string }> } }>(admin, LIST, { filters, limit: 10 });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!.workflows.nodes.map((node) => node.name).sort();
    };
    expect(await names([])).toEqual(['a-build', 'a-canary', 'b-basic']);
    expect(await names([{ application: { operator: 'EQUALS', values: ['app-a'] } }])).toEqual(['a-build', 'a-canary']);
    expect(await names([{ workflow: { operator: 'NOT_IN', values: [a1.id] } }])).toEqual(['a-canary', 'b-basic']);
    expect(await names([{ workflow: { operator: 'IN', values: [a1.id, a2.id] } }, { orchestrationWorkflowType: { operator: 'EQUALS', values: ['CANARY'] } }])).toEqual(['a-canary']);
    expect(await names([{ orchestrationWorkflowType: { values: ['BUILD', 'BASIC'] } }])).toEqual(['a-build', 'b-basic']);
    expect(await names([{ tag: { entityType: 'WORKFLOW', tags: [{ name: 'team' }] } }])).toEqual(['a-build', 'a-canary']);
    expect(await names([{ tag: { tags: [{ name: 'team', value: 'search' }] } }])).toEqual(['a-canary']);
    expect(await names([{ tag: { entityType: 'APPLICATION', tags: [{ name: 'tier', value: 'gold' }] } }])).toEqual(['b-basic']);

    const tagged = await call<{ workflows: { nodes: Array<{ name: string; tags: unknown[] }> } }>(admin, LIST, { filters: [{ workflow: { operator: 'EQUALS', values: [a1.id] } }], limit: 10 });
    expect(tagged.data!.workflows.nodes).toEqual([{ name: 'a-build', tags: [{ name: 'team', value: 'payments' }] }]);
    const paged = await call<{ workflows: { pageInfo: { total: number; hasMore: boolean } } }>(admin, LIST, { filters: [], limit: 2, offset: 0 });
    expect(paged.data!.workflows.pageInfo).toEqual({ total: 3, hasMore: true });
    expect((await errorOf(LIST, { filters: [{ application: { operator: 'EQUALS', values: [] } }], limit: 10 }, admin))?.message).toBe('Values cannot be empty');

    const stats = await call(admin, `{ total: workflowStats { ... on SinglePointData { dataPoint { value } } }
      perApp: workflowStats(groupBy: [{ entityAggregation: Application }]) { ... on AggregatedData { dataPoints { key { id type } value } } }
      perTag: workflowStats(groupBy: [{ tagAggregation: { entityType: WORKFLOW, tagName: "team" } }]) { ... on AggregatedData { dataPoints { key { name } value } } } }`);
    expect(stats.data).toEqual({
      total: { dataPoint: { value: 3 } },
      perApp: { dataPoints: [{ key: { id: 'app-a', type: 'APPLICATION' }, value: 2 }, { key: { id: 'app-b', type: 'APPLICATION' }, value: 1 }] },
      perTag: { dataPoints: [{ key: { name: 'payments' }, value: 1 }, { key: { name: 'search' }, value: 1 }] },
    });
  });

  it('answers Application.workflows for a list of applications in one batched read', async () => {
    const account = 'acc-workflow-apps';
    const admin = testPrincipal(account, { permissions: ACCOUNT_ADMINISTRATOR });
    await seed.application(account, 'app-x');
    await seed.application(account, 'app-y');
    await created({ applicationId: 'app-x', name: 'x1', workflowType: 'BASIC' }, admin);
    await created({ applicationId: 'app-y', name: 'y1', workflowType: 'BASIC' }, admin);
    const reps = ['app-x', 'app-y', 'app-z'].map((id) => ({ __typename: 'Application', id }));
    const reads = jest.spyOn(WorkflowRepository.prototype, 'ofApplications');
    const { body } = await subgraph.query(admin, 'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Application { id workflows(limit: 5) { pageInfo { total } nodes { name } } } } }', { reps });
    expect(body.data).toEqual({
      _entities: [
        { id: 'app-x', workflows: { pageInfo: { total: 1 }, nodes: [{ name: 'x1' }] } },
        { id: 'app-y', workflows: { pageInfo: { total: 1 }, nodes: [{ name: 'y1' }] } },
        { id: 'app-z', workflows: { pageInfo: { total: 0 }, nodes: [] } },
      ],
    });
    expect(reads.mock.calls.map(([, ids]) => ids)).toEqual([['app-x', 'app-y', 'app-z']]);
    reads.mockRestore();
  });

  it('checks WORKFLOW permissions by application and by environment type, for reads and writes', async () => {
    const prod = await created({ applicationId: 'app-1', name: 'prod-only', workflowType: 'BASIC', environmentId: 'env-prod' });
    const qa = await created({ applicationId: 'app-1', name: 'qa-only', workflowType: 'BASIC', environmentId: 'env-qa' });
    const nonProdWorkflows: PermissionSet = {
      accountPermissions: [],
      appPermissions: [
        {
          permissionType: 'WORKFLOW',
          applications: { filterType: 'ALL' },
          workflows: { filterTypes: ['NON_PRODUCTION_WORKFLOWS'] },
          actions: ['READ', 'CREATE', 'UPDATE', 'DELETE'],
        },
      ],
    };
    const qaPerson = testPrincipal(ACCOUNT, { permissions: nonProdWorkflows });
    const nobody = testPrincipal(ACCOUNT, { permissions: NO_PERMISSIONS });
    const byId = 'query($id: String!) { workflow(workflowId: $id) { name } }';

    expect((await call(qaPerson, byId, { id: qa.id })).data).toEqual({ workflow: { name: 'qa-only' } });
    expect((await errorOf(byId, { id: prod.id }, qaPerson))?.extensions?.code).toBe('FORBIDDEN');
    const listed = await call<{ workflows: { nodes: Array<{ name: string }> } }>(qaPerson, LIST, { filters: [{ workflow: { operator: 'IN', values: [prod.id, qa.id] } }], limit: 10 });
    expect(listed.data!.workflows.nodes.map((node) => node.name)).toEqual(['qa-only']);

    expect((await errorOf(CREATE, { input: { applicationId: 'app-1', name: 'sneaky', workflowType: 'BASIC', environmentId: 'env-prod' } }, qaPerson))?.extensions?.code).toBe('FORBIDDEN');
    await expect(created({ applicationId: 'app-1', name: 'allowed', workflowType: 'BASIC', environmentId: 'env-qa' }, qaPerson)).resolves.toMatchObject({ name: 'allowed' });
    expect((await errorOf(UPDATE, { input: { workflowId: qa.id, environmentId: 'env-prod' } }, qaPerson))?.extensions?.code).toBe('FORBIDDEN');
    expect((await errorOf(DELETE, { input: { workflowId: prod.id } }, qaPerson))?.extensions?.code).toBe('FORBIDDEN');
    expect((await errorOf(DELETE, { input: { workflowId: qa.id } }, nobody))?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(alice, byId, { id: prod.id })).data).toEqual({ workflow: { name: 'prod-only' } });
  });

  it('refuses deleting a workflow a pipeline stage runs, naming the pipeline, and deletes it once unused', async () => {
    const { id } = await created({ applicationId: 'app-1', name: 'Used', workflowType: 'BASIC' });
    const pipeline = await call<{ createPipeline: { pipeline: { id: string } } }>(
      alice,
      'mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id } } }',
      { input: { applicationId: 'app-1', name: 'Uses it', stages: [{ name: 'run', type: 'WORKFLOW', workflow: { workflowId: id } }] } },
    );
    const pipelineId = pipeline.data!.createPipeline.pipeline.id;

    expect(await errorOf(DELETE, { input: { workflowId: id } })).toMatchObject({
      message: `Workflow "Used" is used by pipeline "Uses it" (${pipelineId}); remove it from the pipeline first`,
      extensions: { code: 'CONFLICT' },
    });
    await call(alice, 'mutation($input: DeletePipelineInput!) { deletePipeline(input: $input) { clientMutationId } }', { input: { pipelineId } });
    expect(await call(alice, DELETE, { input: { workflowId: id, clientMutationId: 'bye' } })).toEqual({ data: { deleteWorkflow: { clientMutationId: 'bye' } } });
    expect((await errorOf('query($id: String!) { workflow(workflowId: $id) { name } }', { id }))?.extensions?.code).toBe('NOT_FOUND');
  });
});

import { WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { ACCOUNT_ADMINISTRATOR, NO_PERMISSIONS } from '@fg/permissions';
import { testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { pipelinesSubgraph } from '../subgraph';

const admin = testPrincipal('acc-exec', { kind: 'user', id: 'u-admin', permissions: ACCOUNT_ADMINISTRATOR, userGroupIds: ['approvers'] } as never);
const nobody = testPrincipal('acc-exec', { kind: 'apiKey', id: 'k-none', permissions: NO_PERMISSIONS });

const START = `mutation($input: StartExecutionInput!) {
  startExecution(input: $input) { clientMutationId warningMessage execution { id status ... on WorkflowExecution { inputVariables { name value } cause { ... on ExecutedByUser { user { id } } } } } }
}`;
const EXECUTIONS = `query($filters: [ExecutionFilter], $indirect: Boolean) {
  executions(filters: $filters, includeIndirectExecutions: $indirect, limit: 10) { pageInfo { total } nodes { id status } }
}`;

describe('executions through the subgraph (real store and Redis)', () => {
  let subgraph: TestSubgraph;
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(pipelinesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  it('starts a workflow execution, finds it by id and by filters, and hides it from a caller without rights', async () => {
    const workflow = await new WorkflowRepository(subgraph.connection).create('acc-exec', {
      applicationId: 'app-1',
      name: 'hello',
      description: null,
      workflowType: 'BUILD',
      environmentId: null,
      variables: [{ name: 'who', type: 'TEXT', required: true, allowedValues: [], defaultValue: null, fixed: false, allowMultipleValues: false }],
      phases: [{ name: 'p', steps: [{ type: 'WAIT', name: 'nap', durationMs: 60_000 }] }],
      createdBy: null,
    });
    const input = { clientMutationId: 'c1', applicationId: 'app-1', entityId: workflow.id, executionType: 'WORKFLOW', variableInputs: [{ name: 'who', variableValue: { type: 'NAME', value: 'world' } }] };
    const started = await subgraph.query(admin, START, { input });
    expect(started.body.errors).toBeUndefined();
    const execution = (started.body.data as { startExecution: { execution: { id: string } } }).startExecution.execution;
    expect(started.body.data).toMatchObject({ startExecution: { clientMutationId: 'c1', warningMessage: null } });
    expect(execution).toMatchObject({ status: 'QUEUED', inputVariables: [{ name: 'who', value: 'world' }], cause: { user: { id: 'u-admin' } } });

    const missing = await subgraph.query(admin, START, { input: { ...input, clientMutationId: 'c2', variableInputs: [] } });
    expect(missing.body.errors?.[0]).toMatchObject({ message: 'Variable "who" is required but no value was given', extensions: { code: 'BAD_USER_INPUT' } });

    const byFilter = await subgraph.query(admin, EXECUTIONS, { filters: [{ workflow: { operator: 'EQUALS', values: [workflow.id] } }, { status: { operator: 'IN', values: ['QUEUED', 'RUNNING'] } }] });
    expect(byFilter.body.data).toEqual({ executions: { pageInfo: { total: 1 }, nodes: [{ id: execution.id, status: 'QUEUED' }] } });
    const none = await subgraph.query(admin, EXECUTIONS, { filters: [{ status: { operator: 'EQUALS', values: ['SUCCESS'] } }, { workflow: { operator: 'EQUALS', values: [workflow.id] } }] });
    expect(none.body.data).toMatchObject({ executions: { nodes: [] } });

    const hidden = await subgraph.query(nobody, `query($id: String!) { execution(executionId: $id) { id } }`, { id: execution.id });
    expect(hidden.body.errors?.[0]).toMatchObject({ message: 'Execution does not exist or access is denied', extensions: { code: 'NOT_FOUND' } });
    const refused = await subgraph.query(nobody, START, { input: { ...input, clientMutationId: 'c3' } });
    expect(refused.body.errors?.[0]).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
    const listed = await subgraph.query(nobody, EXECUTIONS, {});
    expect(listed.body.data).toMatchObject({ executions: { nodes: [] } });
  });
});

import { WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import { ExecutionRepository, type WorkflowExecution } from '@fg/pipelines-workflows-executions/engine';
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

/** A workflow execution that ended in SUCCESS, as the engine stores it, written straight to the store. */
function endedWorkflowExecution(id: string, fields: Partial<WorkflowExecution> & Pick<WorkflowExecution, 'accountId' | 'applicationId'>): WorkflowExecution {
  return {
    id,
    executionType: 'WORKFLOW',
    workflowId: 'wf',
    version: 0,
    status: 'SUCCESS',
    name: 'deploy',
    cause: { type: 'USER', userId: 'u' },
    notes: null,
    failureDetails: null,
    inputVariables: [],
    abortRequested: false,
    createdAt: 1_000,
    startedAt: 1_000,
    endedAt: 2_000,
    environmentId: null,
    environmentType: null,
    pipelineExecutionId: null,
    serviceIds: [],
    artifacts: [],
    manifests: [],
    steps: [],
    quota: null,
    deployments: [],
    ...fields,
  };
}

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

  it('shows the chart versions an execution deployed and finds executions by helmChartVersion', async () => {
    const executions = new ExecutionRepository(subgraph.connection);
    const deployedChart = (id: string, version: string) =>
      executions.create(
        endedWorkflowExecution(id, {
          accountId: 'acc-exec',
          applicationId: 'app-charts',
          workflowId: 'wf-charts',
          createdAt: 1_000,
          startedAt: 1_000,
          endedAt: 2_000,
          environmentId: null,
          environmentType: null,
          serviceIds: ['svc-1'],
          manifests: [{ serviceId: 'svc-1', manifestId: `mv-${version}`, appManifestId: 'chart-api', version, recordedAt: 500 }],
        }),
      );
    await deployedChart('charts-1', '1.0.0');
    await deployedChart('charts-2', '2.0.0');
    const shown = await subgraph.query(admin, `query { execution(executionId: "charts-2") { ... on WorkflowExecution { manifests { id name version createdAt applicationManifestId } } } }`);
    expect(shown.body.data).toEqual({ execution: { manifests: [{ id: 'mv-2.0.0', name: '2.0.0', version: '2.0.0', createdAt: '500', applicationManifestId: 'chart-api' }] } });
    const byChart = await subgraph.query(admin, EXECUTIONS, { filters: [{ applicationId: 'app-charts' }, { helmChartVersion: { operator: 'EQUALS', values: ['1.0.0'] } }] });
    expect(byChart.body.data).toEqual({ executions: { pageInfo: { total: 1 }, nodes: [{ id: 'charts-1', status: 'SUCCESS' }] } });
  });

  it('answers deploymentStats over what executions shows: in total, per entity, per day, and per entity per day', async () => {
    const DAY = 86_400_000;
    const day1 = Date.UTC(2026, 0, 5);
    const executions = new ExecutionRepository(subgraph.connection);
    let n = 0;
    const seed = (fields: Partial<WorkflowExecution>) =>
      executions.create(
        endedWorkflowExecution(`stats-${(n += 1)}`, {
          accountId: 'acc-stats',
          applicationId: 'app-a',
          workflowId: 'wf-1',
          createdAt: day1,
          startedAt: day1,
          endedAt: day1 + 1_000,
          environmentId: 'env-1',
          environmentType: 'NON_PROD',
          serviceIds: ['svc-1'],
          ...fields,
        }),
      );
    await seed({});
    await seed({ createdAt: day1 + 3_600_000, startedAt: day1, endedAt: day1 + 3_000, status: 'FAILED' });
    await seed({ applicationId: 'app-b', createdAt: day1 + DAY, serviceIds: ['svc-1', 'svc-2'] });
    // A member of a pipeline: counted only with includeIndirectExecutions.
    await seed({ createdAt: day1 + DAY, pipelineExecutionId: 'p-1' });
    const statsAdmin = testPrincipal('acc-stats', { permissions: ACCOUNT_ADMINISTRATOR });
    const stats = async (args: string) => {
      const answer = await subgraph.query(statsAdmin, `{ deploymentStats${args} {
        __typename
        ... on SinglePointData { dataPoint { value } }
        ... on AggregatedData { dataPoints { key { id type } value } }
        ... on TimeSeriesData { dataPoints { time value } }
        ... on StackedTimeSeriesData { data { time values { key { id } value } } }
      } }`);
      expect(answer.body.errors).toBeUndefined();
      return (answer.body.data as { deploymentStats: Record<string, unknown> }).deploymentStats;
    };
    expect(await stats('')).toEqual({ __typename: 'SinglePointData', dataPoint: { value: 3 } });
    expect(await stats('(includeIndirectExecutions: true)')).toEqual({ __typename: 'SinglePointData', dataPoint: { value: 4 } });
    expect(await stats('(groupBy: [{ entityAggregation: Application }])')).toEqual({
      __typename: 'AggregatedData',
      dataPoints: [
        { key: { id: 'app-a', type: 'Application' }, value: 2 },
        { key: { id: 'app-b', type: 'Application' }, value: 1 },
      ],
    });
    expect(await stats('(groupBy: [{ entityAggregation: Service }], sortCriteria: [{ sortType: Count, sortOrder: ASCENDING }])')).toMatchObject({
      dataPoints: [{ key: { id: 'svc-2' }, value: 1 }, { key: { id: 'svc-1' }, value: 3 }],
    });
    expect(await stats('(filters: [{ status: { operator: EQUALS, values: ["FAILED"] } }], groupBy: [{ entityAggregation: Status }])')).toMatchObject({
      dataPoints: [{ key: { id: 'FAILED', type: 'Status' }, value: 1 }],
    });
    expect(await stats('(aggregateFunction: { duration: MAX }, groupBy: [{ entityAggregation: Application }])')).toMatchObject({
      dataPoints: [{ key: { id: 'app-a' }, value: 3_000 }, { key: { id: 'app-b' }, value: 1_000 }],
    });
    expect(await stats('(groupBy: [{ timeAggregation: { timeAggregationType: DAY, timeAggregationValue: 1 } }])')).toEqual({
      __typename: 'TimeSeriesData',
      dataPoints: [{ time: day1, value: 2 }, { time: day1 + DAY, value: 1 }],
    });
    expect(await stats('(groupBy: [{ entityAggregation: Application }, { timeAggregation: { timeAggregationType: DAY } }])')).toEqual({
      __typename: 'StackedTimeSeriesData',
      data: [
        { time: day1, values: [{ key: { id: 'app-a' }, value: 2 }] },
        { time: day1 + DAY, values: [{ key: { id: 'app-b' }, value: 1 }] },
      ],
    });
    const unsupported = await subgraph.query(statsAdmin, '{ deploymentStats(groupBy: [{ entityAggregation: CloudProvider }]) { __typename } }');
    expect(unsupported.body.errors?.[0]).toMatchObject({ message: 'groupBy: entityAggregation CloudProvider is not supported by deploymentStats', extensions: { code: 'BAD_USER_INPUT' } });
    const outsider = testPrincipal('acc-stats', { kind: 'apiKey', id: 'k-none', permissions: NO_PERMISSIONS });
    expect((await subgraph.query(outsider, '{ deploymentStats { ... on SinglePointData { dataPoint { value } } } }')).body.data).toEqual({ deploymentStats: { dataPoint: { value: 0 } } });
  });
});

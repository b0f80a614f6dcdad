import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { callGateway, DELEGATE_BROKER, eventually, gatewayData, startStack, type Stack } from './stack';

const workspaceRoot = join(__dirname, '../../..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FINAL = ['SUCCESS', 'FAILED', 'ERROR', 'ABORTED', 'REJECTED', 'EXPIRED'];

interface ExecutionView {
  id: string;
  status: string;
  failureDetails: string | null;
  startedAt: number | null;
  endedAt: number | null;
  stepLogs?: { stepName: string; status: string; output: string | null; exitCode: number | null; delegateTaskId: string | null }[];
  outcomes?: { nodes: { service: { id: string } }[] };
  artifacts?: { id: string; buildNo: string }[];
  memberExecutions?: { nodes: { id: string; status: string }[] };
  pipelineStageExecutions?: { pipelineStageName: string; status: string }[];
}

const EXECUTION = `query($id: String!) {
  execution(executionId: $id) {
    id status failureDetails startedAt endedAt
    ... on WorkflowExecution { artifacts { id buildNo } stepLogs { stepName status output exitCode delegateTaskId } outcomes { nodes { ... on DeploymentOutcome { service { id } } } } }
    ... on PipelineExecution { memberExecutions { nodes { id status } } pipelineStageExecutions { pipelineStageName ... on WorkflowStageExecution { status } ... on ApprovalStageExecution { status } } }
  }
}`;

describe('executions end to end (gateway, subgraphs, broker and a delegate as separate processes)', () => {
  let stack: Stack;
  const delegates: ChildProcess[] = [];
  const ids: Record<string, string> = {};
  let calls = 0;

  const graphql = <T>(query: string, variables?: Record<string, unknown>) => gatewayData<T>(stack, stack.demoApiKey, query, variables);


  const execution = async (id: string) => (await graphql<{ execution: ExecutionView }>(EXECUTION, { id })).execution;

  const waitFor = async (id: string, done: (view: ExecutionView) => boolean, tries = 300): Promise<ExecutionView> => {
    let view = await execution(id);
    for (let i = 0; i < tries && !done(view); i += 1) {
      await sleep(200);
      view = await execution(id);
    }
    return view;
  };

  const createWorkflow = async (name: string, phases: unknown[], variables: unknown[] = []) =>
    (
      await eventually(() =>
        graphql<{ createWorkflow: { workflow: { id: string } } }>('mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }', {
          input: { clientMutationId: `wf-${name}-${(calls += 1)}`, applicationId: ids.application, name, workflowType: 'BASIC', environmentId: ids.environment, variables, phases },
        }),
      )
    ).createWorkflow.workflow.id;

  const start = (input: Record<string, unknown>) =>
    graphql<{ startExecution: { execution: { id: string; status: string }; warningMessage: string | null } }>(
      'mutation($input: StartExecutionInput!) { startExecution(input: $input) { clientMutationId warningMessage execution { id status } } }',
      { input: { clientMutationId: `start-${(calls += 1)}`, applicationId: ids.application, ...input } },
    );

  const webBuild = [{ name: 'web', artifactValueInput: { valueType: 'BUILD_NUMBER', buildNumber: { artifactSourceName: 'nginx', buildNumber: '1.25' } } }];
  const script = (name: string, text: string) => ({ name, type: 'SHELL_SCRIPT', shellScript: { script: text, delegateSelectors: ['e2e-exec'], timeoutMs: 60_000 } });

  beforeAll(async () => {
    stack = await startStack({ DELEGATE_LEASE_CHECK_MS: '500' });
    const token = (await graphql<{ createDelegateToken: { token: string } }>('mutation { createDelegateToken(input: { name: "exec" }) { token } }')).createDelegateToken.token;
    delegates.push(
      spawn(process.execPath, [join(workspaceRoot, 'dist/apps/delegate/main.js')], {
        env: {
          PATH: process.env.PATH ?? '',
          DELEGATE_TOKEN: token,
          PLATFORM_URL: stack.gatewayOrigin,
          DELEGATE_NAME: 'exec-runner',
          DELEGATE_TAGS: 'e2e-exec',
          DELEGATE_POLL_INTERVAL_MS: '200',
          DELEGATE_HEARTBEAT_INTERVAL_MS: '1000',
          LOG_LEVEL: 'warn',
        },
        stdio: 'ignore',
      }),
    );
    ids.application = (await graphql<{ createApplication: { application: { id: string } } }>('mutation { createApplication(input: { name: "shop" }) { application { id } } }')).createApplication.application.id;
    ids.service = (
      await graphql<{ createService: { service: { id: string } } }>('mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }', {
        input: { applicationId: ids.application, name: 'web', deploymentType: 'KUBERNETES', artifactType: 'DOCKER' },
      })
    ).createService.service.id;
    ids.environment = (
      await graphql<{ createEnvironment: { environment: { id: string } } }>('mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id } } }', {
        input: { applicationId: ids.application, name: 'qa', environmentType: 'NON_PROD' },
      })
    ).createEnvironment.environment.id;
    const source = await graphql<{ createArtifactSource: { artifactSource: { id: string } } }>(
      'mutation($input: CreateArtifactSourceInput!) { createArtifactSource(input: $input) { artifactSource { id } } }',
      { input: { appId: ids.application, serviceId: ids.service, name: 'nginx', artifactSourceType: 'CUSTOM', custom: {} } },
    );
    ids.artifact = (
      await graphql<{ recordArtifactBuild: { artifact: { id: string } } }>('mutation($input: RecordArtifactBuildInput!) { recordArtifactBuild(input: $input) { artifact { id } } }', {
        input: { artifactSourceId: source.createArtifactSource.artifactSource.id, buildNo: '1.25' },
      })
    ).recordArtifactBuild.artifact.id;
    // Both reach the pipelines subgraph's projection through domain events.
    const pipelinesDb = await stack.database('pipelines-workflows-executions');
    await eventually(async () => {
      if (!(await pipelinesDb.collection('known_artifacts').findOne({ _id: ids.artifact as never }))) throw new Error('not projected yet');
    });
    ids.approvers = (await graphql<{ userGroupByName: { id: string } }>('{ userGroupByName(name: "Account Administrator") { id } }')).userGroupByName.id;
  }, 120_000);

  afterAll(async () => {
    for (const child of delegates) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await stack?.stop();
  });

  it('runs a workflow with a script and a deploy step on a delegate: inputs, start, SUCCESS with the step output, listed by filters', async () => {
    ids.deployWorkflow = await createWorkflow(
      'deploy-web',
      [{ name: 'release', steps: [script('hello', 'echo hello ${workflow.variables.who}'), { name: 'deploy', type: 'DEPLOY', deploy: { serviceId: ids.service } }] }],
      [{ name: 'who', required: true }],
    );
    const inputs = await graphql<{ executionInputs: { serviceInputs: { id: string; name: string }[] } }>(
      'query($id: String!, $app: String!) { executionInputs(entityId: $id, applicationId: $app, executionType: WORKFLOW) { serviceInputs { id name } } }',
      { id: ids.deployWorkflow, app: ids.application },
    );
    expect(inputs.executionInputs.serviceInputs).toEqual([{ id: ids.service, name: 'web' }]);

    const variableInputs = [{ name: 'who', variableValue: { type: 'NAME', value: 'world' } }];
    const started = await eventually(() => start({ entityId: ids.deployWorkflow, executionType: 'WORKFLOW', variableInputs, serviceInputs: webBuild }));
    expect(started.startExecution.warningMessage).toBeNull();
    const id = started.startExecution.execution.id;
    const done = await waitFor(id, (view) => FINAL.includes(view.status));
    expect(done).toMatchObject({
      status: 'SUCCESS',
      failureDetails: null,
      outcomes: { nodes: [{ service: { id: ids.service } }] },
      // The collected build the service input named, resolved by connectors-cloudproviders-artifacts.
      artifacts: [{ id: ids.artifact, buildNo: '1.25' }],
    });
    expect(done.stepLogs).toMatchObject([
      { stepName: 'hello', status: 'SUCCESS', exitCode: 0, output: 'hello world\n' },
      { stepName: 'deploy', status: 'SUCCESS' },
    ]);

    const listed = async (filter: Record<string, unknown>) =>
      (await graphql<{ executions: { nodes: { id: string }[] } }>('query($f: [ExecutionFilter]) { executions(filters: $f, limit: 100) { nodes { id } } }', { f: [filter] })).executions.nodes.map((n) => n.id);
    expect(await listed({ workflow: { operator: 'EQUALS', values: [ids.deployWorkflow] } })).toEqual([id]);
    expect(await listed({ status: { operator: 'IN', values: ['SUCCESS'] }, service: { operator: 'EQUALS', values: [ids.service] } })).toContain(id);
    expect(await listed({ environment: { operator: 'EQUALS', values: [ids.environment] }, environmentType: { values: ['NON_PROD'] } })).toContain(id);
    expect(await listed({ applicationId: ids.application, artifactBuildNo: { operator: 'EQUALS', values: ['1.25'] } })).toContain(id);
    expect(await listed({ startTime: { operator: 'AFTER', value: done.startedAt }, endTime: { operator: 'BEFORE', value: done.endedAt } })).toContain(id);
    expect(await listed({ duration: { operator: 'GREATER_THAN_OR_EQUALS', values: [0] }, execution: { operator: 'IN', values: [id] } })).toEqual([id]);
    expect(await listed({ status: { operator: 'EQUALS', values: ['FAILED'] }, workflow: { operator: 'EQUALS', values: [ids.deployWorkflow] } })).toEqual([]);
    await graphql('mutation($input: AttachTagInput!) { attachTag(input: $input) { clientMutationId } }', {
      input: { entityType: 'APPLICATION', entityId: ids.application, name: 'team', value: 'web' },
    });
    const byTag = (value: string) => listed({ tag: { entityType: 'APPLICATION', tags: [{ name: 'team', value }] } });
    // The tag reaches this subgraph's projection through a domain event.
    expect(await eventually(async () => {
      const found = await byTag('web');
      if (!found.includes(id)) throw new Error('not tagged yet');
      return found;
    })).toContain(id);
    expect(await byTag('other')).toEqual([]);
  });

  it('exports what executions shows: READY with a file whose rows match executions with the same filters', async () => {
    const filters = [{ workflow: { operator: 'EQUALS', values: [ids.deployWorkflow] } }];
    const requested = await graphql<{ exportExecutions: { requestId: string; status: string } }>(
      'mutation($input: ExportExecutionsInput!) { exportExecutions(input: $input) { requestId status } }',
      { input: { filters } },
    );
    expect(requested.exportExecutions.status).toBe('QUEUED');
    let view = { status: 'QUEUED', downloadLink: null as string | null, totalExecutions: null as number | null };
    for (let i = 0; i < 150 && view.status === 'QUEUED'; i += 1) {
      await sleep(200);
      view = (
        await graphql<{ executionExport: typeof view }>('query($id: String!) { executionExport(requestId: $id) { status downloadLink totalExecutions } }', {
          id: requested.exportExecutions.requestId,
        })
      ).executionExport;
    }
    expect(view).toMatchObject({ status: 'READY', totalExecutions: 1 });
    // The link names the public base URL; the stack's gateway listens elsewhere.
    const link = new URL(view.downloadLink as string);
    const file = (await (await fetch(`${stack.gatewayOrigin}${link.pathname}${link.search}`, { headers: { 'x-api-key': stack.demoApiKey } })).json()) as {
      executions: { id: string; status: string }[];
    };
    const listed = await graphql<{ executions: { nodes: { id: string; status: string }[] } }>('query($f: [ExecutionFilter]) { executions(filters: $f, limit: 100) { nodes { id status } } }', {
      f: filters,
    });
    expect(file.executions.map(({ id, status }) => ({ id, status }))).toEqual(listed.executions.nodes);
  });

  it('names the missing input, and fails a workflow whose script fails with failureDetails', async () => {
    const refused = await callGateway(stack, stack.demoApiKey, {
      query: 'mutation($input: StartExecutionInput!) { startExecution(input: $input) { execution { id } } }',
      variables: { input: { applicationId: ids.application, entityId: ids.deployWorkflow, executionType: 'WORKFLOW', serviceInputs: webBuild } },
    });
    expect(refused.body.errors?.[0]).toMatchObject({ message: 'Variable "who" is required but no value was given', extensions: { code: 'BAD_USER_INPUT' } });

    const failing = await createWorkflow('fails', [{ name: 'p', steps: [script('boom', 'echo before; exit 3'), script('never', 'echo never')] }]);
    const id = (await start({ entityId: failing, executionType: 'WORKFLOW' })).startExecution.execution.id;
    const done = await waitFor(id, (view) => FINAL.includes(view.status));
    expect(done).toMatchObject({ status: 'FAILED', failureDetails: 'Step boom: exited with code 3' });
    expect(done.stepLogs).toMatchObject([
      { stepName: 'boom', status: 'FAILED', exitCode: 3, output: 'before\n' },
      { stepName: 'never', status: 'SKIPPED', delegateTaskId: null },
    ]);
  });

  it('runs a pipeline of two workflow stages and an approval stage: approve → SUCCESS, reject → REJECTED', async () => {
    ids.quickWorkflow = await createWorkflow('quick', [{ name: 'p', steps: [script('hi', 'echo hi')] }]);
    const pipeline = (
      await graphql<{ createPipeline: { pipeline: { id: string } } }>('mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id } } }', {
        input: {
          applicationId: ids.application,
          name: 'release-train',
          stages: [
            { name: 'first', type: 'WORKFLOW', workflow: { workflowId: ids.quickWorkflow } },
            { name: 'second', type: 'WORKFLOW', parallelWithPrevious: true, workflow: { workflowId: ids.quickWorkflow } },
            { name: 'sign-off', type: 'APPROVAL', approval: { userGroupIds: [ids.approvers], timeoutMs: 600_000 } },
          ],
        },
      })
    ).createPipeline.pipeline.id;

    const decide = async (id: string, action: 'APPROVE' | 'REJECT') => {
      await waitFor(id, (view) => view.status === 'WAITING');
      const approvals = await graphql<{ approvalDetails: { approvalDetails: { approvalId: string; stageName: string; approvers: string[] }[] } }>(
        'query($app: String!, $id: String!) { approvalDetails(applicationId: $app, executionId: $id) { approvalDetails { approvalId stageName ... on UserGroupApprovalDetails { approvers } } } }',
        { app: ids.application, id },
      );
      const [approval] = approvals.approvalDetails.approvalDetails;
      expect(approval).toMatchObject({ stageName: 'sign-off', approvers: [ids.approvers] });
      const decided = await graphql<{ approveOrRejectApprovals: { success: boolean } }>(
        'mutation($input: ApproveOrRejectApprovalsInput!) { approveOrRejectApprovals(input: $input) { success } }',
        { input: { applicationId: ids.application, executionId: id, approvalId: approval?.approvalId, action, comments: 'looked at it' } },
      );
      expect(decided.approveOrRejectApprovals.success).toBe(true);
      return waitFor(id, (view) => FINAL.includes(view.status));
    };
    const run = async (action: 'APPROVE' | 'REJECT') => decide((await start({ entityId: pipeline, executionType: 'PIPELINE' })).startExecution.execution.id, action);

    const approved = await run('APPROVE');
    expect(approved.status).toBe('SUCCESS');
    expect(approved.pipelineStageExecutions).toEqual([
      { pipelineStageName: 'first', status: 'SUCCESS' },
      { pipelineStageName: 'second', status: 'SUCCESS' },
      { pipelineStageName: 'sign-off', status: 'SUCCESS' },
    ]);
    expect(approved.memberExecutions?.nodes.map((member) => member.status)).toEqual(['SUCCESS', 'SUCCESS']);
    const indirect = await graphql<{ executions: { nodes: { id: string }[] } }>(
      'query($f: [ExecutionFilter]) { executions(filters: $f, includeIndirectExecutions: true, limit: 10) { nodes { id } } }',
      { f: [{ pipelineExecutionId: { operator: 'EQUALS', values: [approved.id] } }] },
    );
    expect(indirect.executions.nodes.map((node) => node.id).sort()).toEqual(approved.memberExecutions?.nodes.map((member) => member.id).sort());

    const rejected = await run('REJECT');
    expect(rejected).toMatchObject({ status: 'REJECTED', failureDetails: 'Stage sign-off: Rejected: looked at it' });

    // Resumed at the approval: the workflow stages keep their results, the approval asks again.
    const resumed = await graphql<{ resumeExecution: { execution: { id: string; status: string } } }>(
      'mutation($input: ResumeExecutionInput) { resumeExecution(input: $input) { execution { id status } } }',
      { input: { applicationId: ids.application, pipelineExecutionId: rejected.id, pipelineStageName: 'sign-off' } },
    );
    const again = await decide(resumed.resumeExecution.execution.id, 'APPROVE');
    expect(again).toMatchObject({ status: 'SUCCESS', memberExecutions: { nodes: [] } });
    expect(again.pipelineStageExecutions).toEqual([
      { pipelineStageName: 'first', status: 'SUCCESS' },
      { pipelineStageName: 'second', status: 'SUCCESS' },
      { pipelineStageName: 'sign-off', status: 'SUCCESS' },
    ]);
  });

  it('finishes an execution once after the broker is killed (SIGKILL) mid-run and started again', async () => {
    const napping = await createWorkflow('nap-then-run', [{ name: 'p', steps: [{ name: 'nap', type: 'WAIT', wait: { durationMs: 3_000 } }, script('after', 'echo after the nap')] }]);
    const tasksBefore = (await graphql<{ delegateTasks: { pageInfo: { total: number } } }>('{ delegateTasks(limit: 1) { pageInfo { total } } }')).delegateTasks.pageInfo.total;
    const id = (await start({ entityId: napping, executionType: 'WORKFLOW' })).startExecution.execution.id;
    await waitFor(id, (view) => view.stepLogs?.[0]?.status === 'RUNNING');
    await stack.killSubgraph(DELEGATE_BROKER);
    await sleep(3_500);
    await stack.restartSubgraph(DELEGATE_BROKER);
    const done = await waitFor(id, (view) => FINAL.includes(view.status));
    expect(done).toMatchObject({ status: 'SUCCESS' });
    expect(done.stepLogs).toMatchObject([
      { stepName: 'nap', status: 'SUCCESS' },
      { stepName: 'after', status: 'SUCCESS', output: 'after the nap\n' },
    ]);
    // Exactly one task ran the step: the resumed execution did not queue it twice.
    const tasksAfter = (await graphql<{ delegateTasks: { pageInfo: { total: number } } }>('{ delegateTasks(limit: 1) { pageInfo { total } } }')).delegateTasks.pageInfo.total;
    expect(tasksAfter - tasksBefore).toBe(1);
  });
});

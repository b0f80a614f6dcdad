import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { callGateway, eventually, gatewayData, startStack, type Stack } from './stack';

/** The name of the stack's demo API key (identity-users-groups' demo account). */
const DEMO_KEY_NAME = 'demo';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const workspaceRoot = join(__dirname, '../../..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FINAL = ['SUCCESS', 'FAILED', 'ERROR', 'ABORTED', 'REJECTED', 'EXPIRED'];

const FIRINGS = `query($id: String!) {
  triggerFirings(triggerId: $id, limit: 10) { pageInfo { total } nodes { status executionId reason artifacts { artifactId buildNo } } }
}`;
const PIPELINE_EXECUTION = `query($id: String!) {
  execution(executionId: $id) {
    id status
    ... on PipelineExecution {
      pipeline { id }
      cause { __typename ... on ExecutedByTrigger { trigger { id name } } ... on ExecutedByAPIKey { apiKey { id name } } }
      memberExecutions { nodes { id status ... on WorkflowExecution { artifacts { id buildNo } } } }
    }
  }
}`;

describe('pipelines end to end: completion triggers and runtime inputs (gateway, subgraphs, broker and a delegate as processes)', () => {
  let stack: Stack;
  const ids: Record<string, string> = {};
  let delegate: ChildProcess | undefined;
  let calls = 0;

  const graphql = (query: string, variables?: Record<string, unknown>) => gatewayData<Data>(stack, stack.demoApiKey, query, variables);
  const waitFor = async (id: string): Promise<Data> => {
    let view = (await graphql(PIPELINE_EXECUTION, { id })).execution;
    for (let i = 0; i < 300 && !FINAL.includes(view.status); i += 1) {
      await sleep(200);
      view = (await graphql(PIPELINE_EXECUTION, { id })).execution;
    }
    return view;
  };

  beforeAll(async () => {
    stack = await startStack();
    const token = (await graphql('mutation { createDelegateToken(input: { name: "completion" }) { token } }')).createDelegateToken.token;
    delegate = spawn(process.execPath, [join(workspaceRoot, 'dist/apps/delegate/main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        DELEGATE_TOKEN: token,
        PLATFORM_URL: stack.gatewayOrigin,
        DELEGATE_NAME: 'completion-runner',
        DELEGATE_TAGS: 'e2e-completion',
        DELEGATE_POLL_INTERVAL_MS: '200',
        DELEGATE_HEARTBEAT_INTERVAL_MS: '1000',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
  }, 120_000);
  afterAll(async () => {
    if (delegate && delegate.exitCode === null && delegate.signalCode === null) delegate.kill('SIGKILL');
    await stack?.stop();
  });

  it('starts pipeline B as the trigger when pipeline A succeeds, with the build A deployed (LAST_DEPLOYED_PIPELINE)', async () => {
    const appId = (await graphql('mutation { createApplication(input: { name: "release-chain" }) { application { id } } }')).createApplication.application.id;
    const serviceId = (
      await graphql('mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } } }', {
        input: { applicationId: appId, name: 'web', deploymentType: 'KUBERNETES', artifactType: 'DOCKER' },
      })
    ).createService.service.id;
    const environmentId = (
      await graphql('mutation($input: CreateEnvironmentInput!) { createEnvironment(input: $input) { environment { id } } }', {
        input: { applicationId: appId, name: 'qa', environmentType: 'NON_PROD' },
      })
    ).createEnvironment.environment.id;
    const source = await graphql('mutation($input: CreateArtifactSourceInput!) { createArtifactSource(input: $input) { artifactSource { id } } }', {
      input: { appId, serviceId, name: 'nginx', artifactSourceType: 'CUSTOM', custom: {} },
    });
    const artifactId = (
      await graphql('mutation($input: RecordArtifactBuildInput!) { recordArtifactBuild(input: $input) { artifact { id } } }', {
        input: { artifactSourceId: source.createArtifactSource.artifactSource.id, buildNo: '2.0.1' },
      })
    ).recordArtifactBuild.artifact.id;
    Object.assign(ids, { appId, serviceId, environmentId, artifactId });
    const pipelinesDb = await stack.database('pipelines-workflows-executions');
    await eventually(async () => {
      if (!(await pipelinesDb.collection('known_artifacts').findOne({ _id: artifactId as never }))) throw new Error('not projected yet');
    });

    const workflowId = (
      await eventually(() =>
        graphql('mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }', {
          input: {
            clientMutationId: `wf-${(calls += 1)}`,
            applicationId: appId,
            name: 'deploy-web',
            workflowType: 'BASIC',
            environmentId,
            phases: [
              {
                name: 'release',
                steps: [
                  { name: 'smoke', type: 'SHELL_SCRIPT', shellScript: { script: 'echo smoke', delegateSelectors: ['e2e-completion'], timeoutMs: 60_000 } },
                  { name: 'deploy', type: 'DEPLOY', deploy: { serviceId } },
                ],
              },
            ],
          },
        }),
      )
    ).createWorkflow.workflow.id;
    const pipeline = async (name: string) =>
      (
        await graphql('mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id } } }', {
          input: { applicationId: appId, name, stages: [{ name: 'deploy', type: 'WORKFLOW', workflow: { workflowId } }] },
        })
      ).createPipeline.pipeline.id as string;
    ids.workflowId = workflowId;
    const pipelineA = await pipeline('to-qa');
    const pipelineB = await pipeline('to-staging');
    const trigger = (
      await graphql('mutation($input: CreateTriggerInput!) { createTrigger(input: $input) { trigger { id name } } }', {
        input: {
          clientMutationId: `tr-${(calls += 1)}`,
          name: 'after-qa',
          applicationId: appId,
          condition: { conditionType: 'ON_PIPELINE_COMPLETION', pipelineConditionInput: { pipelineId: pipelineA } },
          action: { executionType: 'PIPELINE', entityId: pipelineB, artifactSelections: [{ serviceId, artifactSelectionType: 'LAST_DEPLOYED_PIPELINE', pipelineId: pipelineA }] },
        },
      })
    ).createTrigger.trigger;

    const started = await graphql('mutation($input: StartExecutionInput!) { startExecution(input: $input) { execution { id } } }', {
      input: {
        clientMutationId: `start-${(calls += 1)}`,
        applicationId: appId,
        entityId: pipelineA,
        executionType: 'PIPELINE',
        serviceInputs: [{ name: 'web', artifactValueInput: { valueType: 'ARTIFACT_ID', artifactId: { artifactId } } }],
      },
    });
    const first = await waitFor(started.startExecution.execution.id);
    // Started with the stack's API key: the cause names it, resolved by identity-users-groups.
    expect(first).toMatchObject({ status: 'SUCCESS', pipeline: { id: pipelineA }, cause: { __typename: 'ExecutedByAPIKey', apiKey: { id: expect.any(String), name: DEMO_KEY_NAME } } });

    let firings = (await graphql(FIRINGS, { id: trigger.id })).triggerFirings;
    for (let i = 0; i < 150 && (firings.pageInfo.total < 1 || firings.nodes.some((f: Data) => f.status === 'FIRING')); i += 1) {
      await sleep(200);
      firings = (await graphql(FIRINGS, { id: trigger.id })).triggerFirings;
    }
    expect(firings.pageInfo.total).toBe(1);
    expect(firings.nodes[0]).toMatchObject({ status: 'STARTED', reason: null, artifacts: [{ artifactId, buildNo: '2.0.1' }] });
    const second = await waitFor(firings.nodes[0].executionId);
    expect(second).toMatchObject({
      status: 'SUCCESS',
      pipeline: { id: pipelineB },
      cause: { __typename: 'ExecutedByTrigger', trigger: { id: trigger.id, name: 'after-qa' } },
      memberExecutions: { nodes: [{ status: 'SUCCESS', artifacts: [{ id: artifactId, buildNo: '2.0.1' }] }] },
    });
    // B's own success fires nothing more: only A's completion is watched.
    expect((await graphql(FIRINGS, { id: trigger.id })).triggerFirings.pageInfo.total).toBe(1);
  });

  it('pauses at a stage with runtime inputs, names what it needs, refuses a bad input and runs with the given ones', async () => {
    const { appId, environmentId, artifactId } = ids;
    const workflowId = (
      await graphql('mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }', {
        input: {
          applicationId: appId,
          name: 'deploy-to-region',
          workflowType: 'BASIC',
          environmentId,
          variables: [{ name: 'region', required: true, allowedValues: ['eu', 'us'] }],
          phases: [
            {
              name: 'release',
              steps: [
                { name: 'where', type: 'SHELL_SCRIPT', shellScript: { script: 'echo to ${workflow.variables.region}', delegateSelectors: ['e2e-completion'], timeoutMs: 60_000 } },
                { name: 'deploy', type: 'DEPLOY', deploy: { serviceId: ids.serviceId } },
              ],
            },
          ],
        },
      })
    ).createWorkflow.workflow.id;
    const pipelineId = (
      await graphql('mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id stages { id runtimeInputVariables runtimeInputTimeoutMs } } } }', {
        input: { applicationId: appId, name: 'regional', stages: [{ name: 'regional', type: 'WORKFLOW', workflow: { workflowId, runtimeInputVariables: ['region'], runtimeInputTimeoutMs: 600_000 } }] },
      })
    ).createPipeline.pipeline;
    expect(pipelineId.stages).toEqual([{ id: expect.any(String), runtimeInputVariables: ['region'], runtimeInputTimeoutMs: 600_000 }]);
    const stageId: string = pipelineId.stages[0].id;

    // No service input at start: the stage's service gets its artifact when the stage is reached.
    const started = await graphql('mutation($input: StartExecutionInput!) { startExecution(input: $input) { execution { id } } }', {
      input: { applicationId: appId, entityId: pipelineId.id, executionType: 'PIPELINE' },
    });
    const id: string = started.startExecution.execution.id;
    let view = (await graphql(PIPELINE_EXECUTION, { id })).execution;
    for (let i = 0; i < 150 && view.status !== 'PAUSED'; i += 1) {
      await sleep(200);
      view = (await graphql(PIPELINE_EXECUTION, { id })).execution;
    }
    expect(view.status).toBe('PAUSED');
    const needed = await graphql(
      'query($app: String!, $id: String!, $stage: String!) { runtimeExecutionInputsToResumePipeline(applicationId: $app, pipelineExecutionId: $id, pipelineStageElementId: $stage) { serviceInputs { id name } } }',
      { app: appId, id, stage: stageId },
    );
    expect(needed.runtimeExecutionInputsToResumePipeline.serviceInputs).toEqual([{ id: ids.serviceId, name: 'web' }]);

    const RESUME = 'mutation($input: RuntimeExecutionInputsToResumePipeline!) { pipelineResumeRuntime(input: $input) { clientMutationId status } }';
    const serviceInputs = [{ name: 'web', artifactValueInput: { valueType: 'ARTIFACT_ID', artifactId: { artifactId } } }];
    const refused = await callGateway(stack, stack.demoApiKey, {
      query: RESUME,
      variables: { input: { applicationId: appId, pipelineExecutionId: id, pipelineStageElementId: stageId, serviceInputs, variableInputs: [{ name: 'region', variableValue: { type: 'NAME', value: 'apac' } }] } },
    });
    expect(refused.body.errors?.[0]).toMatchObject({ message: 'Value "apac" is not allowed for variable "region"; allowed values: eu, us', extensions: { code: 'BAD_USER_INPUT' } });
    const resumed = await graphql(RESUME, {
      input: {
        clientMutationId: `resume-${(calls += 1)}`,
        applicationId: appId,
        pipelineExecutionId: id,
        pipelineStageElementId: stageId,
        serviceInputs,
        variableInputs: [{ name: 'region', variableValue: { type: 'NAME', value: 'eu' } }],
      },
    });
    expect(resumed.pipelineResumeRuntime).toEqual({ clientMutationId: `resume-${calls}`, status: true });
    const done = await waitFor(id);
    expect(done).toMatchObject({ status: 'SUCCESS', memberExecutions: { nodes: [{ status: 'SUCCESS', artifacts: [{ id: artifactId, buildNo: '2.0.1' }] }] } });
    const member = await graphql('query($id: String!) { execution(executionId: $id) { ... on WorkflowExecution { inputVariables { name value } stepLogs { stepName output } } } }', {
      id: done.memberExecutions.nodes[0].id,
    });
    expect(member.execution).toEqual({ inputVariables: [{ name: 'region', value: 'eu' }], stepLogs: [{ stepName: 'where', output: 'to eu\n' }, { stepName: 'deploy', output: null }] });
  });

  it('deploys chart versions: a VERSION_NUMBER input, PIPELINE_SOURCE after a pipeline, LAST_DEPLOYED from the workflow', async () => {
    const { appId, serviceId, artifactId, workflowId } = ids;
    const recordVersion = async (version: string) =>
      (
        await graphql('mutation($input: RecordManifestVersionInput!) { recordManifestVersion(input: $input) { manifest { id version } } }', {
          input: { applicationId: appId, serviceId, appManifestId: 'chart-web', appManifestName: 'web chart', version },
        })
      ).recordManifestVersion.manifest.id as string;
    const v1 = await recordVersion('1.0.0');
    const v2 = await recordVersion('1.1.0');
    const inputs = await graphql('query($app: String!, $wf: String!) { executionInputs(applicationId: $app, entityId: $wf, executionType: WORKFLOW) { serviceInputs { id } serviceManifestInputs { id name } } }', {
      app: appId,
      wf: workflowId,
    });
    expect(inputs.executionInputs).toEqual({ serviceInputs: [{ id: serviceId }], serviceManifestInputs: [{ id: serviceId, name: 'web' }] });

    const WORKFLOW_EXECUTION = 'query($id: String!) { execution(executionId: $id) { id status ... on WorkflowExecution { workflow { id } manifests { id version applicationManifestId } } } }';
    const finished = async (id: string): Promise<Data> => {
      let view = (await graphql(WORKFLOW_EXECUTION, { id })).execution;
      for (let i = 0; i < 300 && !FINAL.includes(view.status); i += 1) {
        await sleep(200);
        view = (await graphql(WORKFLOW_EXECUTION, { id })).execution;
      }
      return view;
    };
    const web = (manifestValueInput: Data) => [{ name: 'web', artifactValueInput: { valueType: 'ARTIFACT_ID', artifactId: { artifactId } }, manifestValueInput }];
    const START = 'mutation($input: StartExecutionInput!) { startExecution(input: $input) { execution { id } } }';
    const refused = await callGateway(stack, stack.demoApiKey, {
      query: START,
      variables: { input: { applicationId: appId, entityId: workflowId, executionType: 'WORKFLOW', serviceInputs: web({ valueType: 'VERSION_NUMBER', versionNumber: { appManifestName: 'web chart', versionNumber: '9.9.9' } }) } },
    });
    expect(refused.body.errors?.[0]).toMatchObject({ message: 'Service "web": version 9.9.9 of manifest "web chart" has not been recorded', extensions: { code: 'BAD_USER_INPUT' } });
    const direct = await graphql(START, {
      input: {
        clientMutationId: `chart-${(calls += 1)}`,
        applicationId: appId,
        entityId: workflowId,
        executionType: 'WORKFLOW',
        serviceInputs: web({ valueType: 'VERSION_NUMBER', versionNumber: { appManifestName: 'web chart', versionNumber: '1.0.0' } }),
      },
    });
    const deployedV1 = await finished(direct.startExecution.execution.id);
    expect(deployedV1).toMatchObject({ status: 'SUCCESS', manifests: [{ id: v1, version: '1.0.0', applicationManifestId: 'chart-web' }] });
    const byChart = await graphql('query($app: String!) { executions(filters: [{ applicationId: $app }, { helmChartVersion: { operator: EQUALS, values: ["1.0.0"] } }], limit: 10) { nodes { id } } }', { app: appId });
    expect(byChart.executions.nodes).toEqual([{ id: deployedV1.id }]);

    // PIPELINE_SOURCE: a pipeline deploying 1.1.0 succeeds; its completion trigger deploys the same chart version further.
    const pipeline = async (name: string, stageWorkflowId: string) =>
      (
        await graphql('mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id } } }', {
          input: { applicationId: appId, name, stages: [{ name: 'deploy', type: 'WORKFLOW', workflow: { workflowId: stageWorkflowId } }] },
        })
      ).createPipeline.pipeline.id as string;
    const chartsToQa = await pipeline('charts-to-qa', workflowId);
    const chartsToProd = await pipeline('charts-to-prod', workflowId);
    const createTrigger = async (input: Data) =>
      (await graphql('mutation($input: CreateTriggerInput!) { createTrigger(input: $input) { trigger { id } } }', { input: { clientMutationId: `tr-${(calls += 1)}`, applicationId: appId, ...input } }))
        .createTrigger.trigger.id as string;
    const promote = await createTrigger({
      name: 'promote-chart',
      condition: { conditionType: 'ON_PIPELINE_COMPLETION', pipelineConditionInput: { pipelineId: chartsToQa } },
      action: {
        executionType: 'PIPELINE',
        entityId: chartsToProd,
        artifactSelections: [{ serviceId, artifactSelectionType: 'FROM_TRIGGERING_PIPELINE' }],
        manifestSelections: [{ serviceId, manifestSelectionType: 'PIPELINE_SOURCE' }],
      },
    });
    const started = await graphql(START, {
      input: { clientMutationId: `chart-${(calls += 1)}`, applicationId: appId, entityId: chartsToQa, executionType: 'PIPELINE', serviceInputs: web({ valueType: 'HELM_CHART_ID', helmChartId: v2 }) },
    });
    expect(await waitFor(started.startExecution.execution.id)).toMatchObject({ status: 'SUCCESS' });
    const startedBy = async (triggerId: string): Promise<string> => {
      let firings = (await graphql(FIRINGS, { id: triggerId })).triggerFirings;
      for (let i = 0; i < 150 && (firings.pageInfo.total < 1 || firings.nodes.some((f: Data) => f.status === 'FIRING')); i += 1) {
        await sleep(200);
        firings = (await graphql(FIRINGS, { id: triggerId })).triggerFirings;
      }
      expect(firings.nodes[0]).toMatchObject({ status: 'STARTED', reason: null });
      return firings.nodes[0].executionId;
    };
    const promoted = await waitFor(await startedBy(promote));
    expect(promoted).toMatchObject({ status: 'SUCCESS', pipeline: { id: chartsToProd }, memberExecutions: { nodes: [{ status: 'SUCCESS' }] } });
    expect((await finished(promoted.memberExecutions.nodes[0].id)).manifests).toEqual([{ id: v2, version: '1.1.0', applicationManifestId: 'chart-web' }]);

    // LAST_DEPLOYED: once the workflow's last success (1.1.0, not the earlier 1.0.0) is known, a trigger deploys it again.
    const pipelinesDb = await stack.database('pipelines-workflows-executions');
    await eventually(async () => {
      const row = await pipelinesDb.collection('trigger_deployed_manifests').findOne({ _id: `${workflowId}:${serviceId}` as never });
      if (row?.version !== '1.1.0') throw new Error('the last deployment is not recorded yet');
    });
    const smokeOnly = (
      await graphql('mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }', {
        input: {
          applicationId: appId,
          name: 'smoke-only',
          workflowType: 'BASIC',
          environmentId: ids.environmentId,
          phases: [{ name: 'check', steps: [{ name: 'smoke', type: 'SHELL_SCRIPT', shellScript: { script: 'echo ok', delegateSelectors: ['e2e-completion'], timeoutMs: 60_000 } }] }],
        },
      })
    ).createWorkflow.workflow.id as string;
    const checks = await pipeline('checks', smokeOnly);
    const redeploy = await createTrigger({
      name: 'redeploy-last-chart',
      condition: { conditionType: 'ON_PIPELINE_COMPLETION', pipelineConditionInput: { pipelineId: checks } },
      action: {
        executionType: 'WORKFLOW',
        entityId: workflowId,
        artifactSelections: [{ serviceId, artifactSelectionType: 'LAST_DEPLOYED_WORKFLOW', workflowId }],
        manifestSelections: [{ serviceId, manifestSelectionType: 'LAST_DEPLOYED', workflowId }],
      },
    });
    const check = await graphql(START, { input: { clientMutationId: `chart-${(calls += 1)}`, applicationId: appId, entityId: checks, executionType: 'PIPELINE' } });
    expect(await waitFor(check.startExecution.execution.id)).toMatchObject({ status: 'SUCCESS' });
    expect(await finished(await startedBy(redeploy))).toMatchObject({ status: 'SUCCESS', workflow: { id: workflowId }, manifests: [{ id: v2, version: '1.1.0' }] });
  });
});

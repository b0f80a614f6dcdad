import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { testPrincipal } from '@fg/testing';
import type { WorkflowStage } from '@fg/pipelines-workflows-executions/data-access';
import { engineHarness, staticFacts, type EngineHarness } from '../testing/engine.fixture';
import { isFinal, type PipelineExecution, type WorkflowExecution } from '../execution/execution.entity';

let harness: EngineHarness;
beforeAll(async () => {
  harness = await engineHarness({}, staticFacts([{ id: 'svc-1', name: 'web', artifactSources: [{ id: 'src-1', name: 'nginx' }] }]));
  await harness.startWorker();
});
afterAll(() => harness.cleanup());

const ACCOUNT = 'acc-runtime';
const admin = testPrincipal(ACCOUNT, { permissions: ACCOUNT_ADMINISTRATOR });
const webBuild = [{ name: 'web', artifactValueInput: { valueType: 'BUILD_NUMBER' as const, buildNumber: { artifactSourceName: 'nginx', buildNumber: '3' } } }];

/** A pipeline whose second stage deploys web and asks for `target` when it is reached. */
async function runtimePipeline(timeoutMs: number, targetDefault: string | null) {
  const workflow = await harness.workflow(ACCOUNT, {
    variables: [{ name: 'target', type: 'TEXT', required: true, defaultValue: null, fixed: false, allowedValues: ['eu', 'us'], allowMultipleValues: false }],
    phases: [{ name: 'p', steps: [{ type: 'DEPLOY', name: 'deploy', serviceId: 'svc-1', infrastructureDefinitionId: null }] }],
  });
  const plain = await harness.workflow(ACCOUNT, { phases: [{ name: 'p', steps: [{ type: 'WAIT', name: 'nap', durationMs: 1 }] }] });
  const runtimeStage: WorkflowStage = {
    id: 'deploy',
    name: 'deploy',
    type: 'WORKFLOW',
    parallelWithPrevious: false,
    workflowId: workflow.id,
    workflowVariables: targetDefault ? [{ name: 'target', value: targetDefault }] : [],
    runtimeInputVariables: ['target'],
    runtimeInputTimeoutMs: timeoutMs,
  };
  return harness.pipelines.create(ACCOUNT, {
    applicationId: 'app-1',
    name: `runtime-${Math.random().toString(36).slice(2)}`,
    description: null,
    stages: [{ id: 'warm-up', name: 'warm-up', type: 'WORKFLOW', parallelWithPrevious: false, workflowId: plain.id, workflowVariables: [] }, runtimeStage],
  });
}

const request = (pipelineExecutionId: string, extra: Record<string, unknown> = {}) => ({ applicationId: 'app-1', pipelineExecutionId, pipelineStageElementId: 'deploy', ...extra });

describe('runtime inputs of a pipeline stage', () => {
  it('pauses at the stage, names the services it needs, checks the inputs and runs the stage with them', async () => {
    const pipeline = await runtimePipeline(600_000, null);
    const launcher = await harness.launcher();
    // The runtime stage's service needs no artifact at start.
    const { execution } = await launcher.start(admin, { applicationId: 'app-1', executionType: 'PIPELINE', entityId: pipeline.id });
    const paused = (await harness.waitFor(ACCOUNT, execution.id, (e) => e.status === 'PAUSED')) as PipelineExecution;
    expect(paused.stages.map((stage) => stage.status)).toEqual(['SUCCESS', 'PAUSED']);
    expect(await launcher.runtimeServicesNeedingInputs(admin, request(execution.id))).toEqual({ artifacts: ['svc-1'], manifests: [] });

    await expect(launcher.giveRuntimeInputs(admin, request(execution.id, { serviceInputs: webBuild }))).rejects.toMatchObject({
      message: 'Variable "target" is required but no value was given',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const eu = [{ name: 'target', variableValue: { type: 'NAME' as const, value: 'eu' } }];
    await expect(launcher.giveRuntimeInputs(admin, request(execution.id, { variableInputs: eu }))).rejects.toMatchObject({
      message: expect.stringMatching(/^Service "web" needs an artifact/),
    });
    expect(await launcher.giveRuntimeInputs(admin, request(execution.id, { variableInputs: eu, serviceInputs: webBuild }))).toBeNull();
    await expect(launcher.giveRuntimeInputs(admin, request(execution.id, { variableInputs: eu, serviceInputs: webBuild }))).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });

    const done = (await harness.waitFor(ACCOUNT, execution.id, (e) => isFinal(e.status))) as PipelineExecution;
    expect(done.status).toBe('SUCCESS');
    const member = (await harness.executions.byId(ACCOUNT, done.stages[1]?.workflowExecutionId as string)) as WorkflowExecution;
    expect(member).toMatchObject({ status: 'SUCCESS', inputVariables: [{ name: 'target', value: 'eu' }], deployments: [{ serviceId: 'svc-1', buildNo: '3' }] });
  });

  it('runs the stage with its defaults under continueWithDefaultValues, and refuses that when a runtime variable has none', async () => {
    const launcher = await harness.launcher();
    const withoutDefault = await runtimePipeline(600_000, null);
    await expect(launcher.start(admin, { applicationId: 'app-1', executionType: 'PIPELINE', entityId: withoutDefault.id, serviceInputs: webBuild, continueWithDefaultValues: true })).rejects.toMatchObject({
      message: 'Pipeline stage "deploy": runtime input variable "target" has no default value, so continueWithDefaultValues cannot be used',
    });
    const withDefault = await runtimePipeline(600_000, 'us');
    // Every service is then needed at start.
    await expect(launcher.start(admin, { applicationId: 'app-1', executionType: 'PIPELINE', entityId: withDefault.id, continueWithDefaultValues: true })).rejects.toMatchObject({
      message: expect.stringMatching(/^Service "web" needs an artifact/),
    });
    const { execution } = await launcher.start(admin, { applicationId: 'app-1', executionType: 'PIPELINE', entityId: withDefault.id, serviceInputs: webBuild, continueWithDefaultValues: true });
    const done = (await harness.waitFor(ACCOUNT, execution.id, (e) => isFinal(e.status))) as PipelineExecution;
    expect(done.stages.map((stage) => stage.status)).toEqual(['SUCCESS', 'SUCCESS']);
    const member = await harness.executions.byId(ACCOUNT, done.stages[1]?.workflowExecutionId as string);
    expect(member).toMatchObject({ inputVariables: [{ name: 'target', value: 'us' }] });
  });

  it('ends the pipeline EXPIRED when the inputs do not come in time', async () => {
    const pipeline = await runtimePipeline(300, null);
    const { execution } = await (await harness.launcher()).start(admin, { applicationId: 'app-1', executionType: 'PIPELINE', entityId: pipeline.id });
    const done = (await harness.waitFor(ACCOUNT, execution.id, (e) => isFinal(e.status))) as PipelineExecution;
    expect(done).toMatchObject({ status: 'EXPIRED', failureDetails: 'Stage deploy: Runtime inputs were not given in time' });
    expect(done.stages[1]).toMatchObject({ status: 'EXPIRED', workflowExecutionId: expect.any(String) });
    expect(await harness.executions.membersOf(ACCOUNT, [execution.id])).toHaveLength(1);
  });
});

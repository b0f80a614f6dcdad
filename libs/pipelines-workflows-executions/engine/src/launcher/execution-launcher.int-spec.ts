import { ACCOUNT_ADMINISTRATOR, NO_PERMISSIONS } from '@fg/permissions';
import { testPrincipal } from '@fg/testing';
import { engineHarness, staticFacts, type EngineHarness } from '../testing/engine.fixture';
import type { WorkflowExecution } from '../execution/execution.entity';
import { ExecutionControl } from '../control/execution-control';
import { isFinal } from '../execution/execution.entity';

let harness: EngineHarness;
const facts = staticFacts([{ id: 'svc-1', name: 'web', artifactSources: [{ id: 'src-1', name: 'nginx' }] }]);
beforeAll(async () => {
  harness = await engineHarness({ LIMIT_DEPLOYMENTS_PER_24H: '3' }, facts);
  await harness.startWorker();
});
afterAll(() => harness.cleanup());

const admin = (accountId: string) => testPrincipal(accountId, { permissions: ACCOUNT_ADMINISTRATOR });
const deployStep = { type: 'DEPLOY' as const, name: 'deploy', serviceId: 'svc-1', infrastructureDefinitionId: 'infra-1' };
const webBuild = [{ name: 'web', artifactValueInput: { valueType: 'BUILD_NUMBER' as const, buildNumber: { artifactSourceName: 'nginx', buildNumber: '1.25' } } }];
const variable = { name: 'region', type: 'TEXT', required: true, allowedValues: ['eu', 'us'], defaultValue: null, fixed: false, allowMultipleValues: false };

describe('starting an execution', () => {
  it('names the missing or bad input', async () => {
    const launcher = await harness.launcher();
    const workflow = await harness.workflow('acc-inputs', { variables: [variable], phases: [{ name: 'p', steps: [deployStep] }] });
    const start = (extra: object) => launcher.start(admin('acc-inputs'), { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id, ...extra });
    await expect(start({ serviceInputs: webBuild })).rejects.toMatchObject({ message: 'Variable "region" is required but no value was given', extensions: { code: 'BAD_USER_INPUT' } });
    await expect(start({ serviceInputs: webBuild, variableInputs: [{ name: 'region', variableValue: { type: 'NAME', value: 'mars' } }] })).rejects.toMatchObject({
      message: 'Value "mars" is not allowed for variable "region"; allowed values: eu, us',
    });
    await expect(start({ serviceInputs: webBuild, variableInputs: [{ name: 'region', variableValue: { type: 'EXPRESSION', value: 'eu' } }] })).rejects.toMatchObject({
      message: expect.stringContaining('Variable "region" has value type EXPRESSION'),
    });
    const region = [{ name: 'region', variableValue: { type: 'ID', value: 'eu' } }];
    await expect(start({ variableInputs: region })).rejects.toMatchObject({ message: expect.stringContaining('Service "web" needs an artifact') });
    await expect(
      start({ variableInputs: region, serviceInputs: [{ name: 'web', artifactValueInput: { valueType: 'BUILD_NUMBER', buildNumber: { artifactSourceName: 'redis', buildNumber: '1' } } }] }),
    ).rejects.toMatchObject({ message: 'Service "web" has no artifact source named "redis"' });
    await expect(start({ variableInputs: region, serviceInputs: webBuild, entityId: 'nope' })).rejects.toMatchObject({ message: 'Workflow does not exist', extensions: { code: 'NOT_FOUND' } });
    // Nothing was reserved by the refused starts.
    expect(await harness.quota.usage('acc-inputs')).toEqual({ used: 0, reserved: 0 });
    const started = await start({ variableInputs: [...region, { name: 'extra', variableValue: { type: 'NAME', value: 'x' } }], serviceInputs: webBuild });
    expect(started.warningMessage).toBe('Variable "extra" is not a variable of this entity and was ignored');
    expect(started.execution).toMatchObject({ status: 'QUEUED', inputVariables: [{ name: 'region', value: 'eu' }], artifacts: [{ serviceId: 'svc-1', artifactSourceId: 'src-1', buildNo: '1.25' }] });
  });

  it('needs EXECUTE_WORKFLOW on the workflow', async () => {
    const launcher = await harness.launcher();
    const workflow = await harness.workflow('acc-rights', {});
    await expect(launcher.start(testPrincipal('acc-rights', { permissions: NO_PERMISSIONS }), { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id })).rejects.toMatchObject({
      message: 'User not authorized',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('runs a script step on a delegate and keeps its output as the step log', async () => {
    const launcher = await harness.launcher();
    const workflow = await harness.workflow('acc-run', { phases: [{ name: 'p', steps: [{ type: 'SHELL_SCRIPT', name: 'hello', script: 'echo hi', delegateSelectors: [], timeoutMs: 60_000 }] }] });
    const { execution } = await launcher.start(admin('acc-run'), { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id });
    // A delegate's part, through the real queue: acquire the step's task and report it.
    let acquired;
    while (!(acquired = (await harness.tasks.acquire('acc-run', 'delegate-1', [], 1)).tasks[0])) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(acquired.payload).toEqual({ version: 1, type: 'SHELL_SCRIPT', script: 'echo hi', timeoutMs: 60_000 });
    const task = await harness.tasks.getTask('acc-run', acquired.id);
    expect(task?.context).toMatchObject({ executionId: execution.id, stepId: '0.0', applicationId: 'app-1' });
    await harness.tasks.report('acc-run', 'delegate-1', [{ taskId: acquired.id, leaseToken: acquired.leaseToken, status: 'SUCCEEDED', result: { exitCode: 0, output: 'hi\n' } }]);
    const done = (await harness.waitFor('acc-run', execution.id, (e) => isFinal(e.status))) as WorkflowExecution;
    expect(done).toMatchObject({ status: 'SUCCESS', failureDetails: null });
    expect(done.steps[0]).toMatchObject({ status: 'SUCCESS', taskId: acquired.id, task: { exitCode: 0, output: 'hi\n' } });
  });
});

describe('the deployment quota', () => {
  it('lets exactly 3 of 20 concurrent starts from two launchers deploy, and refuses the rest saying when a slot frees', async () => {
    const [one, two] = [await harness.launcher(), await harness.launcher()];
    const workflow = await harness.workflow('acc-quota', { phases: [{ name: 'p', steps: [deployStep] }] });
    const request = { applicationId: 'app-1', executionType: 'WORKFLOW' as const, entityId: workflow.id, serviceInputs: webBuild };
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).start(admin('acc-quota'), request)));
    const started = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.execution] : []));
    const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(started).toHaveLength(3);
    expect(refused).toHaveLength(17);
    for (const error of refused) {
      expect(error).toMatchObject({ extensions: { code: 'DEPLOYMENT_LIMIT_REACHED' } });
      expect(error.message).toMatch(/^The account has reached its limit of 3 deployments in 24 hours; the next deployment slot frees up at \d{4}-\d\d-\d\dT/);
    }
    const done = await Promise.all(started.map((execution) => harness.waitFor('acc-quota', execution.id, (e) => isFinal(e.status))));
    expect(done.map((execution) => execution.status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
    expect(done.map((execution) => (execution as WorkflowExecution).deployments.length)).toEqual([1, 1, 1]);
    expect(await harness.quota.usage('acc-quota')).toEqual({ used: 3, reserved: 0 });
  });

  it('gives the unit back when an execution ends before it deploys', async () => {
    const launcher = await harness.launcher();
    const control = new ExecutionControl(harness.executions, harness.advance);
    const gated = await harness.workflow('acc-release', { phases: [{ name: 'p', steps: [{ type: 'APPROVAL', name: 'gate', userGroupIds: ['g'], timeoutMs: 600_000 }, deployStep] }] });
    const direct = await harness.workflow('acc-release', { phases: [{ name: 'p', steps: [deployStep] }] });
    const request = (entityId: string) => ({ applicationId: 'app-1', executionType: 'WORKFLOW' as const, entityId, serviceInputs: webBuild });
    const first = await launcher.start(admin('acc-release'), request(gated.id));
    await harness.waitFor('acc-release', first.execution.id, (e) => e.status === 'WAITING');
    expect(await harness.quota.usage('acc-release')).toEqual({ used: 0, reserved: 1 });
    expect(await control.abort('acc-release', first.execution.id)).toBe(true);
    const aborted = await harness.waitFor('acc-release', first.execution.id, (e) => isFinal(e.status));
    expect(aborted).toMatchObject({ status: 'ABORTED', quota: { committed: false, released: true } });
    expect(await harness.quota.usage('acc-release')).toEqual({ used: 0, reserved: 0 });
    // So all three slots are there for deployments.
    const started = await Promise.all([1, 2, 3].map(() => launcher.start(admin('acc-release'), request(direct.id))));
    const done = await Promise.all(started.map(({ execution }) => harness.waitFor('acc-release', execution.id, (e) => isFinal(e.status))));
    expect(done.map((execution) => execution.status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
    expect(await harness.quota.usage('acc-release')).toEqual({ used: 3, reserved: 0 });
  });
});

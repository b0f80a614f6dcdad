import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { testPrincipal } from '@fg/testing';
import { engineHarness, staticFacts, type EngineHarness } from '../testing/engine.fixture';
import { isFinal, type WorkflowExecution } from '../execution/execution.entity';

// No worker here: the specs drive engines by hand, as several broker processes would.
let harness: EngineHarness;
beforeAll(async () => {
  harness = await engineHarness({}, staticFacts([{ id: 'svc-1', name: 'web', artifactSources: [{ id: 'src-1', name: 'nginx' }] }]));
});
afterAll(() => harness.cleanup());

const admin = testPrincipal('acc-engine', { permissions: ACCOUNT_ADMINISTRATOR });
const start = async (steps: Parameters<EngineHarness['workflow']>[1]['phases']) => {
  const workflow = await harness.workflow('acc-engine', { phases: steps });
  return (await (await harness.launcher()).start(admin, { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id })).execution;
};

describe('the execution engine', () => {
  it('queues a step task once when several engines advance the same execution at the same time', async () => {
    const execution = await start([{ name: 'p', steps: [{ type: 'SHELL_SCRIPT', name: 'once', script: 'echo once', delegateSelectors: ['only-here'], timeoutMs: 60_000 }] }]);
    const engines = [harness.engine(), harness.engine(), harness.engine()];
    await Promise.all(engines.flatMap((engine) => [engine.advance('acc-engine', execution.id), engine.advance('acc-engine', execution.id)]));
    await Promise.all(engines.map((engine) => engine.advance('acc-engine', execution.id)));
    const stored = (await harness.executions.byId('acc-engine', execution.id)) as WorkflowExecution;
    expect(stored.steps[0]).toMatchObject({ status: 'RUNNING', taskId: expect.any(String) });
    const queued = await harness.tasks.listTasks('acc-engine', 'QUEUED', 0, 100);
    expect(queued.filter((task) => task.context?.executionId === execution.id).map((task) => task.id)).toEqual([stored.steps[0]?.taskId]);
  });

  it('fails a step no delegate can run, saying why', async () => {
    const execution = await start([
      { name: 'p', steps: [{ type: 'HTTP', name: 'probe', url: 'https://example.com/', method: 'OPTIONS', body: null, headers: [], expectedStatus: 200, delegateSelectors: [], timeoutMs: 60_000 }] },
    ]);
    const done = await harness.engine().advance('acc-engine', execution.id);
    expect(done && isFinal(done.status)).toBe(true);
    expect(done).toMatchObject({ status: 'FAILED', failureDetails: expect.stringMatching(/^Step probe: The step cannot run on a delegate: /) });
  });

  it('sends an HTTP step\'s headers and body (a version 2 task, variables expanded), and a plain request as version 1', async () => {
    const workflow = await harness.workflow('acc-engine', {
      variables: [{ name: 'env', type: 'TEXT', required: true, allowedValues: [], defaultValue: null, fixed: false, allowMultipleValues: false }],
      phases: [
        {
          name: 'p',
          steps: [
            { type: 'HTTP', name: 'notify', url: 'https://hooks.example.com/${workflow.variables.env}', method: 'POST', body: '{"env":"${workflow.variables.env}"}', headers: [{ name: 'x-env', value: '${workflow.variables.env}' }], expectedStatus: 202, delegateSelectors: ['http-v2'], timeoutMs: 60_000 },
          ],
        },
      ],
    });
    const variableInputs = [{ name: 'env', variableValue: { type: 'NAME' as const, value: 'staging' } }];
    const { execution } = await (await harness.launcher()).start(admin, { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id, variableInputs });
    await harness.engine().advance('acc-engine', execution.id);
    const queued = (await harness.tasks.listTasks('acc-engine', 'QUEUED', 0, 100)).find((task) => task.context?.executionId === execution.id);
    expect(queued?.payload).toEqual({
      version: 2,
      type: 'HTTP',
      url: 'https://hooks.example.com/staging',
      method: 'POST',
      expectedStatus: 202,
      headers: [{ name: 'x-env', value: 'staging' }],
      body: '{"env":"staging"}',
    });

    const plain = await start([{ name: 'p', steps: [{ type: 'HTTP', name: 'ping', url: 'https://example.com/', method: 'GET', body: null, headers: [], expectedStatus: 200, delegateSelectors: ['http-v1'], timeoutMs: 60_000 }] }]);
    await harness.engine().advance('acc-engine', plain.id);
    const v1 = (await harness.tasks.listTasks('acc-engine', 'QUEUED', 0, 100)).find((task) => task.context?.executionId === plain.id);
    expect(v1?.payload).toEqual({ version: 1, type: 'HTTP', url: 'https://example.com/', method: 'GET', expectedStatus: 200 });
  });

  it('ends an execution it cannot advance as ERROR, with an error id', async () => {
    const execution = await start([{ name: 'p', steps: [{ type: 'WAIT', name: 'nap', durationMs: 60_000 }] }]);
    await harness.engine().endWithError('acc-engine', execution.id, 'err-1');
    const stored = await harness.executions.byId('acc-engine', execution.id);
    expect(stored).toMatchObject({ status: 'ERROR', failureDetails: 'An internal error stopped the execution (error id: err-1)' });
  });

  it('counts a deployment once when a DEPLOY step is retried after its quota unit was committed (a crash in between)', async () => {
    const workflow = await harness.workflow('acc-engine', { phases: [{ name: 'p', steps: [{ type: 'DEPLOY', name: 'deploy', serviceId: 'svc-1', infrastructureDefinitionId: null }] }] });
    const { execution } = await (await harness.launcher()).start(admin, {
      applicationId: 'app-1',
      executionType: 'WORKFLOW',
      entityId: workflow.id,
      serviceInputs: [{ name: 'web', artifactValueInput: { valueType: 'BUILD_NUMBER', buildNumber: { artifactSourceName: 'nginx', buildNumber: '9' } } }],
    });
    const reservationId = (execution as WorkflowExecution).quota?.reservationId as string;
    // The first attempt committed the unit and died before recording the deployment.
    expect(await harness.quota.commit('acc-engine', reservationId)).toBe(true);
    const done = (await harness.engine().advance('acc-engine', execution.id)) as WorkflowExecution;
    expect(done).toMatchObject({ status: 'SUCCESS', quota: { reservationId, committed: true } });
    expect(done.deployments).toMatchObject([{ serviceId: 'svc-1', buildNo: '9' }]);
    expect(await harness.quota.usage('acc-engine')).toEqual({ used: 1, reserved: 0 });
  });
});

import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { testPrincipal } from '@fg/testing';
import { engineHarness, staticFacts, type EngineHarness } from '../testing/engine.fixture';
import { isFinal, type WorkflowExecution } from '../execution/execution.entity';

// No worker here: the specs drive engines by hand, as several broker processes would.
let harness: EngineHarness;
beforeAll(async () => {
  harness = await engineHarness({}, staticFacts([]));
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

  it('ends an execution it cannot advance as ERROR, with an error id', async () => {
    const execution = await start([{ name: 'p', steps: [{ type: 'WAIT', name: 'nap', durationMs: 60_000 }] }]);
    await harness.engine().endWithError('acc-engine', execution.id, 'err-1');
    const stored = await harness.executions.byId('acc-engine', execution.id);
    expect(stored).toMatchObject({ status: 'ERROR', failureDetails: 'An internal error stopped the execution (error id: err-1)' });
  });
});

import { engineHarness, staticFacts, type EngineHarness } from '../testing/engine.fixture';
import { newWorkflowExecution } from '../launcher/execution-builder';
import { startWorkflow, finishWorkflow } from '../state-machine/workflow-progress';
import type { WorkflowExecution } from './execution.entity';

let harness: EngineHarness;
beforeAll(async () => {
  harness = await engineHarness({}, staticFacts([]));
});
afterAll(() => harness.cleanup());

async function storedExecution(accountId: string): Promise<WorkflowExecution> {
  const workflow = await harness.workflow(accountId, { phases: [{ name: 'p', steps: [{ type: 'WAIT', name: 'w', durationMs: 1 }] }] });
  const execution = newWorkflowExecution({ workflow, cause: { type: 'USER', userId: 'u' }, notes: null, inputVariables: [], artifacts: [], manifests: [], environmentType: null, pipelineExecutionId: null, reservationId: null, now: Date.now() });
  return (await harness.executions.create(execution)) as WorkflowExecution;
}

describe('the execution repository', () => {
  it('lets exactly one of racing transitions from the same version win', async () => {
    const queued = await storedExecution('acc-race');
    const now = Date.now();
    const contenders = [startWorkflow(queued, now), finishWorkflow(queued, 'ABORTED', 'aborted', now), startWorkflow(queued, now + 1), finishWorkflow(queued, 'ABORTED', 'x', now)];
    const results = await Promise.all(contenders.map((next) => harness.executions.replace(queued, next)));
    const winners = results.filter((result) => result !== null);
    expect(winners).toHaveLength(1);
    const stored = await harness.executions.byId('acc-race', queued.id);
    expect(stored).toEqual(winners[0]);
    expect(stored?.version).toBe(1);
  });

  it('refuses a write based on a stale read', async () => {
    const queued = await storedExecution('acc-stale');
    const running = await harness.executions.replace(queued, startWorkflow(queued, Date.now()));
    expect(running).toMatchObject({ status: 'RUNNING', version: 1 });
    expect(await harness.executions.replace(queued, finishWorkflow(queued, 'ABORTED', null, Date.now()))).toBeNull();
    expect((await harness.executions.byId('acc-stale', queued.id))?.status).toBe('RUNNING');
  });

  it('keeps executions apart by account', async () => {
    const execution = await storedExecution('acc-own');
    expect(await harness.executions.byId('acc-other', execution.id)).toBeNull();
  });
});

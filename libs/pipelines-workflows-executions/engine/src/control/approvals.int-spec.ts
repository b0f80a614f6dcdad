import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { testPrincipal } from '@fg/testing';
import { engineHarness, staticFacts, type EngineHarness } from '../testing/engine.fixture';
import { isFinal, type WorkflowExecution } from '../execution/execution.entity';
import { ExecutionControl } from './execution-control';

let harness: EngineHarness;
let control: ExecutionControl;
beforeAll(async () => {
  harness = await engineHarness({}, staticFacts([]));
  await harness.startWorker();
  control = new ExecutionControl(harness.executions, harness.advance);
});
afterAll(() => harness.cleanup());

const admin = testPrincipal('acc-approvals', { permissions: ACCOUNT_ADMINISTRATOR });

async function waitingOnApproval(timeoutMs: number) {
  const workflow = await harness.workflow('acc-approvals', { phases: [{ name: 'p', steps: [{ type: 'APPROVAL', name: 'gate', userGroupIds: ['release-managers'], timeoutMs }] }] });
  const { execution } = await (await harness.launcher()).start(admin, { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id });
  return harness.waitFor('acc-approvals', execution.id, (e) => e.status === 'WAITING');
}

describe('user-group approvals', () => {
  it('lets only members of the approver groups act, and stores the comment and variables with the decision', async () => {
    const waiting = await waitingOnApproval(600_000);
    const decision = { action: 'APPROVE' as const, by: { kind: 'user', id: 'u-1' }, comments: 'ship it', variables: [{ name: 'ticket', value: 'CHG-1' }] };
    await expect(control.decide(waiting, '0.0', ['developers'], decision)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(control.decide(waiting, '9.9', ['release-managers'], decision)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    await control.decide(waiting, '0.0', ['developers', 'release-managers'], decision);
    const done = (await harness.waitFor('acc-approvals', waiting.id, (e) => isFinal(e.status))) as WorkflowExecution;
    expect(done.status).toBe('SUCCESS');
    expect(done.steps[0]?.approval?.decision).toMatchObject({ action: 'APPROVE', by: { kind: 'user', id: 'u-1' }, comments: 'ship it', variables: [{ name: 'ticket', value: 'CHG-1' }] });
    // A decided approval is not decided again.
    await expect(control.decide(done, '0.0', ['release-managers'], decision)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('ends REJECTED when rejected', async () => {
    const waiting = await waitingOnApproval(600_000);
    await control.decide(waiting, '0.0', ['release-managers'], { action: 'REJECT', by: { kind: 'apiKey', id: 'k' }, comments: 'not today', variables: [] });
    const done = await harness.waitFor('acc-approvals', waiting.id, (e) => isFinal(e.status));
    expect(done).toMatchObject({ status: 'REJECTED', failureDetails: 'Step gate: Rejected: not today' });
  });

  it('ends EXPIRED when nobody acts before the timeout (a delayed advance)', async () => {
    const waiting = await waitingOnApproval(300);
    const done = await harness.waitFor('acc-approvals', waiting.id, (e) => isFinal(e.status));
    expect(done).toMatchObject({ status: 'EXPIRED', failureDetails: 'Step gate: The approval was not given before it expired' });
  });

  it('aborts a waiting execution once; aborting an ended one says so', async () => {
    const waiting = await waitingOnApproval(600_000);
    expect(await control.abort('acc-approvals', waiting.id)).toBe(true);
    const done = await harness.waitFor('acc-approvals', waiting.id, (e) => isFinal(e.status));
    expect(done.status).toBe('ABORTED');
    expect(await control.abort('acc-approvals', waiting.id)).toBe(false);
  });
});

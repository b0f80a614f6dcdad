import { noopTask, taskQueueHarness, type TaskQueueHarness } from './testing/task-queue.fixture';
import type { EndedTask } from './task.entity';

let harness: TaskQueueHarness;
beforeAll(async () => {
  harness = await taskQueueHarness();
});
afterAll(() => harness.cleanup());

const context = { applicationId: 'app-1', environmentId: 'env-1', environmentType: 'PROD' as const, executionId: 'exec-1', stepId: 'phase-0/step-1' };

describe('a task context and the onTaskEnded hook', () => {
  it('keeps the context with the task and announces a reported task once, with its context', async () => {
    const heard: EndedTask[] = [];
    const queue = harness.open({ onTaskEnded: async (tasks) => void heard.push(...tasks) });
    const queued = await queue.enqueue('acc-ended', noopTask({ context }));
    expect(queued.context).toEqual(context);
    const { tasks: [acquired] } = await queue.acquire('acc-ended', 'delegate-1', [], 1);
    if (!acquired) throw new Error('no task acquired');
    const report = { taskId: acquired.id, leaseToken: acquired.leaseToken, status: 'FAILED' as const, result: { exitCode: 3 } };
    await Promise.all([queue.report('acc-ended', 'delegate-1', [report]), queue.report('acc-ended', 'delegate-1', [report])]);
    expect(heard).toEqual([{ id: queued.id, accountId: 'acc-ended', status: 'FAILED', context }]);
  });

  it('announces expired tasks, and defaults the context to null', async () => {
    const heard: EndedTask[] = [];
    const queue = harness.open({ onTaskEnded: async (tasks) => void heard.push(...tasks) });
    const queued = await queue.enqueue('acc-expired', noopTask({ timeoutMs: 1 }));
    expect(queued.context).toBeNull();
    await queue.expireOverdue(new Date(Date.now() + 1_000));
    expect(heard).toContainEqual({ id: queued.id, accountId: 'acc-expired', status: 'EXPIRED', context: null });
  });

  it('refuses a context with unknown fields', async () => {
    const queue = harness.open();
    await expect(queue.enqueue('acc-bad', noopTask({ context: { ...context, extra: 1 } as never }))).rejects.toThrow(/context/);
  });
});

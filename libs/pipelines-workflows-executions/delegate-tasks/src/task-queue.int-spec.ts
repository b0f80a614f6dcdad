import { setTimeout as sleep } from 'node:timers/promises';
import { noopTask, taskQueueHarness, type TaskQueueHarness } from './testing/task-queue.fixture';
import type { AcquiredTask, TaskQueue } from './task-queue';

let harness: TaskQueueHarness;
let tasks: TaskQueue;

beforeAll(async () => {
  harness = await taskQueueHarness();
  tasks = harness.open();
});
afterAll(() => harness.cleanup());

/** Polls as a delegate would, until a task comes or the deadline passes. */
async function acquireWithin(queue: TaskQueue, accountId: string, delegateId: string, tags: string[], ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const { tasks: got } = await queue.acquire(accountId, delegateId, tags, 1);
    if (got.length > 0) return got;
    await sleep(100);
  }
  return [];
}

describe('enqueue, acquire, report', () => {
  it('stores a queued task readable by id, and only by its own account', async () => {
    const task = await tasks.enqueue('acc-read', noopTask({ selectors: ['linux', 'k8s'] }));
    expect(task).toMatchObject({ status: 'QUEUED', attempts: 0, selectors: ['k8s', 'linux'], delegateId: null });
    expect(task.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await tasks.getTask('acc-read', task.id)).toEqual(task);
    expect(await tasks.getTask('acc-other', task.id)).toBeNull();
  });

  it('hands a task to one delegate, runs it and records its result once; later reports change nothing', async () => {
    const queued = await tasks.enqueue('acc-report', noopTask());
    const [acquired] = (await tasks.acquire('acc-report', 'delegate-1', [], 5)).tasks as [AcquiredTask];
    expect(acquired).toMatchObject({ id: queued.id, status: 'ACQUIRED', attempts: 1, delegateId: 'delegate-1' });
    expect(acquired.leaseUntil?.getTime()).toBeGreaterThan(Date.now());

    expect(await tasks.markRunning('acc-report', 'delegate-1', queued.id)).toMatchObject({ renewed: true });
    expect((await tasks.getTask('acc-report', queued.id))?.status).toBe('RUNNING');

    // Duplicate reports race; exactly one is recorded.
    const reports = await Promise.all(
      ['first', 'second', 'third'].map((output) =>
        tasks.report('acc-report', 'delegate-1', queued.id, { status: 'SUCCEEDED', result: { exitCode: 0, output } }),
      ),
    );
    expect(reports.filter((r) => r.accepted)).toHaveLength(1);
    expect(reports.filter((r) => !r.accepted).map((r) => !r.accepted && r.reason)).toEqual(['ALREADY_FINISHED', 'ALREADY_FINISHED']);
    const recorded = await tasks.getTask('acc-report', queued.id);
    expect(recorded).toMatchObject({ status: 'SUCCEEDED', result: { exitCode: 0 } });

    const late = await tasks.report('acc-report', 'delegate-1', queued.id, { status: 'FAILED', result: { error: 'late' } });
    expect(late).toMatchObject({ accepted: false, reason: 'ALREADY_FINISHED' });
    expect(await tasks.getTask('acc-report', queued.id)).toEqual(recorded);
    expect(await tasks.renewLease('acc-report', 'delegate-1', queued.id)).toEqual({ renewed: false, reason: 'ALREADY_FINISHED' });
    // The job is gone: nothing is offered again.
    expect((await tasks.acquire('acc-report', 'delegate-2', [], 5)).tasks).toEqual([]);
  });

  it('refuses reports from another delegate, another account, or for an unknown task', async () => {
    const queued = await tasks.enqueue('acc-refuse', noopTask());
    await tasks.acquire('acc-refuse', 'delegate-1', [], 1);
    const result = { status: 'FAILED', result: { error: 'boom' } } as const;
    expect(await tasks.report('acc-refuse', 'delegate-2', queued.id, result)).toMatchObject({ accepted: false, reason: 'LEASE_NOT_HELD' });
    expect(await tasks.report('acc-elsewhere', 'delegate-1', queued.id, result)).toEqual({ accepted: false, reason: 'NOT_FOUND', task: null });
    expect(await tasks.report('acc-refuse', 'delegate-1', 'no-such-task', result)).toMatchObject({ accepted: false, reason: 'NOT_FOUND' });
    expect(await tasks.report('acc-refuse', 'delegate-1', queued.id, result)).toMatchObject({
      accepted: true,
      task: { status: 'FAILED', result: { error: 'boom' } },
    });
  });

  it('never gives one task to two concurrent acquirers', async () => {
    const queued = await Promise.all(Array.from({ length: 20 }, () => tasks.enqueue('acc-race', noopTask())));
    const batches = await Promise.all(Array.from({ length: 10 }, (_, i) => tasks.acquire('acc-race', `delegate-${i}`, [], 3)));
    const ids = batches.flatMap((batch) => batch.tasks.map((task) => task.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(queued.map((task) => task.id).sort());
  });
});

describe('batches and lease tokens', () => {
  it('records a batch of reports in order, once each, and only from the holder of the lease token', async () => {
    const queued = await tasks.enqueueMany('acc-batch', [noopTask(), noopTask(), noopTask()]);
    const { tasks: got } = await tasks.acquire('acc-batch', 'holder', [], 3);
    expect(got.map((task) => task.id).sort()).toEqual(queued.map((task) => task.id).sort());
    const [a, b, c] = got as [AcquiredTask, AcquiredTask, AcquiredTask];

    // Another delegate cannot use the holder's token, nor report without one.
    expect(await tasks.reportMany('acc-batch', 'intruder', [{ taskId: c.id, leaseToken: c.leaseToken, status: 'SUCCEEDED' }])).toEqual([
      { taskId: c.id, accepted: false, reason: 'LEASE_NOT_HELD' },
    ]);
    expect(await tasks.markRunning('acc-batch', 'holder', c.id, c.leaseToken)).toMatchObject({ renewed: true });

    const outcomes = await tasks.reportMany('acc-batch', 'holder', [
      { taskId: a.id, leaseToken: a.leaseToken, status: 'SUCCEEDED', result: { exitCode: 0, output: 'a' } },
      { taskId: b.id, leaseToken: b.leaseToken, status: 'FAILED', result: { error: 'b broke' } },
      { taskId: a.id, leaseToken: a.leaseToken, status: 'FAILED', result: { error: 'duplicate' } },
      { taskId: c.id, status: 'SUCCEEDED', result: { output: 'c, no token' } },
    ]);
    expect(outcomes).toEqual([
      { taskId: a.id, accepted: true },
      { taskId: b.id, accepted: true },
      { taskId: a.id, accepted: false, reason: 'ALREADY_FINISHED' },
      { taskId: c.id, accepted: true },
    ]);
    expect(await tasks.getTask('acc-batch', a.id)).toMatchObject({ status: 'SUCCEEDED', attempts: 1, delegateId: 'holder', result: { output: 'a' } });
    expect(await tasks.getTask('acc-batch', b.id)).toMatchObject({ status: 'FAILED', result: { error: 'b broke' } });
    const finishedC = await tasks.getTask('acc-batch', c.id);
    expect(finishedC).toMatchObject({ status: 'SUCCEEDED', result: { output: 'c, no token' } });
    expect(finishedC?.startedAt).toBeInstanceOf(Date);
    // Every job is finished: nothing is offered again.
    expect((await tasks.acquire('acc-batch', 'holder', [], 5)).tasks).toEqual([]);
  });

  it('refuses a renewal with the token of an acquisition the task has since left', async () => {
    const queued = await tasks.enqueue('acc-token', noopTask({ leaseMs: 1000 }));
    const [first] = (await tasks.acquire('acc-token', 'slow', [], 1)).tasks as [AcquiredTask];
    const [second] = (await acquireWithin(tasks, 'acc-token', 'slow', [], 10_000)) as [AcquiredTask];
    expect(second).toMatchObject({ id: queued.id, attempts: 2 });
    expect(second.leaseToken).not.toBe(first.leaseToken);
    expect(await tasks.renewLease('acc-token', 'slow', queued.id, first.leaseToken)).toEqual({ renewed: false, reason: 'LEASE_NOT_HELD' });
    expect(await tasks.reportMany('acc-token', 'slow', [{ taskId: queued.id, leaseToken: first.leaseToken, status: 'SUCCEEDED' }])).toEqual([
      { taskId: queued.id, accepted: false, reason: 'LEASE_NOT_HELD' },
    ]);
    expect(await tasks.renewLease('acc-token', 'slow', queued.id, second.leaseToken)).toMatchObject({ renewed: true });
  });
});

describe('selectors and expiry', () => {
  it('offers a task needing k8s only to a delegate with that tag', async () => {
    const needsK8s = await tasks.enqueue('acc-sel', noopTask({ selectors: ['k8s'] }));
    expect(await tasks.acquire('acc-sel', 'plain', ['linux'], 5)).toEqual({ tasks: [] });
    const { tasks: got } = await tasks.acquire('acc-sel', 'cluster', ['linux', 'k8s'], 5);
    expect(got.map((task) => task.id)).toEqual([needsK8s.id]);
  });

  it('expires a task no delegate with its tags acquired in time, with the reason, and removes its job', async () => {
    const stranded = await tasks.enqueue('acc-exp', noopTask({ selectors: ['k8s'], timeoutMs: 30_000 }));
    const fresh = await tasks.enqueue('acc-exp', noopTask({ selectors: ['k8s'], timeoutMs: 120_000 }));
    expect(await tasks.acquire('acc-exp', 'plain', [], 5)).toEqual({ tasks: [] });

    const expired = await tasks.expireOverdue(new Date(Date.now() + 60_000));
    expect(expired).toBeGreaterThanOrEqual(1);
    expect(await tasks.getTask('acc-exp', stranded.id)).toMatchObject({
      status: 'EXPIRED',
      reason: 'no delegate with tags [k8s] acquired it within 30s',
      delegateId: null,
    });
    expect((await tasks.getTask('acc-exp', fresh.id))?.status).toBe('QUEUED');
    // Only the task that has not expired is still offered.
    const { tasks: got } = await tasks.acquire('acc-exp', 'cluster', ['k8s'], 5);
    expect(got.map((task) => task.id)).toEqual([fresh.id]);
    expect(await tasks.expireOverdue(new Date(Date.now() + 60_000))).toBe(0);
  });
});

describe('lost leases and restarts', () => {
  it('offers a task again when its delegate stops renewing, and records only the new holder\'s result', async () => {
    const queued = await tasks.enqueue('acc-crash', noopTask({ leaseMs: 1000 }));
    const first = await tasks.acquire('acc-crash', 'doomed', [], 1);
    expect(first.tasks.map((task) => task.id)).toEqual([queued.id]);
    expect(await tasks.markRunning('acc-crash', 'doomed', queued.id)).toMatchObject({ renewed: true });

    // "doomed" dies: no renewal. BullMQ's stalled check puts the job back once the 1 s lock lapses.
    const again = await acquireWithin(tasks, 'acc-crash', 'rescuer', [], 10_000);
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ id: queued.id, status: 'ACQUIRED', attempts: 2, delegateId: 'rescuer' });

    expect(await tasks.renewLease('acc-crash', 'doomed', queued.id)).toEqual({ renewed: false, reason: 'LEASE_NOT_HELD' });
    const late = await tasks.report('acc-crash', 'doomed', queued.id, { status: 'SUCCEEDED', result: { output: 'from the dead' } });
    expect(late).toMatchObject({ accepted: false, reason: 'LEASE_NOT_HELD' });

    expect(await tasks.renewLease('acc-crash', 'rescuer', queued.id)).toMatchObject({ renewed: true });
    const done = await tasks.report('acc-crash', 'rescuer', queued.id, { status: 'SUCCEEDED', result: { output: 'rescued' } });
    expect(done).toMatchObject({ accepted: true });
    expect(await tasks.report('acc-crash', 'doomed', queued.id, { status: 'FAILED', result: {} })).toMatchObject({
      accepted: false,
      reason: 'ALREADY_FINISHED',
    });
    expect(await tasks.getTask('acc-crash', queued.id)).toMatchObject({
      status: 'SUCCEEDED',
      attempts: 2,
      delegateId: 'rescuer',
      result: { output: 'rescued' },
    });
    // Not offered a third time, even after another lease's worth of time.
    await sleep(1500);
    expect((await tasks.acquire('acc-crash', 'someone', [], 1)).tasks).toEqual([]);
  });

  it('fails a task whose lease lapses more often than maxAttempts allows', async () => {
    const brittle = harness.open({ maxAttempts: 1 });
    const queued = await brittle.enqueue('acc-brittle', noopTask({ leaseMs: 500 }));
    expect((await brittle.acquire('acc-brittle', 'doomed', [], 1)).tasks).toHaveLength(1);
    const deadline = Date.now() + 10_000;
    while ((await brittle.getTask('acc-brittle', queued.id))?.status === 'ACQUIRED' && Date.now() < deadline) {
      expect((await brittle.acquire('acc-brittle', 'other', [], 1)).tasks).toEqual([]);
      await sleep(100);
    }
    expect(await brittle.getTask('acc-brittle', queued.id)).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect((await brittle.getTask('acc-brittle', queued.id))?.reason).toMatch(/lease lapsed/);
  });

  it('loses no queued or running task when the platform process is replaced', async () => {
    const before = harness.open();
    const running = await before.enqueue('acc-restart', noopTask());
    const waiting = await before.enqueue('acc-restart', noopTask({ selectors: ['k8s'] }));
    expect((await before.acquire('acc-restart', 'worker-1', [], 1)).tasks.map((task) => task.id)).toEqual([running.id]);
    await before.markRunning('acc-restart', 'worker-1', running.id);
    await before.close();

    const after = harness.open();
    expect(await after.renewLease('acc-restart', 'worker-1', running.id)).toMatchObject({ renewed: true });
    expect(await after.report('acc-restart', 'worker-1', running.id, { status: 'SUCCEEDED', result: { exitCode: 0 } })).toMatchObject({
      accepted: true,
    });
    expect((await after.acquire('acc-restart', 'worker-2', ['k8s'], 5)).tasks.map((task) => task.id)).toEqual([waiting.id]);
  });
});

describe('idle queues', () => {
  it("closes the worker of a queue nobody acquires from, with its Redis connection, and opens it again when needed", async () => {
    const idle = harness.open({ workerIdleMs: 300 });
    const workerConnections = async () => {
      const clients = (await harness.limiterRedis.client('LIST')) as string;
      return clients.split('\n').filter((line) => line.includes(`name=${harness.scratch.prefix}delegate-tasks:acc-idle:`)).length;
    };
    await idle.enqueueMany('acc-idle', [noopTask(), noopTask()]);
    expect((await idle.acquire('acc-idle', 'd', [], 1)).tasks).toHaveLength(1);
    expect(await workerConnections()).toBeGreaterThan(0);

    const deadline = Date.now() + 5_000;
    while ((await workerConnections()) > 0 && Date.now() < deadline) await sleep(100);
    expect(await workerConnections()).toBe(0);

    expect((await idle.acquire('acc-idle', 'd', [], 1)).tasks).toHaveLength(1);
    expect(await workerConnections()).toBeGreaterThan(0);
  });
});

describe('delegates', () => {
  it('registers a delegate once per name and reports who is connected', async () => {
    const t0 = new Date('2026-01-01T00:00:00Z');
    const first = await harness.registry.registerDelegate('acc-del', { name: 'alpha', tags: ['linux', 'k8s'], version: '1.0.0' }, t0);
    const again = await harness.registry.registerDelegate('acc-del', { name: 'alpha', tags: ['linux'], version: '1.1.0' }, t0);
    expect(again).toMatchObject({ id: first.id, tags: ['linux'], version: '1.1.0' });
    const beta = await harness.registry.registerDelegate('acc-del', { name: 'beta', tags: [], version: '1.0.0' }, t0);

    const later = new Date(t0.getTime() + 60_000);
    expect(await harness.registry.heartbeat('acc-del', beta.id, later)).toMatchObject({ lastHeartbeatAt: later });
    expect(await harness.registry.heartbeat('acc-other', beta.id, later)).toBeNull();
    const listed = await harness.registry.listDelegates('acc-del', new Date(later.getTime() + 1000));
    expect(listed.map((d) => [d.name, d.connected])).toEqual([
      ['alpha', false],
      ['beta', true],
    ]);
    expect(await harness.registry.listDelegates('acc-other')).toEqual([]);
  });
});

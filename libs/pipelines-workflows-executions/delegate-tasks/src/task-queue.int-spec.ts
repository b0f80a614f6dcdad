import { setTimeout as sleep } from 'node:timers/promises';
import { noopTask, taskQueueHarness, type TaskQueueHarness } from './testing/task-queue.fixture';
import type { AcquiredTask, TaskQueue } from './task-queue';

// Concurrency cases here need a store that applies conditional updates atomically (MongoDB 7, or the embedded store
// tools/stack starts); run with MONGO_URL pointing at one.
let harness: TaskQueueHarness;
let tasks: TaskQueue;

beforeAll(async () => {
  harness = await taskQueueHarness();
  tasks = harness.open();
});
afterAll(() => harness.cleanup());

const ref = (task: AcquiredTask) => ({ taskId: task.id, leaseToken: task.leaseToken });
const succeeded = (task: AcquiredTask, output = 'ok') => ({ ...ref(task), status: 'SUCCEEDED' as const, result: { exitCode: 0, output } });

async function acquireOne(queue: TaskQueue, accountId: string, delegateId: string, tags: string[] = []): Promise<AcquiredTask> {
  const { tasks: got } = await queue.acquire(accountId, delegateId, tags, 1);
  expect(got).toHaveLength(1);
  return got[0] as AcquiredTask;
}

describe('enqueue, acquire, start, report', () => {
  it('stores a queued task readable by id, and only by its own account', async () => {
    const task = await tasks.enqueue('acc-read', noopTask({ selectors: ['linux', 'k8s'] }));
    expect(task).toMatchObject({ status: 'QUEUED', attempts: 0, selectors: ['k8s', 'linux'], delegateId: null, leaseUntil: null });
    expect(task.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await tasks.getTask('acc-read', task.id)).toEqual(task);
    expect(await tasks.getTask('acc-other', task.id)).toBeNull();
  });

  it('hands a task to one delegate, runs it and records its result once; duplicate and late reports change nothing', async () => {
    const queued = await tasks.enqueue('acc-report', noopTask());
    const acquired = await acquireOne(tasks, 'acc-report', 'delegate-1');
    expect(acquired).toMatchObject({ id: queued.id, attempts: 1, delegateId: 'delegate-1' });
    expect(await tasks.getTask('acc-report', queued.id)).toMatchObject({ status: 'ACQUIRED', delegateId: 'delegate-1', attempts: 1 });

    const [started] = await tasks.start('acc-report', 'delegate-1', [ref(acquired)]);
    expect(started).toMatchObject({ taskId: queued.id, held: true });
    expect(await tasks.getTask('acc-report', queued.id)).toMatchObject({ status: 'RUNNING' });

    // Duplicate reports race, in separate calls: exactly one is recorded.
    const outcomes = await Promise.all(['first', 'second', 'third'].map((output) => tasks.report('acc-report', 'delegate-1', [succeeded(acquired, output)])));
    const flat = outcomes.flat();
    expect(flat.filter((outcome) => outcome.accepted)).toHaveLength(1);
    expect(flat.filter((outcome) => !outcome.accepted).map((outcome) => !outcome.accepted && outcome.reason)).toEqual(['ALREADY_FINISHED', 'ALREADY_FINISHED']);
    const recorded = await tasks.getTask('acc-report', queued.id);
    expect(recorded).toMatchObject({ status: 'SUCCEEDED', result: { exitCode: 0 }, leaseUntil: null, delegateId: 'delegate-1' });

    const late = await tasks.report('acc-report', 'delegate-1', [{ ...ref(acquired), status: 'FAILED', result: { error: 'late' } }]);
    expect(late).toEqual([{ taskId: queued.id, accepted: false, reason: 'ALREADY_FINISHED' }]);
    expect(await tasks.getTask('acc-report', queued.id)).toEqual(recorded);
    expect(await tasks.renew('acc-report', 'delegate-1', [ref(acquired)])).toEqual([{ taskId: queued.id, held: false, reason: 'ALREADY_FINISHED' }]);
    expect((await tasks.acquire('acc-report', 'delegate-2', [], 5)).tasks).toEqual([]);
  });

  it('refuses reports from another delegate, with another token, from another account, or for an unknown task', async () => {
    const queued = await tasks.enqueue('acc-refuse', noopTask());
    const acquired = await acquireOne(tasks, 'acc-refuse', 'delegate-1');
    const failed = { ...ref(acquired), status: 'FAILED' as const, result: { error: 'boom' } };
    expect(await tasks.report('acc-refuse', 'delegate-2', [failed])).toEqual([{ taskId: queued.id, accepted: false, reason: 'LEASE_NOT_HELD' }]);
    expect(await tasks.report('acc-refuse', 'delegate-1', [{ ...failed, leaseToken: 'forged' }])).toEqual([
      { taskId: queued.id, accepted: false, reason: 'LEASE_NOT_HELD' },
    ]);
    expect(await tasks.report('acc-elsewhere', 'delegate-1', [failed])).toEqual([{ taskId: queued.id, accepted: false, reason: 'NOT_FOUND' }]);
    expect(await tasks.report('acc-refuse', 'delegate-1', [{ ...failed, taskId: 'no-such-task' }])).toEqual([
      { taskId: 'no-such-task', accepted: false, reason: 'NOT_FOUND' },
    ]);
    expect(await tasks.report('acc-refuse', 'delegate-1', [failed])).toEqual([{ taskId: queued.id, accepted: true }]);
    expect(await tasks.getTask('acc-refuse', queued.id)).toMatchObject({ status: 'FAILED', result: { error: 'boom' } });
  });

  it('never gives one task to two concurrent acquirers', async () => {
    const queued = await tasks.enqueueMany('acc-race', Array.from({ length: 20 }, () => noopTask()));
    const batches = await Promise.all(Array.from({ length: 10 }, (_, i) => tasks.acquire('acc-race', `delegate-${i}`, [], 3)));
    const ids = batches.flatMap((batch) => batch.tasks.map((task) => task.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(queued.map((task) => task.id).sort());
    const stored = await Promise.all(queued.map((task) => tasks.getTask('acc-race', task.id)));
    expect(stored.every((task) => task?.status === 'ACQUIRED' && task.attempts === 1)).toBe(true);
  });

  it('lists an account\'s tasks by status', async () => {
    const [a, b, c] = await tasks.enqueueMany('acc-list', [noopTask(), noopTask(), noopTask()]);
    const acquired = await acquireOne(tasks, 'acc-list', 'd');
    expect(acquired.id).toBe(a?.id);
    expect((await tasks.listTasks('acc-list', 'QUEUED', 0, 10)).map((task) => task.id).sort()).toEqual([b?.id, c?.id].sort());
    expect((await tasks.listTasks('acc-list', 'ACQUIRED', 0, 10)).map((task) => task.id)).toEqual([a?.id]);
    expect(await tasks.countTasks('acc-list', 'QUEUED')).toBe(2);
    expect(await tasks.countTasks('acc-list', null)).toBe(3);
    expect(await tasks.countQueuedBefore('acc-list', (c as { createdAt: Date }).createdAt)).toBe(0);
    expect(await tasks.listTasks('acc-other', null, 0, 10)).toEqual([]);
  });
});

describe('batches and lease tokens', () => {
  it('answers a batch of starts, renewals and reports in order, each checked against its own lease', async () => {
    await tasks.enqueueMany('acc-batch', Array.from({ length: 4 }, () => noopTask()));
    const { tasks: mine } = await tasks.acquire('acc-batch', 'delegate-1', [], 3);
    const theirs = await acquireOne(tasks, 'acc-batch', 'delegate-2');
    const [one, two, three] = mine as [AcquiredTask, AcquiredTask, AcquiredTask];

    const started = await tasks.start('acc-batch', 'delegate-1', [ref(one), ref(theirs), ref(two)]);
    expect(started.map((outcome) => [outcome.taskId, outcome.held])).toEqual([
      [one.id, true],
      [theirs.id, false],
      [two.id, true],
    ]);
    const renewed = await tasks.renew('acc-batch', 'delegate-1', [ref(one), ref(two), ref(three)]);
    expect(renewed.every((outcome) => outcome.held)).toBe(true);

    const reports = await tasks.report('acc-batch', 'delegate-1', [succeeded(one), succeeded(theirs), succeeded(two), succeeded(one, 'again')]);
    expect(reports).toEqual([
      { taskId: one.id, accepted: true },
      { taskId: theirs.id, accepted: false, reason: 'LEASE_NOT_HELD' },
      { taskId: two.id, accepted: true },
      { taskId: one.id, accepted: false, reason: 'ALREADY_FINISHED' },
    ]);
    expect(await tasks.getTask('acc-batch', one.id)).toMatchObject({ status: 'SUCCEEDED', result: { output: 'ok' } });
    expect(await tasks.getTask('acc-batch', three.id)).toMatchObject({ status: 'ACQUIRED' });
    expect(await tasks.getTask('acc-batch', theirs.id)).toMatchObject({ status: 'ACQUIRED', delegateId: 'delegate-2' });
  });

  it('starts a task once: a repeated start only renews, and a token the queue never made holds nothing', async () => {
    const queued = await tasks.enqueue('acc-restart-twice', noopTask());
    const held = await acquireOne(tasks, 'acc-restart-twice', 'd');
    await tasks.start('acc-restart-twice', 'd', [ref(held)]);
    const startedAt = (await tasks.getTask('acc-restart-twice', queued.id))?.startedAt;
    await sleep(5);
    const [again] = await tasks.start('acc-restart-twice', 'd', [ref(held)]);
    expect(again).toMatchObject({ held: true });
    expect(await tasks.getTask('acc-restart-twice', queued.id)).toMatchObject({ status: 'RUNNING', startedAt });
    expect(await tasks.renew('acc-restart-twice', 'd', [{ taskId: queued.id, leaseToken: 'no-dot' }])).toEqual([
      { taskId: queued.id, held: false, reason: 'LEASE_NOT_HELD' },
    ]);
  });

  it('starts a batch mixing new and running tasks: the new ones start, the running ones keep their start and are renewed', async () => {
    await tasks.enqueueMany('acc-start-mixed', [noopTask(), noopTask()]);
    const { tasks: held } = await tasks.acquire('acc-start-mixed', 'd', [], 2);
    const [running, fresh] = held as [AcquiredTask, AcquiredTask];
    await tasks.start('acc-start-mixed', 'd', [ref(running)]);
    const before = await tasks.getTask('acc-start-mixed', running.id);
    await sleep(5);

    const outcomes = await tasks.start('acc-start-mixed', 'd', [ref(running), ref(fresh)]);
    expect(outcomes.map((outcome) => [outcome.taskId, outcome.held])).toEqual([
      [running.id, true],
      [fresh.id, true],
    ]);
    const [renewedLease, freshLease] = outcomes.map((outcome) => (outcome.held ? outcome.leaseUntil : 0));
    const after = await tasks.getTask('acc-start-mixed', running.id);
    expect(after).toMatchObject({ status: 'RUNNING', startedAt: before?.startedAt });
    expect(after?.leaseUntil?.getTime()).toBe(renewedLease);
    expect(after?.leaseUntil?.getTime()).toBeGreaterThan(before?.leaseUntil?.getTime() ?? Infinity);
    const started = await tasks.getTask('acc-start-mixed', fresh.id);
    expect(started).toMatchObject({ status: 'RUNNING' });
    expect(started?.startedAt).toBeInstanceOf(Date);
    expect(started?.leaseUntil?.getTime()).toBe(freshLease);
  });
});

describe('selectors and expiry', () => {
  it('offers a task needing k8s only to a delegate with that tag', async () => {
    const queued = await tasks.enqueue('acc-sel', noopTask({ selectors: ['k8s'] }));
    expect((await tasks.acquire('acc-sel', 'plain', ['linux'], 5)).tasks).toEqual([]);
    expect((await tasks.acquire('acc-sel', 'kube', ['k8s', 'linux'], 5)).tasks.map((task) => task.id)).toEqual([queued.id]);
  });

  it('expires a task no delegate with its tags acquired in time, with the reason, and never offers it again', async () => {
    const queued = await tasks.enqueue('acc-exp', noopTask({ selectors: ['gpu'], timeoutMs: 1 }));
    await sleep(10);
    expect(await tasks.expireOverdue()).toBeGreaterThanOrEqual(1);
    expect(await tasks.getTask('acc-exp', queued.id)).toMatchObject({ status: 'EXPIRED', reason: 'no delegate with tags [gpu] acquired it within 1ms' });
    expect((await tasks.acquire('acc-exp', 'gpu-box', ['gpu'], 5)).tasks).toEqual([]);
    // A second sweep finds nothing more to do.
    expect(await tasks.getTask('acc-exp', queued.id)).toMatchObject({ status: 'EXPIRED' });
  });

  it('does not expire a task acquired in time', async () => {
    const queued = await tasks.enqueue('acc-exp2', noopTask({ timeoutMs: 200 }));
    await acquireOne(tasks, 'acc-exp2', 'd');
    await sleep(250);
    await tasks.expireOverdue();
    expect(await tasks.getTask('acc-exp2', queued.id)).toMatchObject({ status: 'ACQUIRED' });
  });
});

describe('lost leases and restarts', () => {
  it("offers a task again when its delegate stops renewing, and records only the new holder's result", async () => {
    const queued = await tasks.enqueue('acc-lapse', noopTask({ leaseMs: 100 }));
    const first = await acquireOne(tasks, 'acc-lapse', 'dies');
    await tasks.start('acc-lapse', 'dies', [ref(first)]);
    await sleep(150);
    // Sweeps serve every account: other tests' tasks may be recovered too.
    expect(await tasks.recoverLapsedLeases()).toBeGreaterThanOrEqual(1);
    expect(await tasks.getTask('acc-lapse', queued.id)).toMatchObject({ status: 'QUEUED', attempts: 1 });

    const second = await acquireOne(tasks, 'acc-lapse', 'survivor');
    expect(second).toMatchObject({ id: queued.id, attempts: 2 });
    expect(second.leaseToken).not.toBe(first.leaseToken);
    // The first holder comes back: its renewal and report are refused, the new holder's count.
    expect(await tasks.renew('acc-lapse', 'dies', [ref(first)])).toEqual([{ taskId: queued.id, held: false, reason: 'LEASE_NOT_HELD' }]);
    expect(await tasks.report('acc-lapse', 'dies', [succeeded(first, 'stale')])).toEqual([{ taskId: queued.id, accepted: false, reason: 'LEASE_NOT_HELD' }]);
    expect(await tasks.report('acc-lapse', 'survivor', [succeeded(second, 'fresh')])).toEqual([{ taskId: queued.id, accepted: true }]);
    expect(await tasks.getTask('acc-lapse', queued.id)).toMatchObject({ status: 'SUCCEEDED', attempts: 2, result: { output: 'fresh' }, delegateId: 'survivor' });
  });

  it('keeps a lease its holder renews in time, whatever the sweep does', async () => {
    const queued = await tasks.enqueue('acc-renew', noopTask({ leaseMs: 300 }));
    const held = await acquireOne(tasks, 'acc-renew', 'steady');
    for (let i = 0; i < 4; i += 1) {
      await sleep(100);
      expect((await tasks.renew('acc-renew', 'steady', [ref(held)]))[0]).toMatchObject({ held: true });
      await tasks.recoverLapsedLeases();
    }
    expect(await tasks.getTask('acc-renew', queued.id)).toMatchObject({ status: 'ACQUIRED', attempts: 1 });
  });

  it('fails a task whose lease lapses more often than maxAttempts allows', async () => {
    const brittle = harness.open({ maxAttempts: 1 });
    const queued = await brittle.enqueue('acc-brittle', noopTask({ leaseMs: 50 }));
    await acquireOne(brittle, 'acc-brittle', 'flaky');
    await sleep(80);
    expect(await brittle.recoverLapsedLeases()).toBeGreaterThanOrEqual(1);
    expect(await brittle.getTask('acc-brittle', queued.id)).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect((await brittle.getTask('acc-brittle', queued.id))?.reason).toMatch(/lease lapsed/);
    expect((await brittle.acquire('acc-brittle', 'other', [], 1)).tasks).toEqual([]);
  });

  it('loses no queued or leased task when the platform process is replaced', async () => {
    const before = harness.open();
    const running = await before.enqueue('acc-restart', noopTask());
    const waiting = await before.enqueue('acc-restart', noopTask({ selectors: ['k8s'] }));
    const held = await acquireOne(before, 'acc-restart', 'worker-1');
    expect(held.id).toBe(running.id);
    await before.start('acc-restart', 'worker-1', [ref(held)]);
    await before.close();

    const after = harness.open();
    expect((await after.renew('acc-restart', 'worker-1', [ref(held)]))[0]).toMatchObject({ held: true });
    expect(await after.report('acc-restart', 'worker-1', [succeeded(held)])).toEqual([{ taskId: running.id, accepted: true }]);
    expect((await after.acquire('acc-restart', 'worker-2', ['k8s'], 5)).tasks.map((task) => task.id)).toEqual([waiting.id]);
  });
});

describe('idle queues', () => {
  it('closes the worker of a queue nobody acquires from, with its Redis connection, and opens it again when needed', async () => {
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

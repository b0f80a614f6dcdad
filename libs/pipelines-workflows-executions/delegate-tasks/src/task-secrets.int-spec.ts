import { SECRET_MASK } from '@fg/secrets/masking';
import { noopTask, taskQueueHarness, type TaskQueueHarness } from './testing/task-queue.fixture';
import type { EndedTask, EnqueueTaskInput, TaskContext } from './task.entity';
import type { SecretResolution, TaskSecretResolver } from './task-secrets';
import type { TaskQueueMetrics } from './task-queue';

let harness: TaskQueueHarness;
beforeAll(async () => {
  harness = await taskQueueHarness();
});
afterAll(() => harness.cleanup());

const APP_CONTEXT: TaskContext = { applicationId: 'app-1', environmentId: 'env-1', environmentType: 'NON_PROD', executionId: null, stepId: null };

/**
 * The secrets service as the queue sees it: values by name, each usable only in the application it names (null: the
 * whole account); `down` makes it unreachable. It records what it was asked.
 */
class SecretsStandIn implements TaskSecretResolver {
  readonly asked: { accountId: string; delegateId: string; names: string[]; context: TaskContext | null }[] = [];
  down = false;
  constructor(private readonly secrets: Record<string, { value: string; appId: string | null }>) {}

  async resolve(accountId: string, delegateId: string, names: string[], context: TaskContext | null): Promise<SecretResolution> {
    this.asked.push({ accountId, delegateId, names, context });
    if (this.down) return { ok: false, refused: false, message: 'the secrets service answered 503' };
    for (const name of names) {
      const secret = this.secrets[name];
      if (!secret) return { ok: false, refused: true, message: `No secret exists with the name "${name}"` };
      if (secret.appId && secret.appId !== context?.applicationId) return { ok: false, refused: true, message: `Secret "${name}" may not be used outside an application` };
    }
    return { ok: true, values: new Map(names.map((name) => [name, (this.secrets[name] as { value: string }).value])) };
  }
}

class CountingMetrics implements TaskQueueMetrics {
  acquired = 0;
  completed: Record<string, number> = {};
  expired = 0;
  tasksAcquiredBy(count: number) {
    this.acquired += count;
  }
  taskCompleted(outcome: 'SUCCEEDED' | 'FAILED', count = 1) {
    this.completed[outcome] = (this.completed[outcome] ?? 0) + count;
  }
  tasksExpiredBy(count: number) {
    this.expired += count;
  }
}

const shellTask = (script: string, overrides: Partial<EnqueueTaskInput> = {}): EnqueueTaskInput => ({
  type: 'SHELL_SCRIPT',
  payload: { version: 1, type: 'SHELL_SCRIPT', script, timeoutMs: 10_000 },
  selectors: [],
  timeoutMs: 60_000,
  leaseMs: 30_000,
  ...overrides,
});

describe('secrets of delegate tasks', () => {
  it('hands the delegate the values, keeps the references in the store and masks the values in the stored report', async () => {
    const secrets = new SecretsStandIn({ 'db-pass': { value: 'PW-1234-secret', appId: null }, 'app-token': { value: 'TOKEN-in-app-1', appId: 'app-1' } });
    const metrics = new CountingMetrics();
    const queue = harness.open({ secrets, metrics });
    const script = 'echo ${secrets.getValue("db-pass")} ${secrets.getValue("app-token")}';
    const queued = await queue.enqueue('acc-sec-1', shellTask(script, { context: APP_CONTEXT }));

    const { tasks } = await queue.acquire('acc-sec-1', 'delegate-1', [], 5);
    expect(tasks.map((task) => task.payload)).toEqual([{ version: 1, type: 'SHELL_SCRIPT', script: 'echo PW-1234-secret TOKEN-in-app-1', timeoutMs: 10_000 }]);
    expect(secrets.asked).toEqual([{ accountId: 'acc-sec-1', delegateId: 'delegate-1', names: ['db-pass', 'app-token'], context: APP_CONTEXT }]);
    expect((await queue.getTask('acc-sec-1', queued.id))?.payload).toMatchObject({ script });

    const [acquired] = tasks as [(typeof tasks)[number]];
    const outcomes = await queue.report('acc-sec-1', 'delegate-1', [
      { taskId: acquired.id, leaseToken: acquired.leaseToken, status: 'FAILED', result: { exitCode: 1, output: 'PW-1234-secret TOKEN-in-app-1\n', error: 'no TOKEN-in-app-1' } },
    ]);
    expect(outcomes).toEqual([{ taskId: acquired.id, accepted: true }]);
    const stored = await queue.getTask('acc-sec-1', queued.id);
    expect(stored?.result).toEqual({ exitCode: 1, output: `${SECRET_MASK} ${SECRET_MASK}\n`, error: `no ${SECRET_MASK}` });
    const raw = JSON.stringify(await harness.db.connection.db!.collection('delegate_tasks').find({ accountId: 'acc-sec-1' }).toArray());
    expect(raw).not.toContain('PW-1234-secret');
    expect(raw).not.toContain('TOKEN-in-app-1');
    expect(metrics).toMatchObject({ acquired: 1, completed: { FAILED: 1 } });
  });

  it('fails a task that may not have a secret, with a reason naming it, and announces it', async () => {
    const heard: EndedTask[] = [];
    const metrics = new CountingMetrics();
    const secrets = new SecretsStandIn({ 'app-token': { value: 'TOKEN-in-app-1', appId: 'app-1' } });
    const queue = harness.open({ secrets, metrics, onTaskEnded: async (ended) => void heard.push(...ended) });
    const outside = await queue.enqueue('acc-sec-2', shellTask('echo ${secrets.getValue("app-token")}'));
    const unknown = await queue.enqueue('acc-sec-2', shellTask("echo ${secrets.getValue('nope')}", { context: APP_CONTEXT }));
    const plain = await queue.enqueue('acc-sec-2', noopTask());

    const { tasks } = await queue.acquire('acc-sec-2', 'delegate-1', [], 5);
    expect(tasks.map((task) => task.id)).toEqual([plain.id]);
    expect(await queue.getTask('acc-sec-2', outside.id)).toMatchObject({
      status: 'FAILED',
      reason: 'its secrets could not be given to a delegate: Secret "app-token" may not be used outside an application',
    });
    expect(await queue.getTask('acc-sec-2', unknown.id)).toMatchObject({
      status: 'FAILED',
      reason: 'its secrets could not be given to a delegate: No secret exists with the name "nope"',
    });
    expect(heard.map((task) => [task.id, task.status]).sort()).toEqual([
      [outside.id, 'FAILED'],
      [unknown.id, 'FAILED'],
    ].sort());
    expect(metrics).toMatchObject({ acquired: 1, completed: { FAILED: 2 } });
  });

  it('fails a task that refers to a secret when no secrets service is configured', async () => {
    const queue = harness.open();
    const queued = await queue.enqueue('acc-sec-3', shellTask('echo ${secrets.getValue("x")}'));
    expect((await queue.acquire('acc-sec-3', 'delegate-1', [], 1)).tasks).toEqual([]);
    expect(await queue.getTask('acc-sec-3', queued.id)).toMatchObject({ status: 'FAILED', reason: expect.stringContaining('no secrets service') });
  });

  it('withholds a task while the secrets service is down and offers it again once its lease sweep runs', async () => {
    const secrets = new SecretsStandIn({ 'db-pass': { value: 'PW-5678', appId: null } });
    const queue = harness.open({ secrets });
    const queued = await queue.enqueue('acc-sec-4', shellTask('echo ${secrets.getValue("db-pass")}'));
    secrets.down = true;
    expect((await queue.acquire('acc-sec-4', 'delegate-1', [], 1)).tasks).toEqual([]);
    expect(await queue.getTask('acc-sec-4', queued.id)).toMatchObject({ status: 'ACQUIRED', attempts: 1 });

    secrets.down = false;
    expect(await queue.recoverLapsedLeases()).toBeGreaterThanOrEqual(1);
    const { tasks } = await queue.acquire('acc-sec-4', 'delegate-2', [], 1);
    expect(tasks.map((task) => [task.id, task.payload])).toEqual([[queued.id, { version: 1, type: 'SHELL_SCRIPT', script: 'echo PW-5678', timeoutMs: 10_000 }]]);
  });

  it('withholds the output of a report whose secrets cannot be looked up again, rather than store it unmasked', async () => {
    const secrets = new SecretsStandIn({ 'db-pass': { value: 'PW-9999', appId: null } });
    const queue = harness.open({ secrets });
    const queued = await queue.enqueue('acc-sec-5', shellTask('echo ${secrets.getValue("db-pass")}'));
    const [acquired] = (await queue.acquire('acc-sec-5', 'delegate-1', [], 1)).tasks;
    if (!acquired) throw new Error('no task acquired');
    secrets.down = true;
    await queue.report('acc-sec-5', 'delegate-1', [{ taskId: acquired.id, leaseToken: acquired.leaseToken, status: 'SUCCEEDED', result: { exitCode: 0, output: 'PW-9999\n' } }]);
    expect((await queue.getTask('acc-sec-5', queued.id))?.result).toEqual({
      exitCode: 0,
      error: 'the output was withheld: the values of the secrets it used could not be looked up to mask them',
    });
  });

  it('counts queued tasks per account and expired tasks', async () => {
    const metrics = new CountingMetrics();
    const queue = harness.open({ metrics });
    await queue.enqueueMany('acc-depth-a', [noopTask({ selectors: ['nobody'] }), noopTask({ selectors: ['nobody'] })]);
    await queue.enqueue('acc-depth-b', noopTask({ selectors: ['nobody'], timeoutMs: 1 }));
    const depths = await queue.queuedPerAccount();
    expect(depths).toEqual(expect.arrayContaining([2, 1]));
    await queue.expireOverdue(new Date(Date.now() + 1_000));
    expect(metrics.expired).toBe(1);
  });
});

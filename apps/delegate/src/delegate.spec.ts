import { createLogger } from '@fg/logger';
import { Delegate, DelegateDeletedError, type DelegateOptions } from './delegate';
import { InvalidDelegateTokenError, PlatformClient } from './platform-client';
import { FakePlatform, type OfferedTask, type TaskEntry } from './testing/fake-platform';

const SECRET_SCRIPT = 'echo hello-from-script';

function setup(platform: FakePlatform, overrides: Partial<DelegateOptions> & { token?: string } = {}) {
  const lines: string[] = [];
  const logger = createLogger('delegate-test', 'debug', { write: (line: string) => void lines.push(line) });
  const client = new PlatformClient({
    baseUrl: platform.url,
    token: overrides.token ?? platform.token,
    logger,
    backoffInitialMs: 20,
    backoffMaxMs: 100,
  });
  const delegate = new Delegate(
    client,
    {
      name: 'test-delegate',
      tags: ['linux', 'eu-west'],
      version: '0.0.0-test',
      maxConcurrentTasks: 2,
      pollIntervalMs: 50,
      heartbeatIntervalMs: 100,
      shutdownGraceMs: 20_000,
      ...overrides,
    },
    logger,
  );
  return { delegate, lines };
}

const noop = (id: string, waitMs = 0, leaseMs = 30_000): OfferedTask => ({ id, type: 'NOOP', payload: { version: 1, type: 'NOOP', waitMs }, leaseMs });
const shell = (id: string, script: string, leaseMs = 30_000): OfferedTask => ({
  id,
  type: 'SHELL_SCRIPT',
  payload: { version: 1, type: 'SHELL_SCRIPT', script, timeoutMs: 60_000 },
  leaseMs,
});

describe('Delegate', () => {
  let platform: FakePlatform;
  let running: Delegate[] = [];
  const start = (overrides?: Parameters<typeof setup>[1]) => {
    const made = setup(platform, overrides);
    running.push(made.delegate);
    return made;
  };

  beforeEach(async () => {
    platform = await new FakePlatform().start();
    running = [];
  });

  afterEach(async () => {
    for (const delegate of running) delegate.abortNow();
    await Promise.all(running.map((delegate) => delegate.stop()));
    await platform.close();
  });

  it('registers with its name, tags and version, then heartbeats', async () => {
    const { delegate } = start();
    const run = delegate.run();
    await platform.waitFor(() => platform.callsTo('heartbeat').length >= 2, 'two heartbeats');
    expect(platform.callsTo('register')[0].body).toEqual({
      name: 'test-delegate',
      tags: ['linux', 'eu-west'],
      version: '0.0.0-test',
      delegateType: 'SHELL_SCRIPT',
      supportedTasks: ['SHELL_SCRIPT', 'HTTP', 'NOOP'],
    });
    expect(platform.callsTo('heartbeat')[0].body).toEqual({ delegateId: platform.delegateId });
    await delegate.stop();
    await expect(run).resolves.toBeUndefined();
  });

  it('runs a NOOP and a SHELL_SCRIPT task, marking each running first and reporting only the strict result fields', async () => {
    const { delegate, lines } = start();
    platform.offer(noop('t-noop'), shell('t-shell', SECRET_SCRIPT), shell('t-fail', 'echo broken >&2; exit 3'));
    void delegate.run();
    await platform.waitFor(() => platform.tasksIn('tasks/report').length === 3, 'three reports');

    const reports: Record<string, TaskEntry> = Object.fromEntries(platform.tasksIn('tasks/report').map((entry) => [entry.taskId, entry]));
    expect(reports['t-noop']).toMatchObject({ taskId: 't-noop', leaseToken: 'lease-t-noop', status: 'SUCCEEDED', result: {} });
    expect(reports['t-shell']).toMatchObject({ taskId: 't-shell', status: 'SUCCEEDED', result: { exitCode: 0, output: 'hello-from-script\n' } });
    expect(reports['t-fail']).toMatchObject({ status: 'FAILED', result: { exitCode: 3, output: 'broken\n', error: 'exited with code 3' } });
    expect(platform.callsTo('tasks/report').every((call) => call.status === 200 && call.body.delegateId === platform.delegateId)).toBe(true);
    for (const taskId of ['t-noop', 't-shell', 't-fail']) {
      const marked = platform.tasksIn('tasks/start').find((entry) => entry.taskId === taskId);
      expect(marked?.call.receivedAt).toBeLessThan(reports[taskId].call.receivedAt);
    }
    // Never more tasks in hand than the concurrency limit.
    expect(platform.callsTo('acquire').every((call) => Number(call.body.max) >= 1 && Number(call.body.max) <= 2)).toBe(true);

    const logged = lines.join('');
    expect(logged).toContain('"taskId":"t-shell"');
    expect(logged).toContain('"status":"SUCCEEDED"');
    expect(logged).not.toContain('hello-from-script');
    expect(logged).not.toContain(platform.token);
  });

  it('marks output it had to cut, within the output limit', async () => {
    const { delegate } = start({ outputLimitBytes: 64 });
    platform.offer(shell('t-long', 'printf "x%.0s" $(seq 1 500)'));
    void delegate.run();
    await platform.waitFor(() => platform.tasksIn('tasks/report').length === 1, 'the report');
    const result = platform.tasksIn('tasks/report')[0].result as { output: string };
    expect(result.output).toMatch(/^x+ \(output truncated\)$/);
    expect(Buffer.byteLength(result.output)).toBeLessThanOrEqual(64);
  });

  it('asks for no tasks before the retryAfterMs the platform named has passed', async () => {
    let refused = false;
    platform.override((path) => {
      if (path !== '/api/delegate/acquire' || refused) return undefined;
      refused = true;
      return { status: 200, body: { tasks: [], retryAfterMs: 1_500 } };
    });
    const { delegate } = start({ pollIntervalMs: 50 });
    void delegate.run();
    await platform.waitFor(() => platform.callsTo('acquire').length >= 2, 'a second acquire');
    const [first, second] = platform.callsTo('acquire');
    expect(second.receivedAt - first.answeredAt).toBeGreaterThanOrEqual(1_500);
  });

  it('waits out a 429 for its Retry-After seconds', async () => {
    let limited = false;
    platform.override((path) => {
      if (path !== '/api/delegate/acquire' || limited) return undefined;
      limited = true;
      return { status: 429, body: { error: 'TOO_MANY_REQUESTS' }, headers: { 'retry-after': '1' } };
    });
    const { delegate } = start();
    void delegate.run();
    await platform.waitFor(() => platform.callsTo('acquire').length >= 2, 'a second acquire');
    const [first, second] = platform.callsTo('acquire');
    expect(first.status).toBe(429);
    expect(second.receivedAt - first.answeredAt).toBeGreaterThanOrEqual(1_000);
  });

  it('keeps trying through platform errors until it registers', async () => {
    let failures = 0;
    platform.override((path) => (path === '/api/delegate/register' && failures++ < 2 ? { status: 503, body: {} } : undefined));
    const { delegate } = start();
    void delegate.run();
    await platform.waitFor(() => platform.callsTo('heartbeat').length >= 1, 'a heartbeat');
    expect(platform.callsTo('register').map((call) => call.status)).toEqual([503, 503, 200]);
  });

  it('aborts a task whose lease renewal is refused, and reports nothing', async () => {
    platform.override((path) =>
      path === '/api/delegate/tasks/renew' ? { status: 200, body: { outcomes: [{ taskId: 't-lost', held: false, reason: 'LEASE_NOT_HELD' }] } } : undefined,
    );
    const { delegate, lines } = start({ maxConcurrentTasks: 2 });
    platform.offer(shell('t-lost', 'sleep 30', 600));
    void delegate.run();
    await platform.waitFor(() => platform.callsTo('tasks/renew').length >= 1, 'a renewal');
    const renewedAt = platform.callsTo('tasks/renew')[0].receivedAt;
    // Both slots free again means the task's run has ended (a report would have come before).
    await platform.waitFor(
      () => platform.callsTo('acquire').some((call) => call.receivedAt > renewedAt && call.body.max === 2),
      'the slot to be freed',
    );
    expect(platform.callsTo('tasks/report')).toHaveLength(0);
    expect(lines.join('')).toContain('task abandoned unreported: its lease is lost');
  });

  it('on stop(), acquires no more and lets a running task finish and report', async () => {
    const { delegate } = start();
    platform.offer(noop('t-drain', 1_000));
    const run = delegate.run();
    await platform.waitFor(() => platform.tasksIn('tasks/start').length === 1, 'the task to start');
    platform.offer(noop('t-late'));
    await delegate.stop();
    await expect(run).resolves.toBeUndefined();

    const reports = platform.tasksIn('tasks/report');
    expect(reports.map((entry) => [entry.taskId, entry.status])).toEqual([['t-drain', 'SUCCEEDED']]);
    expect(platform.callsTo('acquire').every((call) => call.receivedAt < (reports[0] as TaskEntry).call.receivedAt)).toBe(true);
    const callsWhenStopped = platform.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(platform.calls.length).toBe(callsWhenStopped);
  });

  it('hands back, unreported, a task still running when the shutdown grace ends', async () => {
    const { delegate, lines } = start({ shutdownGraceMs: 200 });
    platform.offer(shell('t-slow', 'sleep 30'));
    const run = delegate.run();
    await platform.waitFor(() => platform.tasksIn('tasks/start').length === 1, 'the task to start');
    await delegate.stop();
    await expect(run).resolves.toBeUndefined();
    expect(platform.callsTo('tasks/report')).toHaveLength(0);
    expect(lines.join('')).toContain('handing running tasks back unreported');
  });

  it('stops with an error when the platform rejects its token', async () => {
    const { delegate } = start({ token: 'not-the-token' });
    await expect(delegate.run()).rejects.toBeInstanceOf(InvalidDelegateTokenError);
    expect(platform.calls.map((call) => [call.path, call.status])).toEqual([['/api/delegate/register', 401]]);
  });

  it('stops with an error, handing back its running task, when the token is revoked while it works', async () => {
    let revoked = false;
    platform.override((path) => (revoked && path !== '/api/delegate/register' ? { status: 401, body: { error: 'INVALID_DELEGATE_TOKEN' } } : undefined));
    const { delegate } = start();
    platform.offer(shell('t-revoked', 'sleep 30'));
    const run = delegate.run();
    await platform.waitFor(() => platform.tasksIn('tasks/start').length === 1, 'the task to start');
    revoked = true;
    await expect(run).rejects.toBeInstanceOf(InvalidDelegateTokenError);
    expect(platform.callsTo('tasks/report')).toHaveLength(0);
  });
});

describe('Delegate, batching', () => {
  let platform: FakePlatform;
  beforeEach(async () => {
    platform = await new FakePlatform().start();
  });
  afterEach(async () => {
    await platform.close();
  });

  it('starts and reports tasks that run side by side in shared calls', async () => {
    const { delegate } = setup(platform, { maxConcurrentTasks: 20, batchLingerMs: 20 });
    platform.offer(...Array.from({ length: 20 }, (_, i) => noop(`t-${i}`)));
    void delegate.run();
    await platform.waitFor(() => platform.tasksIn('tasks/report').length === 20, 'twenty reports');
    expect(platform.callsTo('tasks/start').length).toBeLessThan(20);
    expect(platform.callsTo('tasks/report').length).toBeLessThan(20);
    expect(new Set(platform.tasksIn('tasks/report').map((entry) => entry.taskId)).size).toBe(20);
    await delegate.stop();
  });

  it('stops with an error when an operator deleted it', async () => {
    platform.override((path) => (path === '/api/delegate/register' ? { status: 403, body: { error: 'DELEGATE_DELETED' } } : undefined));
    const { delegate } = setup(platform);
    await expect(delegate.run()).rejects.toBeInstanceOf(DelegateDeletedError);
  });
});

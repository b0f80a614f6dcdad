import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { callGateway, startStack, type Stack } from './stack';

const workspaceRoot = join(__dirname, '../../..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface TaskView {
  status: string;
  attempts: number;
  delegateId: string | null;
  result: { exitCode: number | null; output: string | null; error: string | null } | null;
  reason: string | null;
}

describe('delegates end to end (platform and delegates as separate processes)', () => {
  let stack: Stack;
  let token: string;
  const delegates: ChildProcess[] = [];

  const startDelegate = (name: string, tags: string[]) => {
    const child = spawn(process.execPath, [join(workspaceRoot, 'dist/apps/delegate/main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        DELEGATE_TOKEN: token,
        PLATFORM_URL: stack.gatewayOrigin,
        DELEGATE_NAME: name,
        DELEGATE_TAGS: tags.join(','),
        DELEGATE_POLL_INTERVAL_MS: '200',
        DELEGATE_HEARTBEAT_INTERVAL_MS: '1000',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
    });
    delegates.push(child);
    return child;
  };

  const graphql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const answer = await callGateway(stack, stack.demoApiKey, { query, variables });
    if (answer.body.errors) throw new Error(JSON.stringify(answer.body.errors));
    return answer.body.data as T;
  };

  const enqueue = async (input: Record<string, unknown>) =>
    (
      await graphql<{ createDelegateTask: { task: { id: string } } }>(
        'mutation($input: CreateDelegateTaskInput!) { createDelegateTask(input: $input) { task { id } } }',
        { input },
      )
    ).createDelegateTask.task.id;

  const task = async (id: string) =>
    (
      await graphql<{ delegateTask: TaskView }>(
        'query($id: String!) { delegateTask(taskId: $id) { status attempts delegateId result { exitCode output error } reason } }',
        { id },
      )
    ).delegateTask;

  const waitFor = async (id: string, done: (view: TaskView) => boolean, tries = 150): Promise<TaskView> => {
    let view = await task(id);
    for (let i = 0; i < tries && !done(view); i += 1) {
      await sleep(200);
      view = await task(id);
    }
    return view;
  };

  beforeAll(async () => {
    stack = await startStack({ DELEGATE_LEASE_CHECK_MS: '500' });
    token = (
      await graphql<{ createDelegateToken: { token: string } }>('mutation { createDelegateToken(input: { name: "e2e" }) { token } }')
    ).createDelegateToken.token;
  });

  afterAll(async () => {
    for (const child of delegates) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await stack?.stop();
  });

  it('refuses a delegate call without a valid token', async () => {
    const response = await fetch(`${stack.gatewayOrigin}/api/delegate/acquire`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Delegate not-a-token' },
      body: JSON.stringify({ delegateId: 'x' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'INVALID_DELEGATE_TOKEN' });
  });

  it('answers 413 to a delegate call whose body is over the limit', async () => {
    const response = await fetch(`${stack.gatewayOrigin}/api/delegate/tasks/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Delegate ${token}` },
      body: JSON.stringify({ delegateId: 'x', reports: [{ taskId: 't', status: 'SUCCEEDED', result: { output: 'x'.repeat(1_100_000) } }] }),
    });
    expect(response.status).toBe(413);
  });

  it('runs a shell script on a connected delegate and shows its result through GraphQL', async () => {
    startDelegate('runner-1', ['linux']);
    const id = await enqueue({ type: 'SHELL_SCRIPT', script: 'echo hello; exit 3', selectors: ['linux'] });
    const view = await waitFor(id, (t) => ['SUCCEEDED', 'FAILED', 'EXPIRED'].includes(t.status));
    expect(view).toMatchObject({ status: 'FAILED', attempts: 1, result: { exitCode: 3, output: 'hello\n' } });

    const list = await graphql<{ delegateList: { nodes: { delegateName: string; status: string; tags: string[] }[] } }>(
      '{ delegateList(limit: 10) { nodes { delegateName status tags } } }',
    );
    expect(list.delegateList.nodes).toContainEqual({ delegateName: 'runner-1', status: 'ENABLED', tags: ['linux'] });
  });

  it('acquires a batch over HTTP and records a batch of reports with their lease tokens', async () => {
    const call = async (path: string, body: unknown) => {
      const response = await fetch(`${stack.gatewayOrigin}/api/delegate/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Delegate ${token}` },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const { body: registered } = await call('register', { name: 'batcher', tags: ['batch'], version: 'e2e' });
    const delegateId = registered.delegateId as string;
    const ids = [await enqueue({ type: 'NOOP', selectors: ['batch'] }), await enqueue({ type: 'NOOP', selectors: ['batch'] })];

    const acquired = await call('acquire', { delegateId, max: 5 });
    expect(acquired.status).toBe(200);
    const handed = acquired.body.tasks as { id: string; leaseToken: string }[];
    expect(handed.map((t) => t.id).sort()).toEqual([...ids].sort());

    const [first, second] = handed as [{ id: string; leaseToken: string }, { id: string; leaseToken: string }];
    const reports = await call('tasks/report', {
      delegateId,
      reports: [
        { taskId: first.id, leaseToken: first.leaseToken, status: 'SUCCEEDED', result: { output: 'one' } },
        { taskId: second.id, leaseToken: second.leaseToken, status: 'FAILED', result: { error: 'two' } },
        { taskId: first.id, leaseToken: first.leaseToken, status: 'FAILED', result: { error: 'again' } },
      ],
    });
    expect(reports).toEqual({
      status: 200,
      body: {
        outcomes: [
          { taskId: first.id, accepted: true },
          { taskId: second.id, accepted: true },
          { taskId: first.id, accepted: false, reason: 'ALREADY_FINISHED' },
        ],
      },
    });
    expect(await task(first.id)).toMatchObject({ status: 'SUCCEEDED', attempts: 1, result: { output: 'one' } });
    expect(await task(second.id)).toMatchObject({ status: 'FAILED', result: { error: 'two' } });

    const empty = await call('tasks/report', { delegateId, reports: [] });
    expect(empty).toMatchObject({ status: 400, body: { error: 'INVALID_INPUT' } });
  });

  it('offers the task of a delegate killed mid-run to another delegate, which completes it once', async () => {
    const doomed = startDelegate('doomed', ['crash']);
    const id = await enqueue({ type: 'NOOP', waitMs: 4_000, selectors: ['crash'], leaseMs: 1_500 });
    const running = await waitFor(id, (t) => t.status === 'RUNNING');
    expect(running.status).toBe('RUNNING');
    doomed.kill('SIGKILL');

    startDelegate('rescuer', ['crash']);
    const done = await waitFor(id, (t) => t.status === 'SUCCEEDED');
    expect(done.status).toBe('SUCCEEDED');
    expect(done.attempts).toBe(2);
    expect(done.delegateId).not.toBe(running.delegateId);
  });

  it('says why a queued task waits, and stops a deleted delegate from working: the shipped delegate exits', async () => {
    const id = await enqueue({ type: 'NOOP', selectors: ['retired'], timeoutMs: 600_000 });
    const waiting = () =>
      graphql<{ delegateTask: { status: string; waiting: { reason: string; message: string } | null } }>(
        'query($id: String!) { delegateTask(taskId: $id) { status waiting { reason message } } }',
        { id },
      );
    expect((await waiting()).delegateTask).toEqual({
      status: 'QUEUED',
      waiting: { reason: 'NO_MATCHING_DELEGATE', message: 'No delegate with tags [retired] is registered for the account' },
    });

    // A delegate that registers but whose acquire we hold off: it is deleted before it runs anything.
    const retiree = startDelegate('retiree', ['other']);
    const listed = async () =>
      (
        await graphql<{ delegateList: { nodes: { uuid: string; delegateName: string }[] } }>(
          '{ delegateList(filters: [{ accountId: "x", delegateName: "retiree" }], limit: 5) { nodes { uuid delegateName } } }',
        )
      ).delegateList.nodes;
    let nodes = await listed();
    for (let i = 0; i < 50 && nodes.length === 0; i += 1) {
      await sleep(200);
      nodes = await listed();
    }
    const exited = new Promise<number | null>((resolve) => retiree.once('exit', (code) => resolve(code)));
    await graphql('mutation($id: String!) { deleteDelegate(input: { accountId: "x", delegateId: $id }) { message } }', { id: nodes[0]?.uuid });
    expect(await exited).toBe(1);
    expect(await listed()).toEqual([]);
  });
});

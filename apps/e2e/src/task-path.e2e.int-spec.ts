import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SUBGRAPHS } from '@fg/subgraph-registry';
import { callGateway, startStack, type GatewayAnswer, type Stack } from './stack';
import { spanChain, startTraceReceiver } from './trace-receiver';

const workspaceRoot = join(__dirname, '../../..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MASK = '**************';

// Recognisable values: none may appear anywhere but in the delegate's task input.
const CANARY = {
  text: 'E2E-TASK-TEXT-7c41d9',
  scoped: 'E2E-TASK-SCOPED-0b8e13',
  file: 'E2E-TASK-FILE-LINE-1-f29a60\nsecond line of the file\n',
};
/** The value and the encodings a careless write might use. */
const forms = (value: string) => [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('hex')];
const found = (haystack: string) => Object.values(CANARY).flatMap((value) => forms(value).filter((form) => haystack.includes(form)));

interface TaskView {
  id: string;
  status: string;
  result: { exitCode: number | null; output: string | null; error: string | null } | null;
  reason: string | null;
}

describe('the delegate task path: secrets injected and masked, metrics and one trace (built apps, a real delegate)', () => {
  let stack: Stack;
  let traces: Awaited<ReturnType<typeof startTraceReceiver>>;
  let delegate: ChildProcess;
  /** Where HTTP tasks send their requests: what it receives is the delegate's task input, not searched for values. */
  let target: Server;
  let targetUrl: string;
  const received: { authorization: string | undefined; body: string }[] = [];
  const delegateOutput: string[] = [];
  /** Every response body the gateway sent in this spec, for the leak search. */
  const responses: string[] = [];

  const gql = async (query: string, variables: Record<string, unknown> = {}): Promise<GatewayAnswer> => {
    const answer = await callGateway(stack, stack.demoApiKey, { query, variables });
    responses.push(JSON.stringify(answer.body));
    return answer;
  };
  const data = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { body } = await gql(query, variables);
    if (body.errors) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
    return Object.values(body.data ?? {})[0] as T;
  };
  const enqueue = async (input: Record<string, unknown>) =>
    (
      await data<{ task: { id: string } }>('mutation TaskPathEnqueue($input: CreateDelegateTaskInput!) { createDelegateTask(input: $input) { task { id } } }', {
        input,
      })
    ).task.id;
  const finished = async (id: string): Promise<TaskView> => {
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const view = await data<TaskView>('query($id: String!) { delegateTask(taskId: $id) { id status result { exitCode output error } reason } }', { id });
      if (['SUCCEEDED', 'FAILED', 'EXPIRED'].includes(view.status)) return view;
      await sleep(100);
    }
    throw new Error(`task ${id} did not finish`);
  };

  beforeAll(async () => {
    target = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ authorization: req.headers.authorization, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200).end('accepted');
      });
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    targetUrl = `http://127.0.0.1:${(target.address() as AddressInfo).port}`;
    traces = await startTraceReceiver();
    // trace: the process output searched for values holds everything the apps log. Spans leave every 100 ms.
    const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: traces.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' };
    stack = await startStack({ LOG_LEVEL: 'trace', DELEGATE_EXPIRY_SWEEP_MS: '300', ...tracing });
    const token = (await data<{ token: string }>('mutation { createDelegateToken(input: { name: "task-path" }) { token } }')).token;
    delegate = spawn(process.execPath, [join(workspaceRoot, 'dist/apps/delegate/main.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        DELEGATE_TOKEN: token,
        PLATFORM_URL: stack.gatewayOrigin,
        DELEGATE_NAME: 'task-path-delegate',
        DELEGATE_POLL_INTERVAL_MS: '100',
        DELEGATE_HEARTBEAT_INTERVAL_MS: '1000',
        LOG_LEVEL: 'trace',
        ...tracing,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    delegate.stdout?.on('data', (chunk) => delegateOutput.push(String(chunk)));
    delegate.stderr?.on('data', (chunk) => delegateOutput.push(String(chunk)));

    await data('mutation($input: CreateSecretInput!) { createSecret(input: $input) { secret { id } } }', {
      input: { secretType: 'ENCRYPTED_TEXT', encryptedText: { name: 'task-text', value: CANARY.text } },
    });
    await data('mutation($input: CreateSecretInput!) { createSecret(input: $input) { secret { id } } }', {
      input: {
        secretType: 'ENCRYPTED_TEXT',
        encryptedText: {
          name: 'task-scoped',
          value: CANARY.scoped,
          usageScope: { appEnvScopes: [{ application: { appId: 'app-task-path' }, environment: { filterType: 'NON_PRODUCTION_ENVIRONMENTS' } }] },
        },
      },
    });
    // The file goes in as a GraphQL multipart upload, as upload clients send it.
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: 'mutation($input: CreateSecretInput!) { createSecret(input: $input) { secret { id } } }',
        variables: { input: { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'task-file' } }, file: null },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([Buffer.from(CANARY.file)]), 'task-file.txt');
    const uploaded = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'x-api-key': stack.demoApiKey }, body: form });
    const uploadText = await uploaded.text();
    responses.push(uploadText);
    expect({ status: uploaded.status, errors: (JSON.parse(uploadText) as { errors?: unknown }).errors }).toEqual({ status: 200, errors: undefined });
  });

  afterAll(async () => {
    if (delegate && delegate.exitCode === null && delegate.signalCode === null) delegate.kill('SIGKILL');
    await stack?.stop();
    traces?.server.close();
    target?.close();
  });

  it('gives a running task its secrets (an uploaded file with its exact content) and stores only masked output', async () => {
    const id = await enqueue({
      type: 'SHELL_SCRIPT',
      script: 'echo "text=${secrets.getValue("task-text")}"; printf \'%s\' \'${secrets.getValue("task-file")}\' | sha256sum | cut -c1-64',
    });
    const task = await finished(id);
    expect(task).toMatchObject({ status: 'SUCCEEDED', reason: null });
    expect(task.result?.output).toBe(`text=${MASK}\n${createHash('sha256').update(CANARY.file).digest('hex')}\n`);
  });

  it("gives a secret only to tasks within its usage scope, failing others with a reason that names it", async () => {
    const nonProd = await enqueue({
      type: 'SHELL_SCRIPT',
      script: 'echo "scoped=${secrets.getValue("task-scoped")}"',
      applicationId: 'app-task-path',
      environmentId: 'env-qa',
      environmentType: 'NON_PROD',
    });
    const prod = await enqueue({
      type: 'SHELL_SCRIPT',
      script: 'echo "${secrets.getValue("task-scoped")}"',
      applicationId: 'app-task-path',
      environmentId: 'env-prod',
      environmentType: 'PROD',
    });
    const accountLevel = await enqueue({ type: 'SHELL_SCRIPT', script: 'echo "${secrets.getValue("task-scoped")}"' });
    const missing = await enqueue({ type: 'SHELL_SCRIPT', script: 'echo "${secrets.getValue("no-such-secret")}"' });

    expect(await finished(nonProd)).toMatchObject({ status: 'SUCCEEDED', result: { exitCode: 0, output: `scoped=${MASK}\n` } });
    expect(await finished(prod)).toMatchObject({
      status: 'FAILED',
      result: null,
      reason: 'its secrets could not be given to a delegate: Secret "task-scoped" may not be used in this application and environment',
    });
    expect(await finished(accountLevel)).toMatchObject({
      status: 'FAILED',
      reason: 'its secrets could not be given to a delegate: Secret "task-scoped" may not be used outside an application',
    });
    expect(await finished(missing)).toMatchObject({
      status: 'FAILED',
      reason: 'its secrets could not be given to a delegate: No secret exists with the name "no-such-secret"',
    });
  });

  it("sends an HTTP task's secrets in its headers and body to its target alone", async () => {
    const id = await enqueue({
      type: 'HTTP',
      url: `${targetUrl}/hook`,
      method: 'POST',
      headers: [{ name: 'Authorization', value: 'Bearer ${secrets.getValue("task-text")}' }],
      body: '{"token":"${secrets.getValue("task-text")}"}',
    });
    expect(await finished(id)).toMatchObject({ status: 'SUCCEEDED', result: { output: 'accepted' } });
    expect(received).toEqual([{ authorization: `Bearer ${CANARY.text}`, body: `{"token":"${CANARY.text}"}` }]);
  });

  it("counts the broker's task traffic and delegates in its Prometheus metrics, with no id as a label", async () => {
    const expiring = await enqueue({ type: 'NOOP', waitMs: 0, selectors: ['no-delegate-has-this'], timeoutMs: 200 });
    expect(await finished(expiring)).toMatchObject({ status: 'EXPIRED' });
    await enqueue({ type: 'NOOP', waitMs: 0, selectors: ['no-delegate-has-this'] });
    const metrics = await (await fetch(`${stack.delegateBrokerUrl}/metrics`)).text();
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(metrics)?.[1]);
    expect(value('fg_delegate_tasks_acquired_total{service="delegate-broker"}')).toBeGreaterThanOrEqual(2);
    expect(value('fg_delegate_tasks_completed_total{outcome="SUCCEEDED",service="delegate-broker"}')).toBeGreaterThanOrEqual(3);
    expect(value('fg_delegate_tasks_completed_total{outcome="FAILED",service="delegate-broker"}')).toBeGreaterThanOrEqual(3);
    expect(value('fg_delegate_tasks_expired_total{service="delegate-broker"}')).toBeGreaterThanOrEqual(1);
    expect(value('fg_delegates{state="connected",service="delegate-broker"}')).toBe(1);
    expect(value('fg_delegate_queue_depth{service="delegate-broker"}')).toBe(1);
    expect(value('fg_delegate_queue_depth_max_per_account{service="delegate-broker"}')).toBe(1);
    expect(value('fg_delegate_queue_accounts_waiting{service="delegate-broker"}')).toBe(1);
    expect(metrics).toMatch(/^fg_http_requests_total\{route="\/internal\/delegates\/acquire",status="200",service="delegate-broker"\} \d+$/m);
    // Labels come from fixed sets: no account, task or delegate id.
    const labelValues = [...metrics.matchAll(/="([^"]*)"/g)].map((match) => match[1] as string);
    for (const id of [expiring, stack.demoApiKey]) expect(labelValues).not.toContain(id);
  });

  it('follows one trace from the gateway through the subgraph into the task and the delegate’s run of it', async () => {
    await enqueue({ type: 'SHELL_SCRIPT', script: 'echo traced' });
    const root = 'gateway: gateway POST /api/graphql';
    let chain: string[] = [];
    for (let attempt = 0; attempt < 200 && chain.at(-1) !== root; attempt += 1) {
      const runs = traces.spans.filter((span) => span.service === 'delegate' && span.name === 'delegate task run SHELL_SCRIPT');
      chain = runs.map((run) => spanChain(traces.spans, run)).sort((a, b) => b.length - a.length)[0] ?? [];
      await sleep(100);
    }
    expect(chain).toEqual([
      'delegate: delegate task run SHELL_SCRIPT',
      'pipelines-workflows-executions: delegate task enqueue SHELL_SCRIPT',
      'pipelines-workflows-executions: pipelines-workflows-executions graphql',
      'gateway: subgraph pipelines-workflows-executions',
      'gateway: gateway.fetch',
      'gateway: gateway.execute',
      'gateway: gateway.request',
      root,
    ]);
  });

  it('shows no secret value in any response, any process’s output or the raw databases', async () => {
    const documents: string[] = [];
    for (const { name } of SUBGRAPHS) {
      const db = (await stack.database(name)).db!;
      for (const { name: collection } of await db.listCollections().toArray()) {
        for (const doc of await db.collection(collection).find().toArray()) documents.push(JSON.stringify(doc));
      }
    }
    const output = stack.processOutput() + delegateOutput.join('');
    // The searches can find something: the stored task keeps the reference, the secrets subgraph logs the release.
    expect(documents.join('\n')).toContain('${secrets.getValue(\\"task-text\\")}');
    expect(output).toContain('released secret values to a task');
    expect(responses.length).toBeGreaterThan(10);
    expect(found(responses.join('\n'))).toEqual([]);
    expect(found(output)).toEqual([]);
    expect(found(documents.join('\n'))).toEqual([]);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DELEGATE_API_ERRORS, type LeaseResponse, type OfferedTask, type ReportResponse } from '@fg/delegate-protocol';
import { PrincipalVerifier, type Principal } from '@fg/internal-auth';
import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { createLogger } from '@fg/logger';
import { DelegateRegistry, DelegateTokenRepository, TaskQueue } from '@fg/pipelines-workflows-executions/delegate-tasks';
import { EVENT_FIELD, streamKey } from '@fg/domain-events';
import { AppManifestRepository, ArtifactSourceProjection, CatalogProjection, ManifestVersionRepository, PipelineRepository, WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import {
  DeploymentQuota,
  ExecutionAdvanceQueue,
  ExecutionLauncher,
  ExecutionRepository,
  ProjectedExecutionFacts,
  deploymentQuotaOptions,
} from '@fg/pipelines-workflows-executions/engine';
import { RateLimiter, RollingQuota, createLimiterRedis, loadLimitsConfig } from '@fg/rate-limits';
import { SYSTEM_PRINCIPAL } from '@fg/internal-auth';
import { TEST_SIGNING_SECRET, signedHeaders, testDatabase, testPrincipal, testRedis, testServices, type TestDatabase, type TestRedis } from '@fg/testing';
import { startBroker } from './broker';
import type { RunningBroker } from './broker-server';
import { loadBrokerEnvironment } from './environment';

const carol = testPrincipal('acc-carol', { kind: 'delegate', id: 'tok-carol' });
const noop = { type: 'NOOP' as const, payload: { version: 1 as const, type: 'NOOP' as const, waitMs: 0 }, selectors: [], timeoutMs: 60_000, leaseMs: 30_000 };

describe('delegate broker (real store and Redis)', () => {
  let db: TestDatabase;
  let scratch: TestRedis;
  let broker: RunningBroker;
  let tasks: TaskQueue;
  let limiterRedis: ReturnType<typeof createLimiterRedis>;
  let secrets: Server;
  /** What the secrets subgraph stand-in was asked, with the principal its signature proved. */
  const secretRequests: { principal: Principal | null; body: unknown }[] = [];

  beforeAll(async () => {
    // The secrets subgraph's values route, as far as the broker can tell: signed calls, values by referenced name.
    const verifier = new PrincipalVerifier(TEST_SIGNING_SECRET);
    secrets = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { referencedNames: string[] };
        secretRequests.push({ principal: verifier.verify(req.headers), body });
        const unknown = body.referencedNames.find((name) => name !== 'db-pass');
        res.writeHead(unknown ? 404 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(unknown ? { error: `No secret exists with the name "${unknown}"` } : { values: [{ name: 'db-pass', value: 'BROKER-SPEC-PW' }], files: [] }));
      });
    });
    await new Promise<void>((resolve) => secrets.listen(0, '127.0.0.1', resolve));
    const { mongoUrl, redisUrl } = await testServices();
    db = await testDatabase(mongoUrl, 'broker');
    scratch = await testRedis(redisUrl);
    const env = loadBrokerEnvironment({
      MONGO_URL: mongoUrl,
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: scratch.prefix,
      GATEWAY_SIGNING_SECRET: TEST_SIGNING_SECRET,
      DELEGATE_BROKER_PORT: '0',
      LOG_LEVEL: 'silent',
      SECRETS_URL: `http://127.0.0.1:${(secrets.address() as AddressInfo).port}/graphql`,
    });
    broker = await startBroker({ ...env, mongoDbName: db.name }, createLogger('delegate-broker', 'silent'));
    // The pipelines subgraph's side: it enqueues the tasks the broker hands out.
    limiterRedis = createLimiterRedis(redisUrl);
    tasks = new TaskQueue({
      connection: db.connection,
      redisUrl,
      limiter: new RateLimiter(limiterRedis, { keyPrefix: `${scratch.prefix}rl:`, failOpen: false }),
      limits: loadLimitsConfig({}),
      keyPrefix: scratch.prefix,
    });
  });
  afterAll(async () => {
    await broker.stop();
    await tasks.close();
    limiterRedis.disconnect();
    await scratch.cleanup();
    await db.drop();
    secrets.close();
  });

  const call = async <T = Record<string, unknown>>(path: string, body: unknown, principal: Principal = carol) => {
    const response = await fetch(`${broker.url}/internal/delegates/${path}`, { method: 'POST', headers: signedHeaders(principal), body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as T };
  };

  it('verifies a delegate token to its account', async () => {
    const { token } = await new DelegateTokenRepository(db.connection).create('acc-carol', 'ci');
    expect(await call('verify-token', { token }, SYSTEM_PRINCIPAL)).toEqual({ status: 200, body: { accountId: 'acc-carol', tokenId: expect.any(String) } });
    expect(await call('verify-token', { token: 'made-up' }, SYSTEM_PRINCIPAL)).toEqual({ status: 404, body: { error: DELEGATE_API_ERRORS.invalidToken } });
  });

  it('refuses unsigned calls', async () => {
    const response = await fetch(`${broker.url}/internal/delegates/acquire`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(401);
  });

  it('runs a task through register, acquire, start, renew and report; duplicate and late reports change nothing', async () => {
    const registered = await call<{ delegateId: string; status: string }>('register', { name: 'builder-1', tags: ['k8s'], version: '1.0.0', hostName: 'b1' });
    expect(registered).toMatchObject({ status: 200, body: { accountId: 'acc-carol', status: 'ENABLED' } });
    const { delegateId } = registered.body;
    const queued = await tasks.enqueue('acc-carol', { ...noop, selectors: ['k8s'] });

    const acquired = await call<{ tasks: OfferedTask[] }>('acquire', { delegateId, max: 5 });
    expect(acquired.body.tasks).toEqual([{ id: queued.id, type: 'NOOP', payload: noop.payload, leaseMs: 30_000, leaseToken: expect.any(String) }]);
    const ref = { taskId: queued.id, leaseToken: (acquired.body.tasks[0] as OfferedTask).leaseToken };

    const started = await call<LeaseResponse>('tasks/start', { delegateId, tasks: [ref] });
    expect(started.body.outcomes).toEqual([{ taskId: queued.id, held: true, leaseUntil: expect.any(Number) }]);
    expect((await call<LeaseResponse>('tasks/renew', { delegateId, tasks: [ref, { ...ref, leaseToken: 'forged' }] })).body.outcomes).toEqual([
      { taskId: queued.id, held: true, leaseUntil: expect.any(Number) },
      { taskId: queued.id, held: false, reason: 'LEASE_NOT_HELD' },
    ]);

    const report = { ...ref, status: 'SUCCEEDED', result: { exitCode: 0, output: 'hi' } };
    const [first, second] = await Promise.all([call<ReportResponse>('tasks/report', { delegateId, reports: [report] }), call<ReportResponse>('tasks/report', { delegateId, reports: [report] })]);
    const outcomes = [...(first?.body.outcomes ?? []), ...(second?.body.outcomes ?? [])];
    expect(outcomes.filter((outcome) => outcome.accepted)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.accepted)).toEqual([{ taskId: queued.id, accepted: false, reason: 'ALREADY_FINISHED' }]);
    expect(await tasks.getTask('acc-carol', queued.id)).toMatchObject({ status: 'SUCCEEDED', result: { exitCode: 0, output: 'hi' }, delegateId });
  });

  it('answers 400 to malformed calls, 404 to unknown delegates and calls', async () => {
    expect((await call('register', { tags: [] })).body).toMatchObject({ error: DELEGATE_API_ERRORS.invalidInput });
    expect((await call('tasks/report', { delegateId: 'd', reports: [] })).status).toBe(400);
    expect((await call('tasks/report', { delegateId: 'd', reports: [{ taskId: 't', leaseToken: 'l', status: 'SUCCEEDED', result: { extra: 1 } }] })).status).toBe(400);
    expect(await call('acquire', { delegateId: 'nobody' })).toEqual({ status: 404, body: { error: DELEGATE_API_ERRORS.unknownDelegate } });
    expect(await call('heartbeat', { delegateId: 'nobody' })).toEqual({ status: 404, body: { error: DELEGATE_API_ERRORS.unknownDelegate } });
    expect((await call('tasks/running', {})).status).toBe(404);
  });

  it('gives a deleted delegate nothing more, even when it registers again', async () => {
    const registry = new DelegateRegistry(db.connection, { connectedWindowMs: 60_000 });
    const { body } = await call<{ delegateId: string }>('register', { name: 'doomed', tags: [], version: '1' });
    await tasks.enqueue('acc-carol', noop);
    await registry.deleteDelegate('acc-carol', body.delegateId);
    const deleted = { status: 403, body: { error: DELEGATE_API_ERRORS.delegateDeleted } };
    expect(await call('acquire', { delegateId: body.delegateId, max: 5 })).toEqual(deleted);
    expect(await call('heartbeat', { delegateId: body.delegateId })).toEqual(deleted);
    expect(await call('register', { name: 'doomed', tags: [], version: '2' })).toEqual(deleted);
  });

  it("hands a task its secrets' values, asked for as the acquiring delegate in the task's context, and masks them in its report", async () => {
    const { body } = await call<{ delegateId: string }>('register', { name: 'secretive', tags: ['vault'], version: '1' });
    const context = { applicationId: 'app-1', environmentId: 'env-1', environmentType: 'PROD' as const, executionId: null, stepId: null };
    const script = 'login ${secrets.getValue("db-pass")}';
    const payload = { version: 1 as const, type: 'SHELL_SCRIPT' as const, script, timeoutMs: 1000 };
    const queued = await tasks.enqueue('acc-carol', { ...noop, type: 'SHELL_SCRIPT', payload, selectors: ['vault'], context });
    const missing = await tasks.enqueue('acc-carol', { ...noop, type: 'SHELL_SCRIPT', payload: { ...payload, script: 'echo ${secrets.getValue("nope")}' }, selectors: ['vault'] });

    const acquired = await call<{ tasks: OfferedTask[] }>('acquire', { delegateId: body.delegateId, max: 5 });
    // With it, the task the deleted delegate left (no selectors, so this delegate's too).
    expect(acquired.body.tasks.filter((task) => task.type === 'SHELL_SCRIPT')).toEqual([
      { id: queued.id, type: 'SHELL_SCRIPT', payload: { ...payload, script: 'login BROKER-SPEC-PW' }, leaseMs: 30_000, leaseToken: expect.any(String) },
    ]);
    expect(acquired.body.tasks.map((task) => task.type).sort()).toEqual(['NOOP', 'SHELL_SCRIPT']);
    expect(secretRequests).toContainEqual({
      principal: expect.objectContaining({ kind: 'delegate', id: body.delegateId, accountId: 'acc-carol' }),
      body: { referencedNames: ['db-pass'], application: { id: 'app-1' }, environment: { id: 'env-1', type: 'PROD' } },
    });
    expect(secretRequests).toContainEqual({ principal: expect.objectContaining({ kind: 'delegate' }), body: { referencedNames: ['nope'], application: null, environment: null } });
    expect(await tasks.getTask('acc-carol', missing.id)).toMatchObject({
      status: 'FAILED',
      reason: 'its secrets could not be given to a delegate: No secret exists with the name "nope"',
    });

    const leaseToken = (acquired.body.tasks.find((task) => task.id === queued.id) as OfferedTask).leaseToken;
    const report = { taskId: queued.id, leaseToken, status: 'SUCCEEDED', result: { exitCode: 0, output: 'logged in with BROKER-SPEC-PW' } };
    expect((await call<ReportResponse>('tasks/report', { delegateId: body.delegateId, reports: [report] })).body.outcomes).toEqual([{ taskId: queued.id, accepted: true }]);
    expect(await tasks.getTask('acc-carol', queued.id)).toMatchObject({ payload: { script }, result: { exitCode: 0, output: 'logged in with **************' } });
  });

  it('serves Prometheus metrics of the task traffic, the queues and the delegates, without ids', async () => {
    await tasks.enqueue('acc-carol', { ...noop, selectors: ['nobody-has-it'] });
    const response = await fetch(`${broker.url}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    // So far: three tasks handed out, two of them reported done, one failed for its secret, one waiting.
    expect(value('fg_delegate_tasks_acquired_total{service="delegate-broker"}')).toBe(3);
    expect(value('fg_delegate_tasks_completed_total{outcome="SUCCEEDED",service="delegate-broker"}')).toBe(2);
    expect(value('fg_delegate_tasks_completed_total{outcome="FAILED",service="delegate-broker"}')).toBe(1);
    expect(value('fg_delegate_queue_depth{service="delegate-broker"}')).toBe(1);
    expect(value('fg_delegate_queue_accounts_waiting{service="delegate-broker"}')).toBe(1);
    expect(value('fg_delegates{state="connected",service="delegate-broker"}')).toBe(2);
    expect(text).toContain('# TYPE fg_delegate_tasks_expired_total counter');
    expect(text).toMatch(/^fg_http_requests_total\{route="\/internal\/delegates\/acquire",status="200",service="delegate-broker"\} \d+$/m);
    expect(text).not.toContain('acc-carol');
  });

  it('runs an execution to its end: its statuses counted once each, its end announced once on the executions stream', async () => {
    const { redisUrl } = await testServices();
    const executions = new ExecutionRepository(db.connection);
    const workflows = new WorkflowRepository(db.connection);
    const workflow = await workflows.create('acc-carol', {
      applicationId: 'app-1',
      name: 'nap',
      description: null,
      workflowType: 'BASIC',
      environmentId: null,
      variables: [],
      phases: [{ name: 'p', steps: [{ type: 'WAIT', name: 'nap', durationMs: 1 }] }],
      createdBy: null,
    });
    // The pipelines subgraph's side: it starts the execution; the broker's engine runs and ends it.
    const advance = new ExecutionAdvanceQueue(redisUrl, scratch.prefix);
    const launcher = new ExecutionLauncher({
      executions,
      workflows,
      pipelines: new PipelineRepository(db.connection),
      facts: new ProjectedExecutionFacts(new CatalogProjection(db.connection), new ArtifactSourceProjection(db.connection), {
        appManifests: new AppManifestRepository(db.connection),
        versions: new ManifestVersionRepository(db.connection),
      }),
      quota: new DeploymentQuota(new RollingQuota(limiterRedis, deploymentQuotaOptions(scratch.prefix)), loadLimitsConfig({})),
      advance,
    });
    const admin = testPrincipal('acc-carol', { kind: 'user', id: 'carol-admin', permissions: ACCOUNT_ADMINISTRATOR });
    const { execution } = await launcher.start(admin, { applicationId: 'app-1', executionType: 'WORKFLOW', entityId: workflow.id }).finally(() => advance.close());
    let status = execution.status;
    for (let i = 0; i < 200 && status !== 'SUCCESS'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await executions.byId('acc-carol', execution.id))?.status ?? status;
    }
    expect(status).toBe('SUCCESS');

    const text = await (await fetch(`${broker.url}/metrics`)).text();
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);
    expect(value('fg_executions_total{status="RUNNING",service="delegate-broker"}')).toBe(1);
    expect(value('fg_executions_total{status="SUCCESS",service="delegate-broker"}')).toBe(1);

    const entries = await scratch.redis.xrange(streamKey(scratch.prefix, 'execution.ended'), '-', '+');
    const events = entries.map(([, fields]) => JSON.parse(fields[fields.indexOf(EVENT_FIELD) + 1] as string) as { id: string; payload: Record<string, unknown> });
    expect(events.filter((event) => event.payload['executionId'] === execution.id)).toEqual([
      expect.objectContaining({
        id: `execution.ended:${execution.id}`,
        payload: expect.objectContaining({ executionType: 'WORKFLOW', entityId: workflow.id, status: 'SUCCESS', artifacts: [] }),
      }),
    ]);
  });
});

// npm run bench:queue: delegate task throughput (acquire + complete) through the platform's real path, HTTP and durable
// state included, against a raw BullMQ worker on the same Redis, one after the other in one run on one machine.
//
// Ours: the five subgraphs and the gateway as built apps; N simulated delegates (plain HTTP clients, no task runner)
// register with a delegate token, then each loops `POST /api/delegate/acquire` (up to ACQUIRE_MAX tasks) and reports
// the whole batch SUCCEEDED in one `POST /api/delegate/tasks/reports` (a report straight from ACQUIRED is allowed),
// until all M NOOP tasks, enqueued through GraphQL before the clock starts, are finished. Raw: a BullMQ Queue gets the
// same number of jobs with addBulk, then a Worker with an empty processor at concurrency 50 runs them all. Prints both
// throughputs and, as its last line, the ratio of ours to raw BullMQ.
import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import mongoose from 'mongoose';
import { Agent, request } from 'undici';
import { ChildSet, startServices } from '../stack/services.mjs';
import { startBenchStack } from '../stack/bench-stack.mjs';
import { dataDir, ensureDependencies, localSecrets, nx, rootDir } from '../stack/workspace.mjs';

const TASKS = Number(process.env.BENCH_TASKS ?? 15_000);
const RAW_JOBS = Number(process.env.BENCH_RAW_JOBS ?? Math.max(TASKS, 20_000));
const DELEGATES = Number(process.env.BENCH_DELEGATES ?? 8);
const ACQUIRE_MAX = Number(process.env.BENCH_ACQUIRE_MAX ?? 100);
const RAW_CONCURRENCY = 50;
const ENQUEUE_IN_FLIGHT = 4;
// createDelegateTask mutations per GraphQL request (aliases), so that setting up stays short.
const ENQUEUE_PER_REQUEST = 50;
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? 4950);
// A run that makes no progress for this long has a bug, not a slow machine.
// Longer than a lease (30 s) plus the lease check (30 s): tasks of a timed-out acquire come back only after both.
const STALL_MS = 90_000;

// BENCH_VERBOSE=1 shows the apps' own output (warnings and errors at LOG_LEVEL=warn).
const quiet = process.env.BENCH_VERBOSE ? (label, line) => process.stderr.write(`[${label}] ${line}\n`) : () => {};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000, pipelining: 1 });

async function post(url, body, headers) {
  const response = await request(url, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.body.text();
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: response.statusCode, body: parsed };
}

async function measureOurs(gatewayOrigin, apiKey) {
  const graphql = async (query, variables) => {
    const answer = await post(`${gatewayOrigin}/api/graphql`, { query, variables }, { 'x-api-key': apiKey });
    if (answer.status !== 200 || answer.body?.errors) throw new Error(`GraphQL ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body.data;
  };
  const { token } = (await graphql('mutation { createDelegateToken(input: { name: "bench" }) { token } }')).createDelegateToken;
  const delegateHeaders = { authorization: `Delegate ${token}` };
  const call = async (name, body, accept = [200]) => {
    const answer = await post(`${gatewayOrigin}/api/delegate/${name}`, body, delegateHeaders);
    if (!accept.includes(answer.status)) throw new Error(`${name} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer;
  };

  const delegateIds = [];
  for (let i = 0; i < DELEGATES; i += 1) {
    const { body } = await call('register', { name: `bench-${process.pid}-${i}`, tags: [], version: 'bench' });
    delegateIds.push(body.delegateId);
  }

  // Enqueue before the clock starts: the benchmark measures acquire + complete.
  const enqueueStarted = performance.now();
  let next = 0;
  const enqueuer = async () => {
    while (next < TASKS) {
      const count = Math.min(ENQUEUE_PER_REQUEST, TASKS - next);
      next += count;
      const fields = Array.from({ length: count }, (_, i) => `t${i}: createDelegateTask(input: $input) { task { id } }`);
      await graphql(`mutation($input: CreateDelegateTaskInput!) { ${fields.join(' ')} }`, { input: { type: 'NOOP', waitMs: 0 } });
    }
  };
  await Promise.all(Array.from({ length: ENQUEUE_IN_FLIGHT }, enqueuer));
  const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
  console.log(`enqueued ${TASKS} NOOP tasks through GraphQL in ${enqueueSeconds.toFixed(1)} s (${(TASKS / enqueueSeconds).toFixed(0)}/s, not timed below)`);

  let completed = 0;
  let acquires = 0;
  let emptyAcquires = 0;
  let refusedReports = 0;
  let limited = 0;
  let unavailable = 0;
  let lastProgress = performance.now();
  const acquireMs = [];
  const reportMs = [];
  const delegate = async (delegateId) => {
    while (completed < TASKS) {
      if (performance.now() - lastProgress > STALL_MS) throw new Error(`no task completed for ${STALL_MS / 1000}s (${completed}/${TASKS} done)`);
      const t0 = performance.now();
      const { status, body } = await call('acquire', { delegateId, max: ACQUIRE_MAX }, [200, 503]);
      acquireMs.push(performance.now() - t0);
      if (status === 503) {
        // The gateway gave up waiting; tasks claimed meanwhile return when their lease lapses. A delegate retries.
        unavailable += 1;
        await sleep(1000);
        continue;
      }
      acquires += 1;
      if (body.retryAfterMs !== undefined) limited += 1;
      if (body.tasks.length === 0) {
        emptyAcquires += 1;
        // Other delegates hold the last tasks; poll again soon (a real delegate waits DELEGATE_POLL_INTERVAL_MS, 1 s).
        await sleep(body.retryAfterMs ?? 100);
        continue;
      }
      const t1 = performance.now();
      const reports = body.tasks.map((task) => ({ taskId: task.id, leaseToken: task.leaseToken, status: 'SUCCEEDED', result: {} }));
      const answer = await call('tasks/reports', { delegateId, reports });
      reportMs.push(performance.now() - t1);
      for (const outcome of answer.body.outcomes) {
        if (outcome.accepted) completed += 1;
        else refusedReports += 1;
      }
      if (answer.body.outcomes.some((outcome) => outcome.accepted)) lastProgress = performance.now();
    }
  };
  const started = performance.now();
  await Promise.all(delegateIds.map(delegate));
  const seconds = (performance.now() - started) / 1000;
  const pct = (values, p) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  };
  return {
    tasks: completed,
    seconds,
    rate: completed / seconds,
    detail:
      `${acquires} acquires (${emptyAcquires} empty, ${limited} limited, ${unavailable} answered 503), ${refusedReports} refused reports; ` +
      `acquire p50 ${pct(acquireMs, 50).toFixed(1)} ms p99 ${pct(acquireMs, 99).toFixed(1)} ms, ` +
      `report (batch) p50 ${pct(reportMs, 50).toFixed(1)} ms p99 ${pct(reportMs, 99).toFixed(1)} ms`,
  };
}

async function measureRaw(redisUrl) {
  // BullMQ does not close connections it is given, so both are closed here.
  const queueConnection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  const workerConnection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  const prefix = `benchq${process.pid}`;
  const name = `raw-${randomUUID()}`;
  const queue = new Queue(name, { connection: queueConnection, prefix });
  let worker;
  try {
    for (let i = 0; i < RAW_JOBS; i += 1000) {
      const size = Math.min(1000, RAW_JOBS - i);
      await queue.addBulk(Array.from({ length: size }, (_, j) => ({ name: 'noop', data: { i: i + j, type: 'NOOP', waitMs: 0 } })));
    }
    let completed = 0;
    let failure;
    let finished;
    const done = new Promise((resolve) => (finished = resolve));
    const started = performance.now();
    worker = new Worker(name, async () => {}, { connection: workerConnection, prefix, concurrency: RAW_CONCURRENCY });
    worker.on('completed', () => {
      completed += 1;
      if (completed === RAW_JOBS) finished(performance.now());
    });
    worker.on('failed', (_job, err) => {
      failure ??= err;
      finished(null);
    });
    let timer;
    const ended = await Promise.race([done, new Promise((resolve) => (timer = setTimeout(resolve, 120_000, null)))]);
    clearTimeout(timer);
    if (failure) throw new Error(`a raw BullMQ job failed: ${failure.message}`);
    if (ended === null) throw new Error(`raw BullMQ completed only ${completed} of ${RAW_JOBS} jobs in 120 s`);
    const seconds = (ended - started) / 1000;
    return { tasks: RAW_JOBS, seconds, rate: RAW_JOBS / seconds };
  } finally {
    await worker?.close();
    await queue.obliterate({ force: true }).catch(() => {});
    await queue.close();
    queueConnection.disconnect();
    workerConnection.disconnect();
  }
}

/** Drops this run's databases and Redis keys, so repeated runs do not grow the store. */
async function cleanUp(services, runId) {
  const connection = await mongoose.createConnection(services.mongoUrl).asPromise();
  try {
    const { databases } = await connection.db.admin().listDatabases();
    for (const { name } of databases) if (name.startsWith(`${runId}_`)) await connection.useDb(name).dropDatabase();
  } finally {
    await connection.close();
  }
  const redis = new IORedis(services.redisUrl);
  try {
    let cursor = '0';
    do {
      const [nextCursor, keys] = await redis.scan(cursor, 'MATCH', `${runId}:*`, 'COUNT', 1000);
      cursor = nextCursor;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

const children = new ChildSet(quiet);
let services;
let runId;
try {
  await ensureDependencies();
  if ((await nx(['run-many', '-t', 'build', '--outputStyle=static'])) !== 0) throw new Error('build failed');
  services = await startServices({ rootDir, dataDir, log: quiet });
  const secrets = localSecrets();
  runId = `benchq${process.pid}${Date.now().toString(36)}`;
  await startBenchStack({
    children,
    basePort: BASE_PORT,
    env: {
      ...secrets,
      MONGO_URL: services.mongoUrl,
      MONGO_DB_PREFIX: runId,
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: `${runId}:`,
      // Raised for the run: the benchmark measures the queue, not the limits (their checks still run).
      LIMIT_DELEGATE_TASKS_PER_MIN_PER_ACCOUNT: '100000000',
      LIMIT_DELEGATE_TASKS_PER_MIN_PER_POD: '100000000',
      LIMIT_GRAPHQL_PER_MIN: '100000000',
      LIMIT_EDGE_PER_MIN: '100000000',
    },
  });

  console.log(`${TASKS} NOOP tasks, ${DELEGATES} simulated delegates acquiring up to ${ACQUIRE_MAX} at a time through the gateway`);
  const ours = await measureOurs(`http://127.0.0.1:${BASE_PORT}`, secrets.DEMO_API_KEY);
  console.log(`  ${ours.detail}`);
  const raw = await measureRaw(services.redisUrl);
  console.log(`ours (gateway + platform + store)  ${ours.rate.toFixed(1).padStart(9)} tasks/s  (${ours.tasks} in ${ours.seconds.toFixed(2)} s)`);
  console.log(`raw BullMQ (worker, concurrency ${RAW_CONCURRENCY}) ${raw.rate.toFixed(1).padStart(9)} jobs/s   (${raw.tasks} in ${raw.seconds.toFixed(2)} s)`);
  console.log(`queue ratio: ${(ours.rate / raw.rate).toFixed(3)}`);
} catch (error) {
  console.error(`bench failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await agent.close().catch(() => {});
  await children.stopAll();
  if (services && runId) await cleanUp(services, runId).catch((error) => console.error(`clean-up failed: ${error.message}`));
  await services?.stop();
}

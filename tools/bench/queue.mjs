// npm run bench:queue: delegate task throughput (acquire, start, run, report) through the path users run, HTTP and
// durable state included, against a raw BullMQ worker on the same Redis, one after the other in one run on one machine.
//
// Ours: the five subgraphs, the delegate broker and the gateway as built apps; M NOOP tasks are enqueued through
// GraphQL before the clock starts; then N shipped delegates (dist/apps/delegate, their own client code: batched
// acquires, starts, renewals and reports) run them all; the clock stops when GraphQL counts M SUCCEEDED tasks. Raw: a
// BullMQ Queue gets the same number of jobs with addBulk, then a Worker with an empty processor at concurrency 50 runs
// them all. Prints both throughputs and, as its last line, the ratio of ours to raw BullMQ. MONGO_URL picks the store.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import mongoose from 'mongoose';
import { Agent, request } from 'undici';
import { ChildSet, startServices } from '../stack/services.mjs';
import { startBenchStack } from '../stack/bench-stack.mjs';
import { dataDir, ensureDependencies, localSecrets, nx, rootDir } from '../stack/workspace.mjs';

const TASKS = Number(process.env.BENCH_TASKS ?? 15_000);
const RAW_JOBS = Number(process.env.BENCH_RAW_JOBS ?? Math.max(TASKS, 20_000));
const DELEGATES = Number(process.env.BENCH_DELEGATES ?? 4);
// Each delegate's DELEGATE_MAX_CONCURRENT_TASKS: how many it asks for and runs at once.
const ACQUIRE_MAX = Number(process.env.BENCH_ACQUIRE_MAX ?? 100);
const RAW_CONCURRENCY = 50;
const ENQUEUE_IN_FLIGHT = 4;
// createDelegateTask mutations per GraphQL request (aliases), so that setting up stays short.
const ENQUEUE_PER_REQUEST = 50;
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? 4950);
// A run that makes no progress for this long has a bug, not a slow machine (longer than a lease plus a lease check).
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

  // Enqueue before the clock starts: the benchmark measures acquire, start, run and report.
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

  // Each delegate logs every accepted report ("task finished", accepted: true): counting those lines watches progress
  // without querying the store while it works. GraphQL confirms the count at the end.
  let done = 0;
  const delegates = new ChildSet((label, line) => {
    if (line.includes('"msg":"task finished"') && line.includes('"accepted":true')) done += 1;
    else quiet(label, line);
  });
  const started = performance.now();
  let lastProgress = started;
  try {
    for (let i = 0; i < DELEGATES; i += 1) {
      delegates.spawn(`delegate-${i}`, process.execPath, [path.join(rootDir, 'dist/apps/delegate/main.js')], {
        env: {
          ...process.env,
          PLATFORM_URL: gatewayOrigin,
          DELEGATE_TOKEN: token,
          DELEGATE_NAME: `bench-${process.pid}-${i}`,
          DELEGATE_MAX_CONCURRENT_TASKS: String(ACQUIRE_MAX),
          DELEGATE_POLL_INTERVAL_MS: '50',
          LOG_LEVEL: 'info',
        },
      });
    }
    let seen = 0;
    while (done < TASKS) {
      await sleep(20);
      if (done > seen) {
        seen = done;
        lastProgress = performance.now();
      }
      if (performance.now() - lastProgress > STALL_MS) throw new Error(`no task completed for ${STALL_MS / 1000}s (${done}/${TASKS} done)`);
    }
  } finally {
    await delegates.stopAll();
  }
  const seconds = (performance.now() - started) / 1000;
  const succeeded = (await graphql('{ delegateTasks(status: SUCCEEDED, limit: 1) { pageInfo { total } } }')).delegateTasks.pageInfo.total;
  if (succeeded !== TASKS) throw new Error(`the delegates reported ${done} tasks done, the store holds ${succeeded} SUCCEEDED`);
  return { tasks: done, seconds, rate: done / seconds, detail: `${DELEGATES} delegates running up to ${ACQUIRE_MAX} tasks each` };
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

  console.log(`${TASKS} NOOP tasks, ${DELEGATES} shipped delegates running up to ${ACQUIRE_MAX} at a time, through the gateway`);
  const ours = await measureOurs(`http://127.0.0.1:${BASE_PORT}`, secrets.DEMO_API_KEY);
  console.log(`  ${ours.detail}: ${ours.rate.toFixed(1)} tasks/s`);
  const raw = await measureRaw(services.redisUrl);
  console.log(`ours (delegates + gateway + broker + store) ${ours.rate.toFixed(1).padStart(9)} tasks/s  (${ours.tasks} in ${ours.seconds.toFixed(2)} s)`);
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

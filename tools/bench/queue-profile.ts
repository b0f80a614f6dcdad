// Where the time of an acquire / start / report goes, in one process (no HTTP): TaskQueue over the store and Redis
// named by MONGO_URL and REDIS_URL, PROFILE_TASKS NOOP tasks run by PROFILE_LOOPS concurrent loops of
// acquire(100) -> start -> report (PROFILE_LOOPS=1: phases one after another). Prints the wall time of each call and
// of the steps inside an acquire per 100 tasks (the rest of an acquire is fetching its BullMQ deliveries), and, with
// STORE_PID set to the store's process id, the CPU time the store and this process spent per 100 tasks.
// Run it through `npm run bench:queue-profile`.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mongoose from 'mongoose';
import { ensureIndexes } from '@fg/tenancy';
import { RateLimiter, createLimiterRedis, loadLimitsConfig } from '@fg/rate-limits';
import { TaskQueue } from '@fg/pipelines-workflows-executions/delegate-tasks';

const TASKS = Number(process.env.PROFILE_TASKS ?? 6000);
const LOOPS = Number(process.env.PROFILE_LOOPS ?? 4);
const BATCH = 100;
const spent = new Map<string, { ms: number; calls: number }>();
const add = (name: string, ms: number) => {
  const entry = spent.get(name) ?? { ms: 0, calls: 0 };
  entry.ms += ms;
  entry.calls += 1;
  spent.set(name, entry);
};
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t = performance.now();
  try {
    return await work();
  } finally {
    add(name, performance.now() - t);
  }
}
function wrap(target: object, method: string, name: string): void {
  const original = (target as Record<string, (...args: unknown[]) => Promise<unknown>>)[method] as (...args: unknown[]) => Promise<unknown>;
  (target as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
    return timed(name, () => original.apply(this, args));
  };
}

const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const run = `qprof${Date.now().toString(36)}`;
const connection = await mongoose.createConnection(mongoUrl, { dbName: `${run}_pipelines` }).asPromise();
const limiterRedis = createLimiterRedis(redisUrl);
const limiter = new RateLimiter(limiterRedis, { keyPrefix: `${run}:rl:`, failOpen: false });
const limits = loadLimitsConfig({ LIMIT_DELEGATE_TASKS_PER_MIN_PER_ACCOUNT: '100000000', LIMIT_DELEGATE_TASKS_PER_MIN_PER_POD: '100000000' });
const queue = new TaskQueue({ connection, redisUrl, limiter, limits, keyPrefix: `${run}:` });
await ensureIndexes(connection);
// Private steps of an acquire, timed by name (this script reaches into the queue on purpose).
const inner = queue as unknown as Record<string, object>;
wrap(TaskQueue.prototype, 'settle', 'acquire: settle deliveries');
wrap(TaskQueue.prototype, 'grantUnits', 'acquire: limits');
wrap(inner.tasks as object, 'acquire', 'acquire: store claim');
wrap(inner.tasks as object, 'extend', 'start: store extend');
wrap(inner.tasks as object, 'finish', 'report: store finish');
wrap(inner.redis as object, 'smembers', 'acquire: selector sets');
const account = 'acc-profile';
const noop = { type: 'NOOP' as const, payload: { version: 1, type: 'NOOP', waitMs: 0 }, selectors: [], timeoutMs: 600_000, leaseMs: 30_000 };
for (let i = 0; i < TASKS; i += 1000) await queue.enqueueMany(account, Array.from({ length: Math.min(1000, TASKS - i) }, () => ({ ...noop })) as never);
spent.clear();

// CPU time of the store process (STORE_PID) and of this one over the run: less swayed by a loaded machine than wall time.
const storeCpuMs = (): number => {
  if (!process.env.STORE_PID) return Number.NaN;
  const fields = readFileSync(`/proc/${process.env.STORE_PID}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};
const storeCpuBefore = storeCpuMs();
const ownCpuBefore = process.cpuUsage();
let done = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: LOOPS }, async (_, loop) => {
    const delegateId = `d${loop}-${randomUUID()}`;
    while (done < TASKS) {
      const { tasks } = await timed('acquire (call)', () => queue.acquire(account, delegateId, [], BATCH));
      if (tasks.length === 0) break;
      const refs = tasks.map((task) => ({ taskId: task.id, leaseToken: task.leaseToken }));
      await timed('start (call)', () => queue.start(account, delegateId, refs));
      await timed('report (call)', () => queue.report(account, delegateId, refs.map((ref) => ({ ...ref, status: 'SUCCEEDED' as const, result: { exitCode: 0 } }))));
      done += tasks.length;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
console.log(`${done} tasks, ${LOOPS} loops of acquire(${BATCH}) -> start -> report: ${(done / seconds).toFixed(0)} tasks/s`);
const per100 = (ms: number) => ((ms / done) * 100).toFixed(1);
const ownCpu = process.cpuUsage(ownCpuBefore);
console.log(`CPU per 100 tasks: store ${per100(storeCpuMs() - storeCpuBefore)} ms, this process ${per100((ownCpu.user + ownCpu.system) / 1000)} ms`);
for (const [name, { ms, calls }] of spent) console.log(`${name.padEnd(34)} ${String(calls).padStart(6)} calls  ${per100(ms).padStart(7)} ms per 100 tasks (wall)`);
await queue.close();
await connection.dropDatabase();
await connection.close();
// This run's Redis keys (queues and limiter) go too.
let cursor = '0';
do {
  const [next, keys] = await limiterRedis.scan(cursor, 'MATCH', `${run}:*`, 'COUNT', 1000);
  cursor = next;
  if (keys.length > 0) await limiterRedis.unlink(...keys);
} while (cursor !== '0');
limiterRedis.disconnect();

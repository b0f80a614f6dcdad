import type Redis from 'ioredis';
import { ensureIndexes } from '@fg/tenancy';
import { RateLimiter, createLimiterRedis, loadLimitsConfig } from '@fg/rate-limits';
import { testDatabase, testRedis, testServices, type TestDatabase, type TestRedis } from '@fg/testing';
import { TaskQueue, type TaskQueueOptions } from '../task-queue';
import { DelegateRegistry } from '../delegate-registry';
import type { EnqueueTaskInput } from '../task.entity';

/** A NOOP task any delegate can run, with overrides. */
export function noopTask(overrides: Partial<EnqueueTaskInput> = {}): EnqueueTaskInput {
  return { type: 'NOOP', payload: { version: 1, type: 'NOOP', waitMs: 0 }, selectors: [], timeoutMs: 60_000, leaseMs: 30_000, ...overrides };
}

export interface TaskQueueHarness {
  db: TestDatabase;
  scratch: TestRedis;
  redisUrl: string;
  mongoUrl: string;
  limiterRedis: Redis;
  limiterPrefix: string;
  registry: DelegateRegistry;
  /** A platform process over this file's database and key prefix; closed by cleanup. */
  open(overrides?: Partial<TaskQueueOptions>, limitsEnv?: Record<string, string>): TaskQueue;
  cleanup(): Promise<void>;
}

/** A database and Redis key prefix of this test file's own, and TaskQueues over them. */
export async function taskQueueHarness(limitsEnv: Record<string, string> = {}): Promise<TaskQueueHarness> {
  const { mongoUrl, redisUrl } = await testServices();
  const db = await testDatabase(mongoUrl, 'delegate_tasks');
  const scratch = await testRedis(redisUrl);
  const limiterRedis = createLimiterRedis(redisUrl);
  const limiterPrefix = `${scratch.prefix}rl:`;
  const limiter = new RateLimiter(limiterRedis, { keyPrefix: limiterPrefix, failOpen: false });
  const opened: TaskQueue[] = [];
  const registry = new DelegateRegistry(db.connection, { connectedWindowMs: 30_000 });
  const open = (overrides: Partial<TaskQueueOptions> = {}, env: Record<string, string> = limitsEnv) => {
    const queue = new TaskQueue({
      connection: db.connection,
      redisUrl,
      limiter,
      limits: loadLimitsConfig(env),
      keyPrefix: scratch.prefix,
      stalledCheckIntervalMs: 250,
      ...overrides,
    });
    opened.push(queue);
    return queue;
  };
  // Registers the models, so that ensureIndexes builds their indexes.
  open();
  await ensureIndexes(db.connection);
  return {
    db,
    scratch,
    redisUrl,
    mongoUrl,
    limiterRedis,
    limiterPrefix,
    registry,
    open,
    cleanup: async () => {
      await Promise.all(opened.map((queue) => queue.close()));
      limiterRedis.disconnect();
      await scratch.cleanup();
      await db.drop();
    },
  };
}

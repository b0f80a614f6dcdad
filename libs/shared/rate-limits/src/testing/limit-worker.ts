// One "pod" for the concurrency specs, run as a child process. The spec bundles this file with esbuild, so the
// process runs the library's own TypeScript and Lua, exactly as an app bundle would.
import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiter, RollingQuota, createLimiterRedis, loadLimiterScripts, podId } from '../index';

export interface WorkerJob {
  redisUrl: string;
  keyPrefix: string;
  mode: 'consume' | 'reserve';
  /** Per-pod limits key each pod separately, by its podId. */
  perPod: boolean;
  limit: number;
  windowMs: number;
  callers: number;
  /** Callers start at random within this many ms, so that the processes' calls interleave at Redis. */
  spreadMs: number;
}

export type ParentMessage = { type: 'go'; key: string } | { type: 'stop' };
export type WorkerMessage =
  | { type: 'ready'; podId: string }
  | { type: 'result'; key: string; granted: number; refused: number; failed: number };

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '') as WorkerJob;
  const redis = createLimiterRedis(job.redisUrl);
  await loadLimiterScripts(redis);
  const limiter = new RateLimiter(redis, { keyPrefix: job.keyPrefix, failOpen: false });
  const quota = new RollingQuota(redis, { keyPrefix: job.keyPrefix, reservationTtlMs: 60_000 });
  const send = (message: WorkerMessage) => process.send?.(message);

  process.on('message', async (message: ParentMessage) => {
    if (message.type === 'stop') {
      await redis.quit();
      process.disconnect();
      return;
    }
    const key = job.perPod ? `${message.key}:${podId()}` : message.key;
    const take = async () => {
      await sleep(Math.random() * job.spreadMs);
      return job.mode === 'consume'
        ? (await limiter.consume(key, job.limit, job.windowMs)).allowed
        : (await quota.reserve(key, job.limit, job.windowMs)).granted;
    };
    const outcomes = await Promise.allSettled(Array.from({ length: job.callers }, take));
    send({
      type: 'result',
      key: message.key,
      granted: outcomes.filter((o) => o.status === 'fulfilled' && o.value).length,
      refused: outcomes.filter((o) => o.status === 'fulfilled' && !o.value).length,
      failed: outcomes.filter((o) => o.status === 'rejected').length,
    });
  });
  send({ type: 'ready', podId: podId() });
}

main().catch((error: unknown) => {
  process.stderr.write(`limit worker failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

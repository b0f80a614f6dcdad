import { setTimeout as sleep } from 'node:timers/promises';
import type Redis from 'ioredis';

/** The Redis server's clock in microseconds: the only clock the limiters use, so the only one tests judge by. */
export async function serverMicros(redis: Redis): Promise<number> {
  const [seconds, micros] = await redis.time();
  return Number(seconds) * 1_000_000 + Number(micros);
}

/** Something done to Redis, bracketed by the server's clock: it happened at a server time in [before, after]. */
export interface Bracketed<T> {
  before: number;
  after: number;
  result: T;
}

export async function bracket<T>(redis: Redis, action: () => Promise<T>): Promise<Bracketed<T>> {
  const before = await serverMicros(redis);
  const result = await action();
  const after = await serverMicros(redis);
  return { before, after, result };
}

/**
 * Repeats `probe` back to back from a little before the server time `aroundUs` until `stop` holds for a result,
 * so that some probes land just before a boundary there and the first one after it ends the run.
 */
export async function probeAcross<T>(
  redis: Redis,
  aroundUs: number,
  probe: () => Promise<T>,
  stop: (result: T) => boolean,
  { leadUs = 300_000, giveUpAfterUs = 10_000_000 } = {},
): Promise<Bracketed<T>[]> {
  const waitUs = aroundUs - leadUs - (await serverMicros(redis));
  if (waitUs > 0) await sleep(Math.floor(waitUs / 1000));
  const probes: Bracketed<T>[] = [];
  for (;;) {
    const probed = await bracket(redis, probe);
    probes.push(probed);
    if (stop(probed.result)) return probes;
    if (probed.after > aroundUs + giveUpAfterUs) throw new Error(`still not done ${giveUpAfterUs / 1e6} s after the boundary`);
  }
}

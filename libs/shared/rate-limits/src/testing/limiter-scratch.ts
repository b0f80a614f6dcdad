import type Redis from 'ioredis';
import { testRedis, testServices, type TestRedis } from '@fg/testing';
import { createLimiterRedis, loadLimiterScripts } from '../limiter-redis';

export interface LimiterScratch {
  /** A client as the limiters need it (createLimiterRedis), with their scripts loaded. */
  readonly redis: Redis;
  /** A plain client, for what a limiter must refuse or for keys a spec plants itself. */
  readonly plainRedis: Redis;
  /** The spec file's own key prefix: its keys are deleted after the file. */
  readonly prefix: string;
}

/** For a spec file: the test Redis from beforeAll to afterAll (read the fields inside hooks and tests only). */
export function limiterScratch(): LimiterScratch {
  let scratch: TestRedis | undefined;
  let redis: Redis | undefined;
  beforeAll(async () => {
    const { redisUrl } = await testServices();
    scratch = await testRedis(redisUrl);
    redis = createLimiterRedis(redisUrl);
    await loadLimiterScripts(redis);
  });
  afterAll(async () => {
    redis?.disconnect();
    await scratch?.cleanup();
  });
  const ready = () => {
    if (!scratch || !redis) throw new Error('limiterScratch() is read before its beforeAll ran');
    return { scratch, redis };
  };
  return {
    get redis() {
      return ready().redis;
    },
    get plainRedis() {
      return ready().scratch.redis;
    },
    get prefix() {
      return ready().scratch.prefix;
    },
  };
}

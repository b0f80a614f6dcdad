import Redis from 'ioredis';
import { LimiterUnavailableError, toLimiterError } from './limiter-unavailable.error';
import { SCRIPTS } from './lua-script';

/** The Redis client limiters run on (apps name it by this type, never by ioredis). */
export type LimiterRedis = Redis;

/**
 * The client every limiter needs: a check fails within about a second when Redis is down or stalled, instead of
 * queueing behind a reconnect (enableOfflineQueue: false), retrying for long (maxRetriesPerRequest: 1) or waiting
 * forever for a reply (commandTimeout). Auto-pipelining batches the checks of concurrent requests into one write.
 * The client keeps reconnecting in the background, so limiters recover on their own when Redis comes back.
 */
export function createLimiterRedis(url: string): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    connectTimeout: 1000,
    // A limiter has nothing worth flushing at shutdown, and ioredis otherwise holds the process up to 2 s on a
    // socket that died while it was reconnecting.
    disconnectTimeout: 200,
    enableAutoPipelining: true,
  });
  // Failures reach callers as LimiterUnavailableError or a fail-open warning; without a listener ioredis would
  // also print every reconnect failure to stderr.
  redis.on('error', () => undefined);
  return redis;
}

/** Refuses a client that could queue a check forever, which would turn a Redis outage into hung requests. */
export function assertFailsFast(redis: Redis, who: string): void {
  const { enableOfflineQueue, commandTimeout } = redis.options;
  if (enableOfflineQueue !== false || typeof commandTimeout !== 'number' || commandTimeout <= 0) {
    throw new TypeError(
      `${who} needs an ioredis client with enableOfflineQueue: false and a commandTimeout, so that a Redis outage ` +
        'fails fast instead of hanging requests: create it with createLimiterRedis(url)',
    );
  }
}

/**
 * For start-up: waits until the client is connected, then caches every limiter script in Redis so that checks run
 * by SHA. Checks work without it (a missing script is sent once in full), but this surfaces a bad REDIS_URL early.
 */
export async function loadLimiterScripts(redis: Redis, timeoutMs = 5000): Promise<void> {
  try {
    await whenReady(redis, timeoutMs);
    await Promise.all(Object.values(SCRIPTS).map((script) => script.load(redis)));
  } catch (error) {
    throw toLimiterError(error, 'loading the limiter scripts');
  }
}

function whenReady(redis: Redis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  if (redis.status === 'end') return Promise.reject(new LimiterUnavailableError('the limiter Redis client is closed'));
  // A failed connect shows up as the timeout below; the client keeps retrying in the background meanwhile.
  if (redis.status === 'wait') redis.connect().catch(() => undefined);
  return new Promise((resolve, reject) => {
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new LimiterUnavailableError(`Redis was not ready within ${timeoutMs} ms (status: ${redis.status})`));
    }, timeoutMs);
    redis.once('ready', onReady);
  });
}

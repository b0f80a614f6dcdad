import type Redis from 'ioredis';
import { z } from 'zod';
import { parseEnvironment, redisKeyPrefixVar, redisUrlVar } from '@fg/config';
import { loadLimitsConfig, type LimitsConfig } from './limits.config';
import { RateLimiter, type LimiterLogger } from './rate-limiter';

/** What every app that enforces limits reads from its environment. */
export interface LimiterEnvironment {
  redisUrl: string;
  /** The installation's prefix of every Redis key (REDIS_KEY_PREFIX); limiter keys live under `<prefix>rl:`. */
  redisKeyPrefix: string;
  limits: LimitsConfig;
}

const schema = z.object({ REDIS_URL: redisUrlVar, REDIS_KEY_PREFIX: redisKeyPrefixVar });

/** Throws EnvironmentError (from @fg/config) naming every bad variable. */
export function loadLimiterEnvironment(env: NodeJS.ProcessEnv): LimiterEnvironment {
  const parsed = parseEnvironment(schema, env);
  return { redisUrl: parsed.REDIS_URL, redisKeyPrefix: parsed.REDIS_KEY_PREFIX, limits: loadLimitsConfig(env) };
}

/**
 * The limiter for request rates (GraphQL, edge, logins, delegate acquisition). It fails open with a logged warning:
 * an outage of Redis must not take the API down with it. Quotas, which fail closed, use RollingQuota instead.
 */
export function createRequestRateLimiter(redis: Redis, redisKeyPrefix: string, logger: LimiterLogger): RateLimiter {
  return new RateLimiter(redis, { keyPrefix: `${redisKeyPrefix}rl:`, failOpen: true, logger });
}

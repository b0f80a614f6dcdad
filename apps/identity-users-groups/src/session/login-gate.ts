import { createRequestRateLimiter, podId, type LimiterRedis, type LimitsConfig } from '@fg/rate-limits';
import type { Logger } from '@fg/logger';
import type { LoginGate } from './login.route';

/**
 * The per-pod login limit: each identity-users-groups process has its own budget (its pod id is in the key). It fails
 * open with a logged warning when Redis is down, so an outage does not lock every user out.
 */
export function podLoginGate(redis: LimiterRedis, keyPrefix: string, limits: LimitsConfig, logger: Logger): LoginGate {
  const limiter = createRequestRateLimiter(redis, keyPrefix, logger);
  const key = `logins:pod:${podId()}`;
  return async () => {
    const decision = await limiter.consume(key, limits.limitFor('loginsPerMinPerPod'), limits.windowFor('loginsPerMinPerPod'));
    return { allowed: decision.allowed, retryAfterMs: decision.retryAfterMs };
  };
}

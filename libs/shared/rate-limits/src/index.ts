// Exact limits over Redis, shared by every process; the Redis server's clock is the only clock. Per app:
//   const redis = createLimiterRedis(env.REDIS_URL); // fails fast instead of queueing while Redis is away
//   await loadLimiterScripts(redis);                 // before serving: a check before Redis is ready is an outage
//   const limits = loadLimitsConfig(process.env);    // in the app's environment.ts
//   const limiter = new RateLimiter(redis, { keyPrefix: 'fg:rl:', failOpen: true, logger });
//   const exports = new AccountQuota(new RollingQuota(redis, options), limits, { limit: 'exportsPer24h', ... });
export { RateLimiter, type LimitCheck, type LimitDecision, type RateLimiterOptions, type LimiterLogger } from './rate-limiter';
export { RollingQuota, type QuotaReservation, type QuotaUsage, type RollingQuotaOptions } from './rolling-quota';
export { AccountQuota, type AccountQuotaPolicy, type AccountQuotaLimitName } from './account-quota';
export { LimiterUnavailableError } from './limiter-unavailable.error';
export { createLimiterRedis, loadLimiterScripts, type LimiterRedis } from './limiter-redis';
export {
  LIMITS,
  loadLimitsConfig,
  dashboardLimitName,
  type LimitsConfig,
  type LimitName,
  type AccountLimitName,
} from './limits.config';
export { podId } from './pod-id';
export {
  loadLimiterEnvironment,
  createRequestRateLimiter,
  type LimiterEnvironment,
} from './limiter-environment';

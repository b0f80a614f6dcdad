import type { PlatformMetrics } from '@fg/metrics';
import { AccountQuota, type LimitsConfig, type RollingQuota } from '@fg/rate-limits';

/** Stable extensions.code of a start refused by the rolling deployment quota. */
export const DEPLOYMENT_LIMIT_REACHED = 'DEPLOYMENT_LIMIT_REACHED';

/**
 * The account's rolling 24-hour deployment quota (LIMIT_DEPLOYMENTS_PER_24H): a deploying workflow execution reserves
 * a unit when it starts, commits it when its DEPLOY step runs, and releases it if it ends before that.
 */
export class DeploymentQuota extends AccountQuota {
  constructor(
    quota: RollingQuota,
    limits: LimitsConfig,
    /** fg_quota_reservations_total / fg_quota_usage_ratio{quota="deployments"}. */
    metrics?: Pick<PlatformMetrics, 'quotaReserved'>,
  ) {
    super(quota, limits, {
      limit: 'deploymentsPer24h',
      name: 'deployments',
      refusedCode: DEPLOYMENT_LIMIT_REACHED,
      refusedMessage: (limit, nextSlotAt) => `The account has reached its limit of ${limit} deployments in 24 hours; the next deployment slot frees up at ${nextSlotAt}`,
      unavailableMessage: 'The deployment quota cannot be checked right now, so no deployment can start; please try again shortly.',
      onReserved: metrics && ((granted, used, limit) => metrics.quotaReserved('deployments', granted, used, limit)),
    });
  }
}

/**
 * The deployment quota's keys and reservation lifetime: the same in every process that reserves, commits or releases
 * (the subgraph starts executions, the broker's engine deploys and ends them). A reservation lapses after a day, so
 * one left by a crash frees its slot; a deploy after that reserves again.
 */
export function deploymentQuotaOptions(redisKeyPrefix: string): { keyPrefix: string; reservationTtlMs: number } {
  return { keyPrefix: `${redisKeyPrefix}quota:`, reservationTtlMs: 24 * 3_600_000 };
}

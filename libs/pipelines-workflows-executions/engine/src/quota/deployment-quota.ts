import { ApiError } from '@fg/graphql-kit';
import type { PlatformMetrics } from '@fg/metrics';
import { LimiterUnavailableError, type LimitsConfig, type RollingQuota } from '@fg/rate-limits';

/** Stable extensions.code of a start refused by the rolling deployment quota. */
export const DEPLOYMENT_LIMIT_REACHED = 'DEPLOYMENT_LIMIT_REACHED';
/** Stable extensions.code when the quota cannot be checked (Redis down): quotas fail closed. */
export const QUOTA_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

function quotaKey(accountId: string): string {
  return `deployments:${accountId}`;
}

/**
 * The account's rolling 24-hour deployment quota (LIMIT_DEPLOYMENTS_PER_24H): a deploying workflow execution reserves
 * a unit when it starts, commits it when its DEPLOY step runs, and releases it if it ends before that.
 */
export class DeploymentQuota {
  constructor(
    private readonly quota: RollingQuota,
    private readonly limits: LimitsConfig,
    /** fg_quota_reservations_total / fg_quota_usage_ratio{quota="deployments"}. */
    private readonly metrics?: Pick<PlatformMetrics, 'quotaReserved'>,
  ) {}

  /** A reservation id, or an ApiError saying when the next slot frees up. */
  async reserve(accountId: string): Promise<string> {
    const limit = this.limits.limitFor('deploymentsPer24h', accountId);
    const reservation = await this.guard(() => this.quota.reserve(quotaKey(accountId), limit, this.windowMs()));
    await this.report(accountId, reservation.granted, limit);
    if (reservation.granted) return reservation.reservationId;
    const at = new Date(reservation.nextSlotAtMs).toISOString();
    throw new ApiError(
      DEPLOYMENT_LIMIT_REACHED,
      `The account has reached its limit of ${limit} deployments in 24 hours; the next deployment slot frees up at ${at}`,
      { nextSlotAt: reservation.nextSlotAtMs, retryAfterMs: reservation.retryAfterMs },
    );
  }

  /** Counts the reserved unit; false when the reservation had lapsed (the caller reserves again). */
  commit(accountId: string, reservationId: string): Promise<boolean> {
    return this.guard(() => this.quota.commit(quotaKey(accountId), reservationId, this.windowMs()));
  }

  /** Whether the reservation's unit already counts (committed by an earlier attempt). */
  isCommitted(accountId: string, reservationId: string): Promise<boolean> {
    return this.guard(() => this.quota.isCommitted(quotaKey(accountId), reservationId));
  }

  release(accountId: string, reservationId: string): Promise<void> {
    return this.guard(() => this.quota.release(quotaKey(accountId), reservationId));
  }

  usage(accountId: string) {
    return this.guard(() => this.quota.usage(quotaKey(accountId), this.windowMs()));
  }

  /** The account's use as this reservation left it; a metrics read that fails never fails the reservation. */
  private async report(accountId: string, granted: boolean, limit: number): Promise<void> {
    if (!this.metrics) return;
    let used = limit;
    if (granted) {
      try {
        const usage = await this.quota.usage(quotaKey(accountId), this.windowMs());
        used = usage.used + usage.reserved;
      } catch {
        used = 0;
      }
    }
    this.metrics.quotaReserved('deployments', granted, used, limit);
  }

  private windowMs(): number {
    return this.limits.windowFor('deploymentsPer24h');
  }

  private async guard<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof LimiterUnavailableError) {
        throw new ApiError(QUOTA_UNAVAILABLE, 'The deployment quota cannot be checked right now, so no deployment can start; please try again shortly.');
      }
      throw error;
    }
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

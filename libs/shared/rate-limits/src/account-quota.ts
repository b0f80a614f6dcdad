import { ApiError, ErrorCode } from '@fg/graphql-kit';
import { LimiterUnavailableError } from './limiter-unavailable.error';
import { LIMITS, type LimitName, type LimitsConfig } from './limits.config';
import type { QuotaUsage, RollingQuota } from './rolling-quota';

/** The named limits an account quota can count against: per account, over the quota window. */
export type AccountQuotaLimitName = {
  [N in LimitName]: (typeof LIMITS)[N] extends { scope: 'account'; window: 'quota' } ? N : never;
}[LimitName];

/** What one account quota is: the limit it counts, where its units are kept and what a caller is told. */
export interface AccountQuotaPolicy {
  /** The limit counted: its per-account value (overrides included) and window come from LimitsConfig. */
  limit: AccountQuotaLimitName;
  /**
   * The account's units live under the RollingQuota key `<name>:<accountId>`. Part of the data in Redis: renaming it
   * forgets every account's use.
   */
  name: string;
  /** extensions.code of a refused reservation. Never rename. */
  refusedCode: string;
  /** The refusal's message, given the account's limit and when its next slot frees (ISO 8601). */
  refusedMessage(limit: number, nextSlotAt: string): string;
  /** The message of SERVICE_UNAVAILABLE when Redis cannot answer: the quota fails closed, so nothing is done. */
  unavailableMessage: string;
  /**
   * Told after every reservation how much of the limit the account uses now (committed plus reserved; the limit when
   * refused): for metrics. A failed read of that use reports 0 and never fails the reservation.
   */
  onReserved?(granted: boolean, used: number, limit: number): void;
}

/**
 * A rolling per-account quota as callers use one: reserve a unit before the work (refused with the policy's code, its
 * message naming the next free slot and `extensions.nextSlotAt` / `retryAfterMs`), commit it when the work really
 * happens, release it when it will not. Every call fails closed: when Redis is unavailable it throws
 * SERVICE_UNAVAILABLE with the policy's message.
 */
export class AccountQuota {
  constructor(
    private readonly quota: RollingQuota,
    private readonly limits: LimitsConfig,
    private readonly policy: AccountQuotaPolicy,
  ) {}

  /**
   * A reservation id, or an ApiError saying when the next slot frees up. `workId` names the work the unit pays for
   * when racing processes may reserve for the same work: they then share one unit (RollingQuota.reserve).
   */
  async reserve(accountId: string, workId?: string): Promise<string> {
    const limit = this.limits.limitFor(this.policy.limit, accountId);
    const reservation = await this.guard(() => this.quota.reserve(this.key(accountId), limit, this.windowMs(), workId));
    await this.report(accountId, reservation.granted, limit);
    if (reservation.granted) return reservation.reservationId;
    const nextSlotAt = new Date(reservation.nextSlotAtMs).toISOString();
    throw new ApiError(this.policy.refusedCode, this.policy.refusedMessage(limit, nextSlotAt), {
      nextSlotAt: reservation.nextSlotAtMs,
      retryAfterMs: reservation.retryAfterMs,
    });
  }

  /** Counts the reserved unit; false when the reservation had lapsed or was released (the caller reserves again). */
  commit(accountId: string, reservationId: string): Promise<boolean> {
    return this.guard(() => this.quota.commit(this.key(accountId), reservationId, this.windowMs()));
  }

  /** Whether the reservation's unit already counts (committed by an earlier attempt). */
  isCommitted(accountId: string, reservationId: string): Promise<boolean> {
    return this.guard(() => this.quota.isCommitted(this.key(accountId), reservationId));
  }

  /** Gives an uncommitted unit back at once; a committed one stays counted. */
  release(accountId: string, reservationId: string): Promise<void> {
    return this.guard(() => this.quota.release(this.key(accountId), reservationId));
  }

  usage(accountId: string): Promise<QuotaUsage> {
    return this.guard(() => this.quota.usage(this.key(accountId), this.windowMs()));
  }

  private async report(accountId: string, granted: boolean, limit: number): Promise<void> {
    if (!this.policy.onReserved) return;
    let used = limit;
    if (granted) {
      try {
        const usage = await this.quota.usage(this.key(accountId), this.windowMs());
        used = usage.used + usage.reserved;
      } catch {
        used = 0;
      }
    }
    this.policy.onReserved(granted, used, limit);
  }

  private key(accountId: string): string {
    return `${this.policy.name}:${accountId}`;
  }

  private windowMs(): number {
    return this.limits.windowFor(this.policy.limit);
  }

  private async guard<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof LimiterUnavailableError) throw new ApiError(ErrorCode.ServiceUnavailable, this.policy.unavailableMessage);
      throw error;
    }
  }
}

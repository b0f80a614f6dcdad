import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { assertFailsFast } from './limiter-redis';
import { toLimiterError } from './limiter-unavailable.error';
import { SCRIPTS } from './lua-script';
import { requirePositiveInteger } from './positive-integer.util';

export type QuotaReservation =
  | { granted: true; reservationId: string }
  | {
      granted: false;
      /** ms until nextSlotAtMs. */
      retryAfterMs: number;
      /** Epoch ms when the earliest slot frees: a committed unit leaves the window or a reservation lapses. */
      nextSlotAtMs: number;
    };

export interface QuotaUsage {
  /** Committed units in the window. */
  used: number;
  /** Live reservations, which hold slots too. */
  reserved: number;
}

export interface RollingQuotaOptions {
  /** Prepended to every key, e.g. "fg:quota:". */
  keyPrefix: string;
  /** How long a reserved slot is held without a commit: longer than the work it pays for may take. */
  reservationTtlMs: number;
}

/**
 * Rolling quotas (deployments per 24 h, exports per 24 h): a unit counts for one window from its commit, never reset
 * at midnight. Work reserves a slot first and commits it when it really happens, so concurrent callers cannot
 * overshoot and a crash in between gives the slot back once the reservation expires. Quotas fail closed: when Redis
 * is unavailable every method throws LimiterUnavailableError.
 */
export class RollingQuota {
  constructor(
    private readonly redis: Redis,
    private readonly options: RollingQuotaOptions,
  ) {
    assertFailsFast(redis, 'RollingQuota');
    requirePositiveInteger('reservationTtlMs', options.reservationTtlMs);
  }

  /**
   * Reserves a slot if committed units plus live reservations are below the limit. Give the work's own id as
   * `reservationId` when several processes may start the same work: the one reservation (or commit) is shared.
   */
  async reserve(key: string, limit: number, windowMs: number, reservationId: string = randomUUID()): Promise<QuotaReservation> {
    requirePositiveInteger('limit', limit);
    requirePositiveInteger('windowMs', windowMs);
    const args = [limit, windowMs, this.options.reservationTtlMs, reservationId];
    const reply = (await this.run('reserve', key, () => SCRIPTS.quotaReserve.run(this.redis, this.keys(key), args))) as [
      number,
      number?,
      number?,
    ];
    if (reply[0] === 1) return { granted: true, reservationId };
    return { granted: false, retryAfterMs: reply[1] ?? windowMs, nextSlotAtMs: reply[2] ?? 0 };
  }

  /** Counts the reserved unit for a window from now; false if the reservation had expired or was released. */
  async commit(key: string, reservationId: string, windowMs: number): Promise<boolean> {
    requirePositiveInteger('windowMs', windowMs);
    const args = [reservationId, windowMs];
    const reply = await this.run('commit', key, () => SCRIPTS.quotaCommit.run(this.redis, this.keys(key), args));
    return reply === 1;
  }

  /**
   * Whether the reservation was committed and still counts: lets a caller that committed and then crashed (or lost a
   * race after committing) tell "already counted" from "lapsed", instead of counting the work twice.
   */
  async isCommitted(key: string, reservationId: string): Promise<boolean> {
    const score = await this.run('isCommitted', key, () => this.redis.zscore(this.keys(key)[0], reservationId));
    return score !== null;
  }

  /** Gives an uncommitted slot back at once (the work did not happen); a committed unit stays counted. */
  async release(key: string, reservationId: string): Promise<void> {
    await this.run('release', key, () => this.redis.zrem(this.keys(key)[1], reservationId));
  }

  async usage(key: string, windowMs: number): Promise<QuotaUsage> {
    requirePositiveInteger('windowMs', windowMs);
    const [used, reserved] = (await this.run('usage', key, () =>
      SCRIPTS.quotaUsage.run(this.redis, this.keys(key), [windowMs]),
    )) as [number, number];
    return { used, reserved };
  }

  private keys(key: string): [committed: string, reservations: string] {
    const base = `${this.options.keyPrefix}{${key}}`;
    return [`${base}:committed`, `${base}:reservations`];
  }

  private async run<T>(operation: string, key: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw toLimiterError(error, `quota ${operation} for "${key}"`, 'quotas fail closed: treat it as refused');
    }
  }
}

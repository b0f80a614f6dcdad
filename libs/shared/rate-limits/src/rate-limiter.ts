import type Redis from 'ioredis';
import { assertFailsFast } from './limiter-redis';
import { LimiterUnavailableError, toLimiterError } from './limiter-unavailable.error';
import { SCRIPTS } from './lua-script';
import { requirePositiveInteger } from './positive-integer.util';

export interface LimitDecision {
  allowed: boolean;
  limit: number;
  /** Units still free in the window after this call. */
  remaining: number;
  /** ms until the units asked for fit (0 when allowed); for Retry-After. */
  retryAfterMs: number;
  /** Epoch ms by which the units now in the window have all left it; for X-RateLimit-Reset. */
  resetAtMs: number;
  /** Set when Redis was unavailable and the limiter let the call through (failOpen); the other fields are guesses. */
  failedOpen?: true;
}

/** One limit to check: `cost` units of `key`, `limit` per `windowMs`; with blockMs, a refusal blocks the key (see consumeWithBlock). */
export interface LimitCheck {
  key: string;
  limit: number;
  windowMs: number;
  cost?: number;
  blockMs?: number;
}

type Reply = [allowed: number, remaining: number, retryAfterMs: number, resetAtMs: number];

const argumentsOf = ({ limit, windowMs, cost = 1, blockMs = 0 }: LimitCheck) => [limit, windowMs, cost, blockMs];

function decision(limit: number, [allowed, remaining, retryAfterMs, resetAtMs]: Reply): LimitDecision {
  return { allowed: allowed === 1, limit, remaining, retryAfterMs, resetAtMs };
}

/** What a check answers while Redis is away: allowed, with guessed numbers nothing is decided on. */
function failedOpen({ limit, windowMs, cost = 1 }: LimitCheck): LimitDecision {
  return {
    allowed: true,
    limit,
    remaining: Math.max(limit - cost, 0),
    retryAfterMs: 0,
    // Only a header value while Redis is away; nothing is decided on this process's clock.
    resetAtMs: Date.now() + windowMs,
    failedOpen: true,
  };
}

export interface LimiterLogger {
  warn(obj: object, msg: string): void;
}

export interface RateLimiterOptions {
  /** Prepended to every key, e.g. "fg:rl:"; each limited key gets its own Redis hash slot. */
  keyPrefix: string;
  /** When Redis is unavailable: true lets calls through (and warns), false throws LimiterUnavailableError. */
  failOpen: boolean;
  logger?: LimiterLogger;
}

// An outage fails every request; one line per interval says so without flooding the log.
const FAIL_OPEN_WARN_INTERVAL_MS = 10_000;

/**
 * Exact sliding-log limits shared by every process: each key keeps the Redis-clock times of its granted units, and a
 * unit taken at t frees at exactly t + window. There are no fixed windows, so no burst of twice the limit at a
 * window edge. One atomic script per check.
 */
export class RateLimiter {
  private lastWarnAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly redis: Redis,
    private readonly options: RateLimiterOptions,
  ) {
    assertFailsFast(redis, 'RateLimiter');
  }

  /** Takes `cost` units (a batched GraphQL request costs one per operation) only if all of them fit. */
  consume(key: string, limit: number, windowMs: number, cost = 1): Promise<LimitDecision> {
    return this.take({ key, limit, windowMs, cost });
  }

  /**
   * Like consume, but a refused take also blocks the key for blockMs: until the block ends every call is refused and
   * takes nothing, however much room the window has (the edge limit's penalty for a client that keeps going). When
   * the block ends the key starts afresh with an empty window.
   */
  consumeWithBlock(key: string, limit: number, windowMs: number, blockMs: number, cost = 1): Promise<LimitDecision> {
    return this.take({ key, limit, windowMs, cost, blockMs });
  }

  /**
   * Two checks in one atomic script call (one round trip instead of two): `first`, then `second` only if `first`
   * allowed. The answer for `second` is null when `first` refused, and nothing was taken from it. Both keys must live
   * on one Redis node.
   */
  async consumePair(first: LimitCheck, second: LimitCheck): Promise<[LimitDecision, LimitDecision | null]> {
    const keys = [...this.keysOf(first), ...this.keysOf(second)];
    const reply = await this.run(`${first.key}+${second.key}`, [first, second], () =>
      SCRIPTS.slidingLogPair.run(this.redis, keys, [...argumentsOf(first), ...argumentsOf(second)]),
    );
    if (!reply) return [failedOpen(first), failedOpen(second)];
    const [allowed, remaining, retryAfterMs, resetAtMs, ...rest] = reply;
    const firstDecision = decision(first.limit, [allowed, remaining, retryAfterMs, resetAtMs]);
    return [firstDecision, rest.length === 4 ? decision(second.limit, rest as Reply) : null];
  }

  private async take(check: LimitCheck): Promise<LimitDecision> {
    const reply = await this.run(check.key, [check], () =>
      SCRIPTS.slidingLog.run(this.redis, this.keysOf(check), argumentsOf(check)),
    );
    return reply ? decision(check.limit, reply as Reply) : failedOpen(check);
  }

  /** Runs a script over validated checks; null when Redis is unavailable and the limiter fails open. */
  private async run(what: string, checks: LimitCheck[], script: () => Promise<unknown>): Promise<number[] | null> {
    for (const { limit, windowMs, cost = 1, blockMs } of checks) {
      requirePositiveInteger('limit', limit);
      requirePositiveInteger('windowMs', windowMs);
      requirePositiveInteger('cost', cost);
      if (blockMs !== undefined) requirePositiveInteger('blockMs', blockMs);
    }
    try {
      return (await script()) as number[];
    } catch (error) {
      const failure = toLimiterError(error, `rate limit check for "${what}"`);
      if (!(failure instanceof LimiterUnavailableError) || !this.options.failOpen) throw failure;
      this.warnFailedOpen(what, failure);
      return null;
    }
  }

  private keysOf({ key }: LimitCheck): string[] {
    const base = `${this.options.keyPrefix}{${key}}`;
    return [`${base}:log`, `${base}:seq`, `${base}:block`];
  }

  private warnFailedOpen(key: string, error: LimiterUnavailableError): void {
    const now = Date.now();
    if (now - this.lastWarnAt < FAIL_OPEN_WARN_INTERVAL_MS) return;
    this.lastWarnAt = now;
    this.options.logger?.warn(
      { err: error, key, keyPrefix: this.options.keyPrefix },
      `rate limiter failing open: ${error.message} (silent for the next ${FAIL_OPEN_WARN_INTERVAL_MS / 1000} s)`,
    );
  }
}

import { setTimeout as sleep } from 'node:timers/promises';
import { LimiterUnavailableError } from './limiter-unavailable.error';
import { RateLimiter, type LimitDecision } from './rate-limiter';
import { expectRetryPointsAt } from './testing/expect-frees';
import { limiterScratch } from './testing/limiter-scratch';
import { bracket, probeAcross } from './testing/redis-clock';

const MINUTE = 60_000;

const scratch = limiterScratch();
let limiter: RateLimiter;

beforeAll(() => {
  limiter = new RateLimiter(scratch.redis, { keyPrefix: scratch.prefix, failOpen: false });
});

describe('RateLimiter.consume', () => {
  it('grants up to the limit and refuses the rest until the oldest unit leaves the window', async () => {
    const first = await bracket(scratch.redis, () => limiter.consume('graphql:acc1', 3, MINUTE));
    const rest: LimitDecision[] = [];
    for (let i = 0; i < 2; i += 1) rest.push(await limiter.consume('graphql:acc1', 3, MINUTE));
    const refused = await bracket(scratch.redis, () => limiter.consume('graphql:acc1', 3, MINUTE));

    expect([first.result, ...rest, refused.result].map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    expect(refused.result.limit).toBe(3);
    expectRetryPointsAt(refused, refused.result.retryAfterMs, first.before + MINUTE * 1000, first.after + MINUTE * 1000);
  });

  it('takes a batch of units all or nothing', async () => {
    const take = (cost: number) => limiter.consume('graphql:batch', 5, MINUTE, cost);
    expect(await take(3)).toMatchObject({ allowed: true, remaining: 2 });
    expect(await take(3)).toMatchObject({ allowed: false, remaining: 2 });
    expect(await take(2)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('tells a refused batch when enough of the oldest units have left for it to fit', async () => {
    const older = await bracket(scratch.redis, () => limiter.consume('graphql:waits', 2, MINUTE));
    await sleep(50);
    const newer = await bracket(scratch.redis, () => limiter.consume('graphql:waits', 2, MINUTE));
    const one = await bracket(scratch.redis, () => limiter.consume('graphql:waits', 2, MINUTE, 1));
    const two = await bracket(scratch.redis, () => limiter.consume('graphql:waits', 2, MINUTE, 2));

    expect([older.result.allowed, newer.result.allowed, one.result.allowed, two.result.allowed]).toEqual([true, true, false, false]);
    expectRetryPointsAt(one, one.result.retryAfterMs, older.before + MINUTE * 1000, older.after + MINUTE * 1000);
    expectRetryPointsAt(two, two.result.retryAfterMs, newer.before + MINUTE * 1000, newer.after + MINUTE * 1000);
    expect(two.result.resetAtMs).toBeGreaterThanOrEqual(Math.ceil(newer.before / 1000) + MINUTE);
    expect(two.result.resetAtMs).toBeLessThanOrEqual(Math.ceil(newer.after / 1000) + MINUTE);
  });

  it('refuses a batch larger than the limit, which can never fit', async () => {
    expect(await limiter.consume('graphql:huge', 2, MINUTE, 3)).toMatchObject({ allowed: false, remaining: 2, retryAfterMs: MINUTE });
    expect(await limiter.consume('graphql:huge', 2, MINUTE, 2)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('frees a unit taken at t exactly at t + window, not a moment before', async () => {
    const windowMs = 2000;
    const windowUs = windowMs * 1000;
    // Warm, so that the bracket around the take below is as narrow as the round trips allow.
    await limiter.consume('graphql:warm-up', 1, windowMs);
    const taken = await bracket(scratch.redis, () => limiter.consume('graphql:edge', 1, windowMs));
    expect(taken.result.allowed).toBe(true);
    // t + window lies in the take's bracket, and in the millisecond resetAtMs rounds it up to.
    const earliest = Math.max(taken.before + windowUs, (taken.result.resetAtMs - 1) * 1000);
    const latest = Math.min(taken.after + windowUs, taken.result.resetAtMs * 1000);
    expect(earliest).toBeLessThanOrEqual(latest);

    const probes = await probeAcross(
      scratch.redis,
      earliest,
      () => limiter.consume('graphql:edge', 1, windowMs),
      (decision) => decision.allowed,
    );
    const granted = probes[probes.length - 1];
    const refused = probes.slice(0, -1);

    expect(refused.length).toBeGreaterThan(0);
    for (const probe of refused) {
      expect(probe.before).toBeLessThan(latest);
      expectRetryPointsAt(probe, probe.result.retryAfterMs, earliest, latest);
    }
    // Probed right up to the boundary: the last refusal came within the polling gap of t + window.
    expect(refused[refused.length - 1].after).toBeGreaterThan(earliest - 250_000);
    expect(granted.after).toBeGreaterThanOrEqual(earliest);
  });

  it('keeps keys and key prefixes apart', async () => {
    const other = new RateLimiter(scratch.redis, { keyPrefix: `${scratch.prefix}other:`, failOpen: false });
    expect((await limiter.consume('graphql:a', 1, MINUTE)).allowed).toBe(true);
    expect((await limiter.consume('graphql:a', 1, MINUTE)).allowed).toBe(false);
    expect((await limiter.consume('graphql:b', 1, MINUTE)).allowed).toBe(true);
    expect((await other.consume('graphql:a', 1, MINUTE)).allowed).toBe(true);
  });

  it('rejects limits, windows and costs that are not positive whole numbers', async () => {
    await expect(limiter.consume('graphql:bad', 1.5, MINUTE)).rejects.toThrow(RangeError);
    await expect(limiter.consume('graphql:bad', 10, 0)).rejects.toThrow(/windowMs must be a positive integer/);
    await expect(limiter.consume('graphql:bad', 10, MINUTE, Number.NaN)).rejects.toThrow(/cost/);
    await expect(limiter.consumeWithBlock('graphql:bad', 10, MINUTE, -1)).rejects.toThrow(/blockMs/);
  });

  it('refuses a client that would queue checks while Redis is away', () => {
    expect(() => new RateLimiter(scratch.plainRedis, { keyPrefix: scratch.prefix, failOpen: true })).toThrow(/createLimiterRedis/);
  });

  it('throws a Redis error that is not an outage instead of failing open', async () => {
    const failOpen = new RateLimiter(scratch.redis, { keyPrefix: scratch.prefix, failOpen: true });
    await scratch.plainRedis.set(`${scratch.prefix}{graphql:wrongtype}:log`, 'not a sorted set');
    const outcome = failOpen.consume('graphql:wrongtype', 10, MINUTE);
    await expect(outcome).rejects.toThrow(/WRONGTYPE/);
    await expect(outcome).rejects.not.toBeInstanceOf(LimiterUnavailableError);
  });
});

describe('RateLimiter.consumeWithBlock', () => {
  it('keeps refusing for the block time although the window has room, then grants the whole limit again', async () => {
    const limit = 2;
    const windowUs = 500_000;
    const blockMs = 1500;
    const blockUs = blockMs * 1000;
    const take = (cost = 1) => limiter.consumeWithBlock('edge:acc1', limit, windowUs / 1000, blockMs, cost);

    const firstTake = await bracket(scratch.redis, take);
    expect(firstTake.result.allowed).toBe(true);
    expect((await take()).allowed).toBe(true);
    const refusal = await bracket(scratch.redis, take);
    expect(refusal.result.allowed).toBe(false);
    // Redis keeps key expiry times in whole milliseconds, so the block may end up to 1 ms before refusal + blockMs.
    const blockEnd = { earliest: refusal.before + blockUs - 1000, latest: refusal.after + blockUs };
    expectRetryPointsAt(refusal, refusal.result.retryAfterMs, blockEnd.earliest, blockEnd.latest);

    const probes = await probeAcross(scratch.redis, blockEnd.earliest, () => take(), (decision) => decision.allowed, {
      leadUs: 900_000,
    });
    const granted = probes[probes.length - 1];
    const blocked = probes.slice(0, -1);

    // The first unit had left the window, so these calls had room, yet they were refused.
    const whileWindowHadRoom = blocked.filter((probe) => probe.before >= firstTake.after + windowUs + 100_000);
    expect(whileWindowHadRoom.length).toBeGreaterThan(0);
    for (const probe of blocked) {
      expect(probe.result).toMatchObject({ allowed: false, remaining: 0 });
      expectRetryPointsAt(probe, probe.result.retryAfterMs, blockEnd.earliest, blockEnd.latest);
    }
    expect(granted.after).toBeGreaterThanOrEqual(blockEnd.earliest);
    // The refused calls took nothing: the whole limit was there again.
    expect(granted.result.remaining).toBe(limit - 1);
    // And the next refusal blocks again.
    expect(await take(limit + 1)).toMatchObject({ allowed: false, retryAfterMs: blockMs });
    expect(await take()).toMatchObject({ allowed: false, remaining: 0 });
  });

  it('starts the key afresh when a block ends, even inside a window that was full', async () => {
    const take = () => limiter.consumeWithBlock('edge:fresh', 3, MINUTE, 300);
    for (let i = 0; i < 3; i += 1) expect((await take()).allowed).toBe(true);
    expect(await take()).toMatchObject({ allowed: false, retryAfterMs: 300 });

    let decision = await take();
    for (let tries = 0; tries < 40 && !decision.allowed; tries += 1) {
      await sleep(50);
      decision = await take();
    }
    // Within the same minute-long window, the whole limit is there again.
    expect(decision).toMatchObject({ allowed: true, remaining: 2 });
    expect((await take()).allowed).toBe(true);
    expect((await take()).allowed).toBe(true);
    expect((await take()).allowed).toBe(false);
  });
});

describe('RateLimiter.consumePair', () => {
  const edge = (limit: number, cost = 1) => ({ key: 'edge:pair', limit, windowMs: MINUTE, cost, blockMs: MINUTE });
  const graphql = (limit: number, cost = 1) => ({ key: 'graphql:pair', limit, windowMs: MINUTE, cost });

  it('takes from both keys in one call, each with its own remaining units', async () => {
    const [first, second] = await limiter.consumePair(edge(10, 2), graphql(3, 2));
    expect(first).toMatchObject({ allowed: true, limit: 10, remaining: 8 });
    expect(second).toMatchObject({ allowed: true, limit: 3, remaining: 1 });
    // The same keys as single checks use: they see what the pair took.
    expect(await limiter.consume('graphql:pair', 3, MINUTE)).toMatchObject({ allowed: true, remaining: 0 });
    expect(await limiter.consumeWithBlock('edge:pair', 10, MINUTE, MINUTE)).toMatchObject({ allowed: true, remaining: 7 });
  });

  it('counts nothing against the second key when the first refuses, and blocks the first', async () => {
    const first = { key: 'edge:pair-refused', limit: 1, windowMs: MINUTE, blockMs: MINUTE };
    const second = { key: 'graphql:pair-refused', limit: 5, windowMs: MINUTE };
    expect((await limiter.consumePair(first, second))[1]).toMatchObject({ allowed: true, remaining: 4 });
    const [refusal, untouched] = await limiter.consumePair(first, second);
    expect(refusal).toMatchObject({ allowed: false, remaining: 0, retryAfterMs: MINUTE });
    expect(untouched).toBeNull();
    expect(await limiter.consume('graphql:pair-refused', 5, MINUTE)).toMatchObject({ allowed: true, remaining: 3 });
    // Blocked, as consumeWithBlock blocks.
    expect((await limiter.consumeWithBlock('edge:pair-refused', 100, MINUTE, MINUTE)).allowed).toBe(false);
  });

  it('keeps what the first took when only the second refuses, as two checks in a row would', async () => {
    const first = { key: 'edge:pair-second', limit: 10, windowMs: MINUTE, blockMs: MINUTE };
    const second = { key: 'graphql:pair-second', limit: 1, windowMs: MINUTE };
    await limiter.consumePair(first, second);
    const [edgeDecision, graphqlDecision] = await limiter.consumePair(first, second);
    expect(edgeDecision).toMatchObject({ allowed: true, remaining: 8 });
    expect(graphqlDecision).toMatchObject({ allowed: false, remaining: 0, limit: 1 });
    expect(graphqlDecision!.retryAfterMs).toBeGreaterThan(0);
  });

  it('rejects checks that are not positive whole numbers before calling Redis', async () => {
    await expect(limiter.consumePair(edge(10), graphql(0))).rejects.toThrow(/limit must be a positive integer/);
  });
});

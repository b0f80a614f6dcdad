import { RollingQuota, type QuotaReservation } from './rolling-quota';
import { expectRetryPointsAt } from './testing/expect-frees';
import { limiterScratch } from './testing/limiter-scratch';
import { bracket, probeAcross, serverMicros } from './testing/redis-clock';

const DAY = 86_400_000;

const scratch = limiterScratch();

const quota = (reservationTtlMs = 60_000) => new RollingQuota(scratch.redis, { keyPrefix: scratch.prefix, reservationTtlMs });

function reservationIdOf(reservation: QuotaReservation): string {
  if (!reservation.granted) throw new Error(`expected a reservation, got ${JSON.stringify(reservation)}`);
  return reservation.reservationId;
}

describe('RollingQuota', () => {
  it('never grants concurrent callers more reservations than the limit', async () => {
    const deployments = quota();
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => deployments.reserve('deployments:acc1', 10, DAY)));
    expect(outcomes.filter((o) => o.granted)).toHaveLength(10);
    expect(new Set(outcomes.map((o) => (o.granted ? o.reservationId : 'refused'))).size).toBe(11);
    expect(await deployments.usage('deployments:acc1', DAY)).toEqual({ used: 0, reserved: 10 });
  });

  it('counts committed units and live reservations against the limit', async () => {
    const deployments = quota();
    const first = reservationIdOf(await deployments.reserve('deployments:acc2', 3, DAY));
    expect(await deployments.commit('deployments:acc2', first, DAY)).toBe(true);
    reservationIdOf(await deployments.reserve('deployments:acc2', 3, DAY));
    expect(await deployments.usage('deployments:acc2', DAY)).toEqual({ used: 1, reserved: 1 });
    reservationIdOf(await deployments.reserve('deployments:acc2', 3, DAY));
    expect(await deployments.reserve('deployments:acc2', 3, DAY)).toMatchObject({ granted: false });
    expect(await deployments.usage('deployments:acc2', DAY)).toEqual({ used: 1, reserved: 2 });
  });

  it('gives a released slot back at once, but keeps a committed unit counted', async () => {
    const exports = quota();
    const held = reservationIdOf(await exports.reserve('exports:acc1', 1, DAY));
    expect(await exports.reserve('exports:acc1', 1, DAY)).toMatchObject({ granted: false });
    await exports.release('exports:acc1', held);
    const next = reservationIdOf(await exports.reserve('exports:acc1', 1, DAY));
    expect(await exports.commit('exports:acc1', next, DAY)).toBe(true);
    await exports.release('exports:acc1', next);
    expect(await exports.usage('exports:acc1', DAY)).toEqual({ used: 1, reserved: 0 });
    expect(await exports.reserve('exports:acc1', 1, DAY)).toMatchObject({ granted: false });
  });

  it('shares one slot among callers that reserve for the same work, even at the limit', async () => {
    const deployments = quota();
    // Two processes racing to start one pipeline member: the second must not be refused by the first's reservation.
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => deployments.reserve('deployments:acc-shared', 1, DAY, 'member-1')));
    expect(outcomes).toEqual(Array.from({ length: 20 }, () => ({ granted: true, reservationId: 'member-1' })));
    expect(await deployments.usage('deployments:acc-shared', DAY)).toEqual({ used: 0, reserved: 1 });
    expect(await deployments.reserve('deployments:acc-shared', 1, DAY, 'member-2')).toMatchObject({ granted: false });
    // Committed, the work still holds its one unit: asking again grants without counting a second.
    expect(await deployments.commit('deployments:acc-shared', 'member-1', DAY)).toBe(true);
    expect(await deployments.reserve('deployments:acc-shared', 1, DAY, 'member-1')).toEqual({ granted: true, reservationId: 'member-1' });
    expect(await deployments.usage('deployments:acc-shared', DAY)).toEqual({ used: 1, reserved: 0 });
    expect(await deployments.reserve('deployments:acc-shared', 1, DAY, 'member-2')).toMatchObject({ granted: false });
  });

  it('commits a reservation once', async () => {
    const exports = quota();
    const id = reservationIdOf(await exports.reserve('exports:acc2', 5, DAY));
    expect(await exports.commit('exports:acc2', id, DAY)).toBe(true);
    expect(await exports.commit('exports:acc2', id, DAY)).toBe(false);
    expect(await exports.commit('exports:acc2', 'never-reserved', DAY)).toBe(false);
    expect(await exports.usage('exports:acc2', DAY)).toEqual({ used: 1, reserved: 0 });
  });

  it('tells a committed reservation from one released or never made, so a retried commit is not counted twice', async () => {
    const deployments = quota();
    const committed = reservationIdOf(await deployments.reserve('deployments:acc-is-committed', 5, DAY));
    const released = reservationIdOf(await deployments.reserve('deployments:acc-is-committed', 5, DAY));
    expect(await deployments.isCommitted('deployments:acc-is-committed', committed)).toBe(false);
    expect(await deployments.commit('deployments:acc-is-committed', committed, DAY)).toBe(true);
    await deployments.release('deployments:acc-is-committed', released);
    // A second commit of the same reservation is refused, but the unit it counted is there.
    expect(await deployments.commit('deployments:acc-is-committed', committed, DAY)).toBe(false);
    expect(await deployments.isCommitted('deployments:acc-is-committed', committed)).toBe(true);
    expect(await deployments.isCommitted('deployments:acc-is-committed', released)).toBe(false);
    expect(await deployments.isCommitted('deployments:acc-is-committed', 'never-made')).toBe(false);
    expect(await deployments.usage('deployments:acc-is-committed', DAY)).toEqual({ used: 1, reserved: 0 });
  });

  it('frees a slot whose reservation is never committed once the reservation expires', async () => {
    const ttlUs = 500_000;
    const crashed = quota(ttlUs / 1000);
    const reserved = await bracket(scratch.redis, () => crashed.reserve('deployments:crash', 1, DAY));
    reservationIdOf(reserved.result);
    const refused = await bracket(scratch.redis, () => crashed.reserve('deployments:crash', 1, DAY));
    if (refused.result.granted) throw new Error('expected a refusal while the reservation is live');
    const earliest = Math.max(reserved.before + ttlUs, (refused.result.nextSlotAtMs - 1) * 1000);
    const latest = Math.min(reserved.after + ttlUs, refused.result.nextSlotAtMs * 1000);
    expectRetryPointsAt(refused, refused.result.retryAfterMs, earliest, latest);

    const probes = await probeAcross(
      scratch.redis,
      earliest,
      () => crashed.reserve('deployments:crash', 1, DAY),
      (reservation) => reservation.granted,
    );
    const granted = probes[probes.length - 1];
    expect(probes.length).toBeGreaterThan(1);
    for (const probe of probes.slice(0, -1)) expect(probe.before).toBeLessThan(latest);
    expect(granted.after).toBeGreaterThanOrEqual(earliest);
  });

  it('refuses to commit a reservation that has expired, and does not count it', async () => {
    const slow = quota(200);
    const id = reservationIdOf(await slow.reserve('exports:slow', 5, DAY));
    await probeAcross(
      scratch.redis,
      await serverMicros(scratch.redis),
      () => slow.usage('exports:slow', DAY),
      (usage) => usage.reserved === 0,
      { leadUs: 0 },
    );
    expect(await slow.commit('exports:slow', id, DAY)).toBe(false);
    expect(await slow.usage('exports:slow', DAY)).toEqual({ used: 0, reserved: 0 });
  });

  it('counts a committed unit for one window from its commit, then frees its slot', async () => {
    const windowMs = 2000;
    const windowUs = windowMs * 1000;
    const deployments = quota();
    const id = reservationIdOf(await deployments.reserve('deployments:rolling', 1, windowMs));
    const committed = await bracket(scratch.redis, () => deployments.commit('deployments:rolling', id, windowMs));
    expect(committed.result).toBe(true);
    const refused = await bracket(scratch.redis, () => deployments.reserve('deployments:rolling', 1, windowMs));
    if (refused.result.granted) throw new Error('expected a refusal while the committed unit is in the window');
    const earliest = Math.max(committed.before + windowUs, (refused.result.nextSlotAtMs - 1) * 1000);
    const latest = Math.min(committed.after + windowUs, refused.result.nextSlotAtMs * 1000);
    expect(earliest).toBeLessThanOrEqual(latest);

    const probes = await probeAcross(
      scratch.redis,
      earliest,
      () => deployments.reserve('deployments:rolling', 1, windowMs),
      (reservation) => reservation.granted,
    );
    const granted = probes[probes.length - 1];
    expect(probes.length).toBeGreaterThan(1);
    for (const probe of probes.slice(0, -1)) expect(probe.before).toBeLessThan(latest);
    expect(granted.after).toBeGreaterThanOrEqual(earliest);
  });

  it('tells a refusal when the earliest slot frees, whether by a commit leaving or a reservation lapsing', async () => {
    const ttlUs = 5_000_000;
    const deployments = quota(ttlUs / 1000);
    const first = reservationIdOf(await deployments.reserve('deployments:next', 2, DAY));
    await deployments.commit('deployments:next', first, DAY);
    const lapsing = await bracket(scratch.redis, () => deployments.reserve('deployments:next', 2, DAY));
    reservationIdOf(lapsing.result);
    const refused = await bracket(scratch.redis, () => deployments.reserve('deployments:next', 2, DAY));
    if (refused.result.granted) throw new Error('expected a refusal at the limit');
    expect(refused.result.nextSlotAtMs).toBeGreaterThanOrEqual(Math.ceil((lapsing.before + ttlUs) / 1000));
    expect(refused.result.nextSlotAtMs).toBeLessThanOrEqual(Math.ceil((lapsing.after + ttlUs) / 1000));
    expectRetryPointsAt(refused, refused.result.retryAfterMs, lapsing.before + ttlUs, lapsing.after + ttlUs);
  });

  it('refuses a client that would queue operations while Redis is away', () => {
    expect(() => new RollingQuota(scratch.plainRedis, { keyPrefix: scratch.prefix, reservationTtlMs: 1000 })).toThrow(/createLimiterRedis/);
  });
});

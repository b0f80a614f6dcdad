import type Redis from 'ioredis';
import { ApiError } from '@fg/graphql-kit';
import { AccountQuota, type AccountQuotaPolicy } from './account-quota';
import { createLimiterRedis } from './limiter-redis';
import { loadLimitsConfig } from './limits.config';
import { RollingQuota } from './rolling-quota';
import { limiterScratch } from './testing/limiter-scratch';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const scratch = limiterScratch();

const POLICY: AccountQuotaPolicy = {
  limit: 'exportsPer24h',
  name: 'reports',
  refusedCode: 'REPORT_LIMIT_REACHED',
  refusedMessage: (limit, nextSlotAt) => `limit of ${limit} reports reached; next at ${nextSlotAt}`,
  unavailableMessage: 'Reports cannot be counted right now.',
};

function reports(env: Record<string, string> = {}, policy: Partial<AccountQuotaPolicy> = {}, store: Redis = scratch.redis) {
  const rolling = new RollingQuota(store, { keyPrefix: `${scratch.prefix}quota:`, reservationTtlMs: HOUR });
  return { rolling, quota: new AccountQuota(rolling, loadLimitsConfig({ LIMIT_EXPORTS_PER_24H: '2', ...env }), { ...POLICY, ...policy }) };
}

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('AccountQuota', () => {
  it('refuses a reservation over the limit with the policy code, a message naming the next free slot, and nextSlotAt / retryAfterMs', async () => {
    const { quota } = reports();
    const first = await quota.reserve('acc-full');
    await quota.reserve('acc-full');
    expect(await quota.commit('acc-full', first)).toBe(true);

    const before = Date.now();
    const error = await refusal(quota.reserve('acc-full'));
    const after = Date.now();
    const { code, nextSlotAt, retryAfterMs } = error.extensions as { code: string; nextSlotAt: number; retryAfterMs: number };
    expect(code).toBe('REPORT_LIMIT_REACHED');
    // The uncommitted reservation lapses an hour after it was made, long before the committed unit leaves its day.
    expect(nextSlotAt).toBeGreaterThan(before + HOUR - 2_000);
    expect(nextSlotAt).toBeLessThan(after + HOUR + 2_000);
    expect(retryAfterMs).toBeGreaterThan(HOUR - 2_000);
    expect(retryAfterMs).toBeLessThanOrEqual(HOUR);
    expect(error.message).toBe(`limit of 2 reports reached; next at ${new Date(nextSlotAt).toISOString()}`);
  });

  it("counts each account apart, against the account's own override", async () => {
    const { quota } = reports({ LIMIT_ACCOUNT_OVERRIDES: JSON.stringify({ 'acc-big': { exportsPer24h: 3 } }) });
    for (let i = 0; i < 3; i++) await quota.reserve('acc-big');
    await quota.reserve('acc-small');
    await quota.reserve('acc-small');
    expect((await refusal(quota.reserve('acc-big'))).message).toMatch(/^limit of 3 reports reached/);
    expect((await refusal(quota.reserve('acc-small'))).message).toMatch(/^limit of 2 reports reached/);
    expect(await quota.usage('acc-big')).toEqual({ used: 0, reserved: 3 });
    expect(await quota.usage('acc-small')).toEqual({ used: 0, reserved: 2 });
  });

  it('gives a released unit back at once and keeps a committed one counted', async () => {
    const { quota } = reports();
    const released = await quota.reserve('acc-release');
    const kept = await quota.reserve('acc-release');
    await quota.release('acc-release', released);
    expect(await quota.commit('acc-release', released)).toBe(false);
    expect(await quota.commit('acc-release', kept)).toBe(true);
    await quota.release('acc-release', kept);
    expect(await quota.isCommitted('acc-release', kept)).toBe(true);
    expect(await quota.isCommitted('acc-release', released)).toBe(false);
    expect(await quota.usage('acc-release')).toEqual({ used: 1, reserved: 0 });
    await quota.reserve('acc-release');
    expect((await refusal(quota.reserve('acc-release'))).extensions.code).toBe('REPORT_LIMIT_REACHED');
  });

  it('keeps the units under the RollingQuota key <name>:<accountId>, where the units already in Redis are', async () => {
    const { quota, rolling } = reports();
    const earlier = await rolling.reserve('reports:acc-kept', 2, DAY);
    if (!earlier.granted) throw new Error('the first reservation was refused');
    await rolling.commit('reports:acc-kept', earlier.reservationId, DAY);
    const reserved = await quota.reserve('acc-kept');
    expect(await quota.usage('acc-kept')).toEqual({ used: 1, reserved: 1 });
    expect(await rolling.usage('reports:acc-kept', DAY)).toEqual({ used: 1, reserved: 1 });
    await quota.release('acc-kept', reserved);
    expect(await rolling.usage('reports:acc-kept', DAY)).toEqual({ used: 1, reserved: 0 });
  });

  it('tells onReserved the use each reservation leaves, and the limit when it refuses', async () => {
    const reported: Array<[boolean, number, number]> = [];
    const { quota } = reports({}, { onReserved: (granted, used, limit) => reported.push([granted, used, limit]) });
    const first = await quota.reserve('acc-metrics');
    await quota.commit('acc-metrics', first);
    await quota.reserve('acc-metrics');
    await refusal(quota.reserve('acc-metrics'));
    expect(reported).toEqual([
      [true, 1, 2],
      [true, 2, 2],
      [false, 2, 2],
    ]);
  });

  it('fails closed: every call is SERVICE_UNAVAILABLE with the policy message while Redis cannot be reached', async () => {
    const down = createLimiterRedis('redis://127.0.0.1:1');
    try {
      const { quota } = reports({}, {}, down);
      const calls = [quota.reserve('acc-down'), quota.commit('acc-down', 'r1'), quota.isCommitted('acc-down', 'r1'), quota.release('acc-down', 'r1'), quota.usage('acc-down')];
      for (const call of calls) {
        const error = await refusal(call);
        expect(error.extensions.code).toBe('SERVICE_UNAVAILABLE');
        expect(error.message).toBe('Reports cannot be counted right now.');
      }
    } finally {
      down.disconnect();
    }
  });

  it('lets an error that is not an outage through as it is, not as SERVICE_UNAVAILABLE', async () => {
    const { quota } = reports();
    // A key of the wrong type: Redis answers WRONGTYPE, a bug to surface, never a reason to refuse quietly.
    await scratch.plainRedis.set(`${scratch.prefix}quota:{reports:acc-broken}:committed`, 'not a sorted set');
    const error = await quota.usage('acc-broken').then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).message).toMatch(/WRONGTYPE/);
  });
});

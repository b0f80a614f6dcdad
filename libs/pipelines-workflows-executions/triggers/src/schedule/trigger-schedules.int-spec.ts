import { testRedis, testServices, type TestRedis } from '@fg/testing';
import { TriggerSchedules } from './trigger-schedules';

describe('TriggerSchedules (real Redis)', () => {
  let redis: TestRedis;
  let producers: TriggerSchedules[];

  beforeAll(async () => {
    const { redisUrl } = await testServices();
    redis = await testRedis(redisUrl);
    // Several processes: the subgraph writing on create, and every broker reconciling at start.
    producers = [1, 2, 3].map(() => new TriggerSchedules({ redisUrl, keyPrefix: redis.prefix }));
  });
  afterAll(async () => {
    await Promise.all(producers.map((p) => p.close()));
    await redis.cleanup();
  });

  it('upserts the same schedule from several processes at once without an error, keeping one scheduler', async () => {
    await Promise.all(producers.flatMap((p) => [p.upsert('acc-1', 'trigger-1', '0 0 12 * * ?'), p.upsert('acc-1', 'trigger-1', '0 0 12 * * ?')]));
    const schedule = await producers[0].scheduleOf('trigger-1');
    expect(schedule?.pattern).toBe('0 0 12 * * ?');
    // The next tick is computed by the Quartz strategy: noon UTC.
    expect(new Date(schedule?.next ?? 0).toISOString()).toMatch(/T12:00:00\.000Z$/);
  });

  it('replaces a schedule and removes it', async () => {
    await producers[0].upsert('acc-1', 'trigger-2', '0 0 12 * * ?');
    await producers[1].upsert('acc-1', 'trigger-2', '0 30 6 ? * MON');
    const schedule = await producers[2].scheduleOf('trigger-2');
    expect(schedule?.pattern).toBe('0 30 6 ? * MON');
    expect(new Date(schedule?.next ?? 0).getUTCDay()).toBe(1);
    await producers[2].remove('trigger-2');
    expect(await producers[0].scheduleOf('trigger-2')).toBeNull();
  });
});

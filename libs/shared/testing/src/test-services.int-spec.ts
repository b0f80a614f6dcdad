import { testRedis, testServices, uniqueName } from './test-services';

describe('test services', () => {
  it('makes names no other test uses', () => {
    const names = new Set(Array.from({ length: 200 }, () => uniqueName('db')));
    expect(names.size).toBe(200);
    for (const name of names) expect(name).toMatch(/^db_[0-9a-f]{16}$/);
  });

  it('cleans up only the keys under its own Redis prefix', async () => {
    const { redisUrl } = await testServices();
    const mine = await testRedis(redisUrl);
    const other = await testRedis(redisUrl);
    try {
      await mine.redis.set(`${mine.prefix}a`, '1');
      await mine.redis.set(`${mine.prefix}b`, '2');
      await other.redis.set(`${other.prefix}a`, '3');
      await mine.cleanup();
      expect(await other.redis.get(`${mine.prefix}a`)).toBeNull();
      expect(await other.redis.get(`${other.prefix}a`)).toBe('3');
    } finally {
      await other.cleanup();
    }
  });
});

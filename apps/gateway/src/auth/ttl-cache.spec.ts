import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('forgets an entry when its time is up', () => {
    const cache = new TtlCache<string>(10);
    cache.set('k', 'v', 1_000, 0);
    expect(cache.get('k', 999)).toBe('v');
    expect(cache.get('k', 1_000)).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const cache = new TtlCache<number>(2);
    cache.set('a', 1, 1_000, 0);
    cache.set('b', 2, 1_000, 0);
    cache.set('c', 3, 1_000, 0);
    expect(cache.size).toBe(2);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('c', 1)).toBe(3);
  });

  it('caches nothing with a zero time to live', () => {
    const cache = new TtlCache<string>(2);
    cache.set('k', 'v', 0, 0);
    expect(cache.get('k', 0)).toBeUndefined();
  });
});

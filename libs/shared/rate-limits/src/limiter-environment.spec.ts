import { EnvironmentError } from '@fg/config';
import { loadLimiterEnvironment } from './limiter-environment';

describe('loadLimiterEnvironment', () => {
  it('reads Redis, its key prefix and the limits, with defaults', () => {
    const loaded = loadLimiterEnvironment({ LIMIT_GRAPHQL_PER_MIN: '7' });
    expect(loaded.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(loaded.redisKeyPrefix).toBe('fg:');
    expect(loaded.limits.limitFor('graphqlPerMin')).toBe(7);
  });

  it('names a bad Redis URL', () => {
    expect(() => loadLimiterEnvironment({ REDIS_URL: 'http://nope' })).toThrow(EnvironmentError);
    expect(() => loadLimiterEnvironment({ REDIS_URL: 'http://nope' })).toThrow(/REDIS_URL/);
  });
});

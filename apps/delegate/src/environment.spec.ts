import { EnvironmentError, parseEnvironment } from '@fg/config';
import { hostname } from 'node:os';
import { delegateEnvironmentSchema } from './environment';

describe('delegate environment', () => {
  it('needs only the token, and defaults the rest', () => {
    expect(parseEnvironment(delegateEnvironmentSchema, { DELEGATE_TOKEN: 't' })).toEqual({
      DELEGATE_TOKEN: 't',
      PLATFORM_URL: 'http://127.0.0.1:4000',
      DELEGATE_NAME: hostname(),
      DELEGATE_TAGS: [],
      DELEGATE_MAX_CONCURRENT_TASKS: 4,
      DELEGATE_POLL_INTERVAL_MS: 1_000,
      DELEGATE_HEARTBEAT_INTERVAL_MS: 10_000,
      DELEGATE_SHUTDOWN_GRACE_MS: 30_000,
      LOG_LEVEL: 'info',
    });
  });

  it('reads comma-separated tags, ignoring blanks and repeats', () => {
    const env = parseEnvironment(delegateEnvironmentSchema, { DELEGATE_TOKEN: 't', DELEGATE_TAGS: ' linux, eu-west,,linux ' });
    expect(env.DELEGATE_TAGS).toEqual(['linux', 'eu-west']);
  });

  it('reports a missing token and a tag the platform would refuse together', () => {
    let caught: unknown;
    try {
      parseEnvironment(delegateEnvironmentSchema, { DELEGATE_TAGS: 'ok,not:ok' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EnvironmentError);
    const problems = (caught as EnvironmentError).problems;
    expect(problems.some((problem) => problem.startsWith('DELEGATE_TOKEN: is required'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('DELEGATE_TAGS.1:'))).toBe(true);
  });
});

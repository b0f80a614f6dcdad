import { runTask } from './run-task';

describe('runTask with a NOOP payload', () => {
  it('succeeds after waiting', async () => {
    const result = await runTask({ version: 1, type: 'NOOP', waitMs: 20 });
    expect(result.status).toBe('SUCCEEDED');
    expect(result.error).toBeUndefined();
  });

  it('stops and reports cancelled when the signal aborts', async () => {
    const controller = new AbortController();
    const running = runTask({ version: 1, type: 'NOOP', waitMs: 60_000 }, { signal: controller.signal });
    controller.abort();
    expect(await running).toMatchObject({ status: 'FAILED', error: 'cancelled' });
  });
});

describe('runTask with a payload it cannot run', () => {
  it.each([
    ['an unknown type', { version: 1, type: 'DOCKER', image: 'alpine' }, 'unsupported task type "DOCKER"'],
    ['a missing type', { version: 1 }, 'unsupported task type undefined'],
    ['a newer version', { version: 2, type: 'SHELL_SCRIPT', script: 'true', timeoutMs: 1000 }, 'unsupported SHELL_SCRIPT payload version 2 (supported: 1)'],
    ['a missing version', { type: 'NOOP', waitMs: 1 }, 'unsupported NOOP payload version undefined (supported: 1)'],
    ['something other than an object', 'NOOP', 'invalid task payload: not an object'],
    ['null', null, 'invalid task payload: not an object'],
  ])('fails, never throws, on %s', async (_case, payload, error) => {
    expect(await runTask(payload)).toEqual({ status: 'FAILED', error, durationMs: expect.any(Number) });
  });

  it('fails on a known type with invalid fields, naming them', async () => {
    const result = await runTask({ version: 1, type: 'HTTP', url: 'ftp://example.test/x', method: 'BREW', expectedStatus: 200 });
    expect(result.status).toBe('FAILED');
    expect(result.error).toMatch(/^invalid HTTP payload: /);
    expect(result.error).toContain('url: only http and https URLs are supported');
    expect(result.error).toContain('method: ');
  });

  it('fails on invalid options', async () => {
    const result = await runTask({ version: 1, type: 'NOOP', waitMs: 0 }, { outputLimitBytes: -1 });
    expect(result).toMatchObject({ status: 'FAILED', error: 'invalid runTask options: outputLimitBytes must be non-negative integers' });
  });
});

import { DelegateTaskError } from './delegate-task.error';
import { expiryReason } from './task-queue';
import { validateEnqueueInput, validateTags, validateTaskResult } from './task-input.validation';

const noop = { type: 'NOOP', payload: { version: 1, type: 'NOOP', waitMs: 5 }, timeoutMs: 1000, leaseMs: 1000 };

function rejection(run: () => unknown): DelegateTaskError {
  try {
    run();
  } catch (error) {
    if (error instanceof DelegateTaskError) return error;
    throw error;
  }
  throw new Error('expected a DelegateTaskError');
}

describe('task input validation', () => {
  it('accepts each payload version 1 and sorts and deduplicates selectors', () => {
    expect(validateEnqueueInput({ ...noop, selectors: ['linux', 'k8s', 'linux'] }).selectors).toEqual(['k8s', 'linux']);
    expect(
      validateEnqueueInput({
        type: 'HTTP',
        payload: { version: 1, type: 'HTTP', url: 'https://example.com/health', method: 'GET', expectedStatus: 200 },
        timeoutMs: 1000,
        leaseMs: 1000,
      }).selectors,
    ).toEqual([]);
    expect(
      validateEnqueueInput({
        type: 'SHELL_SCRIPT',
        payload: { version: 1, type: 'SHELL_SCRIPT', script: 'echo hi', timeoutMs: 500 },
        timeoutMs: 1000,
        leaseMs: 1000,
      }).type,
    ).toBe('SHELL_SCRIPT');
  });

  it('rejects a payload whose type differs from the task type', () => {
    const error = rejection(() => validateEnqueueInput({ ...noop, type: 'HTTP' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/payload/);
  });

  it('rejects an unknown payload version and unknown fields', () => {
    expect(rejection(() => validateEnqueueInput({ ...noop, payload: { ...noop.payload, version: 2 } })).code).toBe('INVALID_INPUT');
    expect(rejection(() => validateEnqueueInput({ ...noop, payload: { ...noop.payload, extra: 1 } })).code).toBe('INVALID_INPUT');
  });

  it('rejects tags that would break a queue key', () => {
    for (const tag of ['a,b', 'a:b', '', '-lead', 'x'.repeat(64)]) {
      expect(rejection(() => validateTags([tag])).code).toBe('INVALID_INPUT');
    }
    expect(validateTags(['k8s', 'region/eu-1', 'v1.2'])).toEqual(['k8s', 'region/eu-1', 'v1.2']);
  });

  it('rejects a result with fields a delegate may not set', () => {
    expect(validateTaskResult({ exitCode: 0, output: 'ok' })).toEqual({ exitCode: 0, output: 'ok' });
    expect(rejection(() => validateTaskResult({ status: 'SUCCEEDED' })).code).toBe('INVALID_INPUT');
  });

  it('explains an expiry by the tags nobody had', () => {
    expect(expiryReason({ selectors: ['k8s'], timeoutMs: 30_000 })).toBe('no delegate with tags [k8s] acquired it within 30s');
    expect(expiryReason({ selectors: [], timeoutMs: 1500 })).toBe('no delegate acquired it within 1500ms');
  });
});

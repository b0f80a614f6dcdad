import { isStoreUnavailableError } from './database';

const named = (name: string, message = 'x') => Object.assign(new Error(message), { name });

describe('isStoreUnavailableError', () => {
  it('recognises a store that cannot be reached, also as the cause of another error', () => {
    for (const name of ['MongoServerSelectionError', 'MongooseServerSelectionError', 'MongoNetworkError', 'MongoNotConnectedError', 'MongoPoolClearedError']) {
      expect(isStoreUnavailableError(named(name))).toBe(true);
    }
    expect(isStoreUnavailableError(new Error('wrapped', { cause: named('MongoNetworkTimeoutError') }))).toBe(true);
    expect(isStoreUnavailableError(Object.assign(named('MongoServerError', 'interrupted at shutdown'), { code: 11600 }))).toBe(true);
    // What the driver lets through when it writes to a connection the store half-closed while shutting down.
    expect(isStoreUnavailableError(Object.assign(new Error('This socket has been ended by the other party'), { code: 'EPIPE' }))).toBe(true);
  });

  it('leaves operations the store refused, and everything else, to be reported as they are', () => {
    expect(isStoreUnavailableError(Object.assign(named('MongoServerError', 'E11000 duplicate key error'), { code: 11000 }))).toBe(false);
    expect(isStoreUnavailableError(new Error('boom'))).toBe(false);
    expect(isStoreUnavailableError(Object.assign(new Error('no such file'), { code: 'ENOENT' }))).toBe(false);
    expect(isStoreUnavailableError('MongoNetworkError')).toBe(false);
    expect(isStoreUnavailableError(undefined)).toBe(false);
  });
});

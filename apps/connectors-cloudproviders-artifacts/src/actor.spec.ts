import { actorOf, createdByOf } from './actor';

describe('actorOf', () => {
  it('reads the kind and id from the gateway identity', () => {
    expect(actorOf({ accountId: 'a', principal: 'user:u-1' })).toEqual({ kind: 'user', id: 'u-1' });
    expect(actorOf({ accountId: 'a', principal: 'apikey:k:2' })).toEqual({ kind: 'apiKey', id: 'k:2' });
    expect(actorOf({ accountId: 'a', principal: 'gateway' })).toEqual({ kind: 'system', id: 'gateway' });
  });

  it('records createdBy only for users', () => {
    expect(createdByOf({ kind: 'user', id: 'u-1' })).toBe('u-1');
    expect(createdByOf({ kind: 'apiKey', id: 'k-1' })).toBeNull();
  });
});

import { actorOf } from './actor';

describe('actorOf', () => {
  it("reads each kind of today's principal strings", () => {
    expect(actorOf({ accountId: 'a', principal: 'user:u1' })).toEqual({ accountId: 'a', kind: 'user', id: 'u1' });
    expect(actorOf({ accountId: 'a', principal: 'apikey:k1' })).toEqual({ accountId: 'a', kind: 'apiKey', id: 'k1' });
    expect(actorOf({ accountId: 'a', principal: 'delegate-token:t1' })).toEqual({ accountId: 'a', kind: 'delegate', id: 't1' });
    expect(actorOf({ accountId: '-', principal: 'system:gateway' })).toEqual({ accountId: '-', kind: 'system', id: 'gateway' });
  });

  it('treats anything unknown as a system part, which holds no user-group permissions', () => {
    expect(actorOf({ accountId: 'a', principal: 'user' })).toEqual({ accountId: 'a', kind: 'user', id: '' });
    expect(actorOf({ accountId: 'a', principal: 'robot:r1' })).toMatchObject({ kind: 'system' });
  });
});

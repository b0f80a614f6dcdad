import { FakeInternalService } from '../testing/fake-http';
import { Authenticator } from './authenticator';

function setup(answers: ConstructorParameters<typeof FakeInternalService>[0]) {
  const identity = new FakeInternalService(answers);
  return { identity, authenticator: new Authenticator(identity, 30_000) };
}

const PERMISSIONS = { accountPermissions: ['MANAGE_SECRETS'], appPermissions: [] };
const KEY_OK = { status: 200, body: { accountId: 'acc-1', apiKeyId: 'key-1', edition: 'PAID', permissions: PERMISSIONS, userGroupIds: ['g-readers'] } };
const SESSION_OK = { status: 200, body: { accountId: 'acc-2', userId: 'user-1', edition: 'ESSENTIALS' } };

describe('Authenticator', () => {
  it('knows an API key\'s principal, its permissions, its groups and the account edition', async () => {
    const { authenticator, identity } = setup({ '/internal/api-keys/verify': KEY_OK });
    expect(await authenticator.authenticate({ 'x-api-key': 'the-key' })).toEqual({
      principal: { kind: 'apiKey', id: 'key-1', accountId: 'acc-1', permissions: PERMISSIONS, userGroupIds: ['g-readers'] },
      edition: 'PAID',
    });
    expect(identity.calls).toEqual([{ path: '/internal/api-keys/verify', body: { apiKey: 'the-key' }, identity: undefined }]);
  });

  it('knows a session\'s user from a Bearer token', async () => {
    const { authenticator } = setup({ '/internal/sessions/verify': SESSION_OK });
    expect(await authenticator.authenticate({ authorization: 'Bearer the-token' })).toEqual({
      principal: { kind: 'user', id: 'user-1', accountId: 'acc-2', permissions: { accountPermissions: [], appPermissions: [] }, userGroupIds: [] },
      edition: 'ESSENTIALS',
    });
  });

  it('knows nobody without a credential, or with one identity refuses', async () => {
    const { authenticator, identity } = setup({ '/internal/api-keys/verify': { status: 401, body: {} } });
    expect(await authenticator.authenticate({})).toBeNull();
    expect(await authenticator.authenticate({ authorization: 'Basic abc' })).toBeNull();
    expect(await authenticator.authenticate({ 'x-api-key': 'wrong' })).toBeNull();
    expect(identity.calls).toHaveLength(1);
  });

  it('asks identity once per credential while the answer is cached, and keeps keys and tokens apart', async () => {
    const { authenticator, identity } = setup({ '/internal/api-keys/verify': KEY_OK, '/internal/sessions/verify': SESSION_OK });
    await authenticator.authenticate({ 'x-api-key': 'same' });
    await authenticator.authenticate({ 'x-api-key': 'same' });
    const asSession = await authenticator.authenticate({ authorization: 'Bearer same' });
    expect(asSession?.principal).toMatchObject({ kind: 'user', id: 'user-1' });
    expect(identity.calls.map((c) => c.path)).toEqual(['/internal/api-keys/verify', '/internal/sessions/verify']);
  });

  it('shares one verification among concurrent requests with one credential, and remembers no failed one', async () => {
    let answer!: (value: typeof KEY_OK) => void;
    let calls = 0;
    const identity = new FakeInternalService({
      '/internal/api-keys/verify': () => {
        calls += 1;
        return calls === 1 ? Promise.reject(new Error('identity unreachable')) : new Promise((resolve) => (answer = resolve));
      },
    });
    const authenticator = new Authenticator(identity, 30_000);
    await expect(authenticator.authenticate({ 'x-api-key': 'burst' })).rejects.toThrow('identity unreachable');

    const burst = Array.from({ length: 5 }, () => authenticator.authenticate({ 'x-api-key': 'burst' }));
    await new Promise((resolve) => setImmediate(resolve));
    answer(KEY_OK);
    const callers = await Promise.all(burst);
    expect(callers.map((caller) => caller?.principal.id)).toEqual(['key-1', 'key-1', 'key-1', 'key-1', 'key-1']);
    expect(identity.calls).toHaveLength(2);
  });
});

import { RecordedResponse, FakeInternalService, allowed, fakeRequest, refused } from '../testing/fake-http';
import type { IdentityAnswer } from '../auth/internal-client';
import { createLoginRoute } from './login.route';

const LOGGED_IN = {
  status: 200,
  body: { token: 'session-token', accountId: 'acc-1', userId: 'user-1', email: 'admin@example.com', expiresAt: 1_700_000_000_000 },
};
const basic = (credentials: string) => JSON.stringify({ authorization: `Basic ${Buffer.from(credentials).toString('base64')}` });

function setup(options: { answer?: IdentityAnswer<unknown>; edge?: ReturnType<typeof allowed> } = {}) {
  const identity = new FakeInternalService({ '/internal/sessions/login': options.answer ?? LOGGED_IN });
  const edgeCalls: [string, number][] = [];
  const route = createLoginRoute({
    identity,
    limits: {
      edge: async (accountId, cost) => {
        edgeCalls.push([accountId, cost]);
        return options.edge ?? allowed();
      },
    },
  });
  const call = async (init: Parameters<typeof fakeRequest>[0] = {}, search = '') => {
    const res = new RecordedResponse();
    await route(fakeRequest({ body: basic('admin@example.com:secret'), ...init }), res.asServerResponse(), new URL(`http://gateway/api/users/login${search}`));
    return res;
  };
  return { call, identity, edgeCalls };
}

const envelope = (resource: unknown, responseMessages: unknown[] = []) => ({ metaData: null, resource, responseMessages });
const refusal = (code: string, message: string) => ({ code, message, level: 'ERROR', exception: null, failureTypes: [] });

describe('the login route', () => {
  it('answers the session in the reference envelope and counts it against the account it logged into', async () => {
    const { call, identity, edgeCalls } = setup();
    const res = await call();
    expect(res.statusCode).toBe(200);
    expect(res.json).toEqual(
      envelope({ token: 'session-token', accountId: 'acc-1', uuid: 'user-1', email: 'admin@example.com', expiresAt: 1_700_000_000_000 }),
    );
    expect(identity.calls.map((c) => c.body)).toEqual([{ email: 'admin@example.com', password: 'secret' }]);
    expect(edgeCalls).toEqual([['acc-1', 1]]);
  });

  it('counts a login that names its account before asking identity, and passes the account on', async () => {
    const { call, identity, edgeCalls } = setup();
    await call({ body: JSON.stringify({ email: 'a@b.c', password: 'pw' }) }, '?accountId=acc-1');
    expect(edgeCalls).toEqual([['acc-1', 1]]);
    expect(identity.calls.map((c) => c.body)).toEqual([{ email: 'a@b.c', password: 'pw', accountId: 'acc-1' }]);
  });

  it('answers the edge refusal to a named account over its limit, without trying the password', async () => {
    const { call, identity } = setup({ edge: refused({ limit: 5 }) });
    const res = await call({}, '?accountId=acc-1');
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('Rate-Limit Limit 5 reached');
    expect(identity.calls).toHaveLength(0);
  });

  it('answers 401 INVALID_CREDENTIAL to a wrong password, counting nothing', async () => {
    const { call, edgeCalls } = setup({ answer: { status: 401, body: {} } });
    const res = await call();
    expect(res.statusCode).toBe(401);
    expect(res.json).toEqual(envelope(null, [refusal('INVALID_CREDENTIAL', 'Invalid credentials')]));
    expect(edgeCalls).toHaveLength(0);
  });

  it('answers 429 with Retry-After when identity throttles the attempts', async () => {
    const { call } = setup({ answer: { status: 429, body: { retryAfterMs: 4_200 } } });
    const res = await call();
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json).toEqual(envelope(null, [refusal('TOO_MANY_REQUESTS', 'Too many login attempts, please try again later')]));
  });

  it('answers 400 INVALID_REQUEST to a body without credentials, without asking identity', async () => {
    const { call, identity } = setup();
    const res = await call({ body: '{"authorization":"Bearer x"}' });
    expect(res.statusCode).toBe(400);
    expect(res.json).toEqual(envelope(null, [refusal('INVALID_REQUEST', 'Send {"authorization": "Basic <base64 email:password>"}')]));
    expect(identity.calls).toHaveLength(0);
  });

  it('answers 405 to anything but POST', async () => {
    const { call, identity } = setup();
    const res = await call({ method: 'GET' });
    expect(res.statusCode).toBe(405);
    expect(res.json).toEqual({ errors: [{ message: 'Use POST' }] });
    expect(identity.calls).toHaveLength(0);
  });
});

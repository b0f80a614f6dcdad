import { MAX_BODY_BYTES } from '@fg/graphql-kit';
import { DelegateProxy } from '../delegates/delegate-proxy';
import { respondToError } from '../http/error-responder';
import { FakeInternalService, RecordedResponse, allowed, fakeRequest, refused } from '../testing/fake-http';
import { createDelegateRoute } from './delegate.route';

const TOKEN = 'delegate-token-value';
const VERIFIED = { status: 200, body: { accountId: 'acc-1', tokenId: 'tok-1' } };

function setup(options: { edge?: ReturnType<typeof allowed>; verify?: { status: number; body: unknown } } = {}) {
  const platform = new FakeInternalService({
    '/internal/delegates/verify-token': options.verify ?? VERIFIED,
    '/internal/delegates/heartbeat': { status: 200, body: { ok: true } },
    '/internal/delegates/acquire': { status: 409, body: { error: 'NOT_REGISTERED' } },
  });
  const edgeCalls: [string, number][] = [];
  const route = createDelegateRoute({
    proxy: new DelegateProxy(platform, 30_000),
    limits: {
      edge: async (accountId, cost) => {
        edgeCalls.push([accountId, cost]);
        return options.edge ?? allowed();
      },
    },
  });
  const logged: unknown[] = [];
  const logger = { error: (...args: unknown[]) => void logged.push(args) } as Parameters<typeof respondToError>[2];
  const call = async (path: string, init: Parameters<typeof fakeRequest>[0] = {}) => {
    const res = new RecordedResponse();
    const response = res.asServerResponse();
    // As the server runs every route: a failure goes to the error responder.
    await route(fakeRequest({ headers: { authorization: `Delegate ${TOKEN}` }, ...init }), response, new URL(`http://gateway/api/delegate/${path}`))
      .catch((error: unknown) => respondToError(error, response, logger));
    return res;
  };
  return { call, platform, edgeCalls };
}

const forwardedCalls = (platform: FakeInternalService) => platform.calls.filter((c) => !c.path.endsWith('verify-token'));

describe('the delegate proxy route', () => {
  it('forwards a checked call signed with the token\'s account, and passes the answer on', async () => {
    const { call, platform, edgeCalls } = setup();
    const res = await call('heartbeat', { body: '{"delegateId":"d-1"}' });
    expect(res.statusCode).toBe(200);
    expect(res.json).toEqual({ ok: true });
    expect(forwardedCalls(platform)).toEqual([
      { path: '/internal/delegates/heartbeat', body: { delegateId: 'd-1' }, identity: { kind: 'delegate', id: 'tok-1', accountId: 'acc-1', permissions: { accountPermissions: [], appPermissions: [] } } },
    ]);
    expect(edgeCalls).toEqual([['acc-1', 1]]);
  });

  it('passes the platform\'s refusals on with their status', async () => {
    const { call } = setup();
    const res = await call('acquire', { body: '' });
    expect(res.statusCode).toBe(409);
    expect(res.json).toEqual({ error: 'NOT_REGISTERED' });
  });

  it('answers 401 to a missing or unknown token, and forwards nothing', async () => {
    const missing = setup();
    const noToken = await missing.call('heartbeat', { headers: {} });
    expect(noToken.statusCode).toBe(401);
    expect(noToken.json).toEqual({ error: 'INVALID_DELEGATE_TOKEN' });
    expect(missing.platform.calls).toHaveLength(0);

    const unknown = setup({ verify: { status: 404, body: {} } });
    const wrong = await unknown.call('heartbeat');
    expect(wrong.statusCode).toBe(401);
    expect(forwardedCalls(unknown.platform)).toHaveLength(0);
  });

  it('answers 404 to a call that is not part of the protocol and 405 to anything but POST', async () => {
    const { call, platform } = setup();
    const unknownCall = await call('tasks/delete');
    expect(unknownCall.statusCode).toBe(404);
    expect(unknownCall.json).toEqual({ error: 'NOT_FOUND' });
    const get = await call('heartbeat', { method: 'GET' });
    expect(get.statusCode).toBe(405);
    expect(get.json).toEqual({ error: 'Use POST' });
    expect(platform.calls).toHaveLength(0);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const { call, platform } = setup();
    const res = await call('heartbeat', { body: '{oops' });
    expect(res.statusCode).toBe(400);
    expect(res.json).toEqual({ error: 'INVALID_INPUT', message: 'The body is not valid JSON' });
    expect(forwardedCalls(platform)).toHaveLength(0);
  });

  it('answers 413 to an oversized body, not "not valid JSON"', async () => {
    const { call, platform } = setup();
    const res = await call('tasks/report', { body: Buffer.alloc(MAX_BODY_BYTES + 1, 'x') });
    expect(res.statusCode).toBe(413);
    expect(res.json).toEqual({ errors: [{ message: `Request body is larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_REQUEST' } }] });
    expect(forwardedCalls(platform)).toHaveLength(0);
  });

  it('answers the edge refusal when the token\'s account is over its edge limit', async () => {
    const { call, platform } = setup({ edge: refused({ limit: 10 }) });
    const res = await call('heartbeat');
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('Rate-Limit Limit 10 reached');
    expect(forwardedCalls(platform)).toHaveLength(0);
  });

  it('verifies a token once and remembers the answer for the next calls', async () => {
    const { call, platform } = setup();
    await call('heartbeat');
    await call('heartbeat');
    expect(platform.calls.filter((c) => c.path.endsWith('verify-token'))).toEqual([
      { path: '/internal/delegates/verify-token', body: { token: TOKEN }, identity: undefined },
    ]);
  });
});

import { RecordedResponse, FakeInternalService, allowed, fakeRequest } from '../testing/fake-http';
import type { IdentityAnswer } from '../auth/internal-client';
import { createAcceptInviteRoute } from './accept-invite.route';

const ACCEPTED = { status: 200, body: { accountId: 'acc-1', userId: 'user-1', email: 'new@example.com' } };
const INVITE = JSON.stringify({ inviteToken: 'one-time-token', password: 'a-long-password' });

function setup(answer: IdentityAnswer<unknown> = ACCEPTED) {
  const identity = new FakeInternalService({ '/internal/users/accept-invite': answer });
  const edgeCalls: [string, number][] = [];
  const route = createAcceptInviteRoute({
    identity,
    limits: {
      edge: async (accountId, cost) => {
        edgeCalls.push([accountId, cost]);
        return allowed();
      },
    },
  });
  const call = async (init: Parameters<typeof fakeRequest>[0] = {}) => {
    const res = new RecordedResponse();
    await route(fakeRequest({ body: INVITE, ...init }), res.asServerResponse());
    return res;
  };
  return { call, identity, edgeCalls };
}

const envelope = (resource: unknown, responseMessages: unknown[] = []) => ({ metaData: null, resource, responseMessages });
const refusal = (code: string, message: string) => ({ code, message, level: 'ERROR', exception: null, failureTypes: [] });

describe('the accept-invite route', () => {
  it("forwards the token and password to identity, answers the user in the reference envelope, and counts it against the invite's account", async () => {
    const { call, identity, edgeCalls } = setup();
    const res = await call();
    expect(res.statusCode).toBe(200);
    expect(res.json).toEqual(envelope({ accountId: 'acc-1', uuid: 'user-1', email: 'new@example.com' }));
    expect(identity.calls.map((c) => [c.path, c.body])).toEqual([['/internal/users/accept-invite', { inviteToken: 'one-time-token', password: 'a-long-password' }]]);
    expect(edgeCalls).toEqual([['acc-1', 1]]);
  });

  it("answers 400 INVALID_INVITE with identity's reason to a used, unknown or expired token, counting nothing", async () => {
    const { call, edgeCalls } = setup({ status: 400, body: { error: 'INVALID_INVITE', message: 'The invite token is unknown, used or expired' } });
    const res = await call();
    expect(res.statusCode).toBe(400);
    expect(res.json).toEqual(envelope(null, [refusal('INVALID_INVITE', 'The invite token is unknown, used or expired')]));
    expect(edgeCalls).toHaveLength(0);
  });

  it('answers 400 INVALID_REQUEST to a body without a token and password, without asking identity', async () => {
    for (const body of ['not json', '{"inviteToken":"t"}', '{"inviteToken":1,"password":"a-long-password"}', 'null']) {
      const { call, identity } = setup();
      const res = await call({ body });
      expect(res.statusCode).toBe(400);
      expect(res.json).toEqual(envelope(null, [refusal('INVALID_REQUEST', 'Send {"inviteToken": …, "password": …}')]));
      expect(identity.calls).toHaveLength(0);
    }
  });

  it('throws for the error responder when identity answers anything unexpected', async () => {
    const { call } = setup({ status: 500, body: {} });
    await expect(call()).rejects.toThrow('identity-users-groups answered 500 to accept-invite');
  });

  it('answers 405 to anything but POST', async () => {
    const { call, identity } = setup();
    const res = await call({ method: 'GET' });
    expect(res.statusCode).toBe(405);
    expect(identity.calls).toHaveLength(0);
  });
});

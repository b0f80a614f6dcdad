import { FakeInternalService, RecordedResponse, fakeRequest } from '../testing/fake-http';
import { createTriggerWebhooksRoute, TRIGGER_WEBHOOKS_PREFIX } from './trigger-webhooks.route';

const FIRED = { status: 202, body: { fired: true, firing: { id: 'f-1', status: 'STARTED', executionId: 'e-1', reason: null, message: null } } };

function setup(answer: { status: number; body: unknown } = FIRED) {
  const pipelines = new FakeInternalService({ '/internal/trigger-webhooks': answer as never });
  const route = createTriggerWebhooksRoute({ pipelines });
  const call = async (path: string, init: Parameters<typeof fakeRequest>[0]) => {
    const res = new RecordedResponse();
    await route(fakeRequest(init), res.asServerResponse(), new URL(path, 'http://gateway'));
    return res;
  };
  return { call, pipelines };
}

describe('the trigger webhooks route', () => {
  it('forwards the token, the provider headers and the body exactly as received', async () => {
    const { call, pipelines } = setup();
    const body = '{"ref":"refs/heads/main",  "commits":[]}';
    const res = await call(`${TRIGGER_WEBHOOKS_PREFIX}tok_123-abc`, {
      method: 'POST',
      headers: { 'x-github-event': 'push', 'x-hub-signature-256': 'sha256=ab', 'x-github-delivery': 'd-1', cookie: 'secret', 'x-api-key': 'k' },
      body,
    });
    expect(res.statusCode).toBe(202);
    expect(res.json).toEqual(FIRED.body);
    expect(pipelines.calls).toEqual([
      {
        path: '/internal/trigger-webhooks',
        body: { token: 'tok_123-abc', headers: { 'x-github-event': 'push', 'x-hub-signature-256': 'sha256=ab', 'x-github-delivery': 'd-1' }, body },
        identity: undefined,
      },
    ]);
  });

  it("passes on the subgraph's refusal of a bad signature", async () => {
    const refused = { status: 401, body: { errors: [{ message: 'The X-Hub-Signature-256 header does not match', extensions: { code: 'UNAUTHENTICATED' } }] } };
    const { call } = setup(refused);
    const res = await call(`${TRIGGER_WEBHOOKS_PREFIX}tok`, { method: 'POST', body: '{}' });
    expect(res.statusCode).toBe(401);
    expect(res.json).toEqual(refused.body);
  });

  it('refuses other methods and malformed tokens without calling the subgraph', async () => {
    const { call, pipelines } = setup();
    expect((await call(`${TRIGGER_WEBHOOKS_PREFIX}tok`, { method: 'GET' })).statusCode).toBe(405);
    expect((await call(`${TRIGGER_WEBHOOKS_PREFIX}`, { method: 'POST', body: '{}' })).statusCode).toBe(404);
    expect((await call(`${TRIGGER_WEBHOOKS_PREFIX}a/b`, { method: 'POST', body: '{}' })).statusCode).toBe(404);
    expect(pipelines.calls).toEqual([]);
  });
});

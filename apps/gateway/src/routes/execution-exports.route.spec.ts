import { NO_PERMISSIONS, SYSTEM_PRINCIPAL, signLink, type Principal } from '@fg/internal-auth';
import { FakeInternalService, RecordedResponse, fakeRequest } from '../testing/fake-http';
import { EXPORT_FILES_PATH, createExecutionExportsRoute } from './execution-exports.route';

const SECRET = 'g'.repeat(40);
const owner: Principal = { kind: 'user', id: 'u-1', accountId: 'acc-1', permissions: NO_PERMISSIONS };
const READY = { status: 200, body: { requestId: 'exp-1', status: 'READY' } };

function setup(answer: { status: number; body: unknown } = READY) {
  const pipelines = new FakeInternalService({ [EXPORT_FILES_PATH]: answer });
  const authenticator = { authenticate: async (headers: Record<string, unknown>) => (headers['x-api-key'] === 'good' ? { principal: owner, edition: 'PAID' as const } : null) };
  const route = createExecutionExportsRoute({ authenticator, pipelines, signingSecret: SECRET });
  const call = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
    const res = new RecordedResponse();
    await route(fakeRequest({ method, headers }), res.asServerResponse(), new URL(path, 'http://gateway'));
    return res;
  };
  return { call, pipelines };
}

const link = (part: 'status' | 'download', expiresAt: number, requestId = 'exp-1') =>
  `/api/executions/exports/${requestId}/${part}?${signLink(SECRET, { purpose: `execution-export:${part}`, accountId: 'acc-1', resourceId: 'exp-1', expiresAt })}`;

describe('the execution exports route', () => {
  it('answers a signed link as the gateway itself, for the account the link names', async () => {
    const { call, pipelines } = setup();
    const res = await call(link('status', Date.now() + 60_000));
    expect(res.statusCode).toBe(200);
    expect(res.json).toEqual(READY.body);
    expect(pipelines.calls).toEqual([{ path: EXPORT_FILES_PATH, body: { requestId: 'exp-1', part: 'status', linkAccountId: 'acc-1' }, identity: SYSTEM_PRINCIPAL }]);
  });

  it('serves the file as a download', async () => {
    const { call } = setup({ status: 200, body: { file: '{"executions":[]}' } });
    const res = await call(link('download', Date.now() + 60_000));
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('{"executions":[]}');
    expect(res.headers['content-disposition']).toBe('attachment; filename="executions-exp-1.json"');
  });

  it('refuses an expired link with 410, a forged or reused one with 401, without asking the subgraph', async () => {
    const { call, pipelines } = setup();
    expect((await call(link('status', Date.now() - 1))).statusCode).toBe(410);
    const forStatus = link('status', Date.now() + 60_000).split('?')[1];
    expect((await call(`/api/executions/exports/exp-1/download?${forStatus}`)).statusCode).toBe(401);
    expect((await call(`/api/executions/exports/exp-2/status?${forStatus}`)).statusCode).toBe(401);
    expect((await call('/api/executions/exports/exp-1/status')).statusCode).toBe(401);
    expect(pipelines.calls).toEqual([]);
  });

  it("acts as the caller when an API key is sent, and refuses a bad one", async () => {
    const { call, pipelines } = setup();
    expect((await call('/api/executions/exports/exp-1/status', { 'x-api-key': 'good' })).statusCode).toBe(200);
    expect(pipelines.calls[0]).toEqual({ path: EXPORT_FILES_PATH, body: { requestId: 'exp-1', part: 'status' }, identity: owner });
    expect((await call('/api/executions/exports/exp-1/status', { 'x-api-key': 'bad' })).statusCode).toBe(401);
  });

  it('passes on not found and not ready, and refuses other paths and methods', async () => {
    expect((await setup({ status: 404, body: {} }).call(link('status', Date.now() + 60_000))).json).toEqual({
      errors: [{ message: 'Export does not exist or access is denied', extensions: { code: 'NOT_FOUND' } }],
    });
    const notReady = await setup({ status: 409, body: { error: 'The export is QUEUED, not READY' } }).call(link('download', Date.now() + 60_000));
    expect(notReady.statusCode).toBe(409);
    expect(notReady.json).toMatchObject({ errors: [{ extensions: { code: 'EXPORT_NOT_READY' } }] });
    const { call } = setup();
    expect((await call('/api/executions/exports/exp-1/other')).statusCode).toBe(404);
    expect((await call(link('status', Date.now() + 60_000), {}, 'POST')).statusCode).toBe(405);
  });
});

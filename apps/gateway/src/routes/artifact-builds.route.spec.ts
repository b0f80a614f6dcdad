import { FakeInternalService, RecordedResponse, fakeRequest } from '../testing/fake-http';
import { createArtifactBuildsRoute } from './artifact-builds.route';

const RECORDED = { status: 201, body: { artifact: { id: 'art-1', buildNo: '1.4.2', collectedAt: 1_700_000_000_000, artifactSourceId: 'src-1' } } };

function setup(answer = RECORDED) {
  const connectors = new FakeInternalService({ '/internal/artifact-builds': answer });
  const route = createArtifactBuildsRoute({ connectors });
  const call = async (init: Parameters<typeof fakeRequest>[0]) => {
    const res = new RecordedResponse();
    await route(fakeRequest(init), res.asServerResponse());
    return res;
  };
  return { call, connectors };
}

const withToken = (body: string, method = 'POST') => ({ method, headers: { 'x-collection-token': 'tok-123' }, body });

describe('the artifact builds route', () => {
  it('forwards the token and build number to the subgraph and answers what it recorded', async () => {
    const { call, connectors } = setup();
    const res = await call(withToken(JSON.stringify({ buildNo: '1.4.2' })));
    expect(res.statusCode).toBe(201);
    expect(res.json).toEqual(RECORDED.body);
    expect(connectors.calls).toEqual([{ path: '/internal/artifact-builds', body: { token: 'tok-123', buildNo: '1.4.2' }, identity: undefined }]);
  });

  it('passes on the subgraph\'s refusal of an unknown token', async () => {
    const refused = { status: 401, body: { errors: [{ message: 'Invalid collection token', extensions: { code: 'UNAUTHENTICATED' } }] } };
    const { call } = setup(refused as never);
    const res = await call(withToken(JSON.stringify({ buildNo: '1' })));
    expect(res.statusCode).toBe(401);
    expect(res.json).toEqual(refused.body);
  });

  it('refuses a call without a token, a malformed body and another method, without calling the subgraph', async () => {
    const { call, connectors } = setup();
    const noToken = await call({ method: 'POST', body: JSON.stringify({ buildNo: '1' }) });
    expect(noToken.statusCode).toBe(401);
    expect(noToken.json).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const notJson = await call(withToken('buildNo=1'));
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json).toEqual({ errors: [{ message: 'Send a JSON object with the string field buildNo', extensions: { code: 'BAD_USER_INPUT' } }] });
    expect((await call(withToken(JSON.stringify({ buildNo: 7 })))).statusCode).toBe(400);
    expect((await call(withToken('', 'GET'))).statusCode).toBe(405);
    expect(connectors.calls).toEqual([]);
  });
});

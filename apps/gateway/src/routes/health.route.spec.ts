import { RecordedResponse, fakeRequest } from '../testing/fake-http';
import { createReadyRoute, healthRoute, type SubgraphStatus } from './health.route';

const ask = async (route: typeof healthRoute) => {
  const res = new RecordedResponse();
  await route(fakeRequest({ method: 'GET' }), res.asServerResponse());
  return res;
};

describe('the health routes', () => {
  it('answers liveness without asking anyone', async () => {
    const res = await ask(healthRoute);
    expect(res.statusCode).toBe(200);
    expect(res.json).toEqual({ status: 'ok' });
  });

  it('is ready with 200 when every subgraph is, listing each', async () => {
    const subgraphs: Record<string, SubgraphStatus> = { 'apps-services': 'ok', secrets: 'ok' };
    const res = await ask(createReadyRoute(async () => subgraphs));
    expect(res.statusCode).toBe(200);
    expect(res.json).toEqual({ status: 'ok', subgraphs });
  });

  it('answers 503 naming the subgraph that is down', async () => {
    const subgraphs: Record<string, SubgraphStatus> = { 'apps-services': 'ok', secrets: 'unavailable' };
    const res = await ask(createReadyRoute(async () => subgraphs));
    expect(res.statusCode).toBe(503);
    expect(res.json).toEqual({ status: 'unavailable', subgraphs: { 'apps-services': 'ok', secrets: 'unavailable' } });
  });
});

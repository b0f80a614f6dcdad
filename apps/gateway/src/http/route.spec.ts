import type { IncomingMessage, ServerResponse } from 'node:http';
import { RecordedResponse, fakeRequest } from '../testing/fake-http';
import { createRouter, notFoundRoute, type RouteHandler } from './route';

const answering = (name: string): RouteHandler => async (_req: IncomingMessage, res: ServerResponse) => void res.end(name);

async function route(path: string) {
  const router = createRouter({
    paths: { '/api/graphql': answering('api'), '/healthz': answering('health') },
    prefixes: [['/api/delegate/', answering('delegate')]],
    notFound: notFoundRoute('/api/graphql'),
  });
  const res = new RecordedResponse();
  await router(fakeRequest({ method: 'GET' }), res.asServerResponse(), new URL(`http://gateway${path}`));
  return res;
}

describe('the gateway router', () => {
  it('sends exact paths to their handler, whatever the query string', async () => {
    expect((await route('/api/graphql?accountId=a')).body).toBe('api');
    expect((await route('/healthz')).body).toBe('health');
  });

  it('sends a prefixed path to its handler', async () => {
    expect((await route('/api/delegate/tasks/report')).body).toBe('delegate');
  });

  it('answers 404 naming where the API is for any other path', async () => {
    const res = await route('/api/graphql/extra');
    expect(res.statusCode).toBe(404);
    expect(res.json).toEqual({ errors: [{ message: 'Not found: the API is served at /api/graphql' }] });
  });
});

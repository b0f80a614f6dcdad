import { ServiceMetrics } from '@fg/metrics';
import { RecordedResponse, fakeRequest } from '../testing/fake-http';
import { instrumentRoute, routeLabeler } from './instrumented-route';

describe('routeLabeler', () => {
  const label = routeLabeler({ paths: { '/api/graphql': async () => undefined }, prefixes: [['/api/delegate/', async () => undefined]], notFound: async () => undefined });

  it("labels a request by the gateway's own path or prefix, never by what the client sent", () => {
    expect(label('/api/graphql')).toBe('/api/graphql');
    expect(label('/api/delegate/tasks/report')).toBe('/api/delegate/');
    expect(label('/wp-admin/1234567')).toBe('not_found');
  });
});

describe('instrumentRoute', () => {
  it('counts the request by route and status once its answer is closed', async () => {
    const metrics = new ServiceMetrics('gateway');
    const route = instrumentRoute(
      async (_req, res) => {
        res.statusCode = 429;
        res.end();
      },
      () => '/api/graphql',
      metrics,
    );
    const res = new RecordedResponse();
    const listeners: (() => void)[] = [];
    const response = Object.assign(res, { once: (_event: string, listener: () => void) => listeners.push(listener) });
    await route(fakeRequest(), response.asServerResponse(), new URL('http://gateway/api/graphql'));
    listeners.forEach((listener) => listener());
    const metric = (await metrics.registry.getMetricsAsJSON()).find((each) => each.name === 'fg_http_requests_total');
    expect(metric?.values).toEqual([{ value: 1, labels: { route: '/api/graphql', status: '429', service: 'gateway' } }]);
  });
});

import { slowClient, type SlowClient } from './faults-slow-clients';
import { callGateway, startStack, type Stack } from './stack';

const APPLICATIONS_ONLY = '{ applications(limit: 10) { nodes { name } } }';
const APPLICATIONS_AND_SECRET_MANAGERS = '{ applications(limit: 10) { nodes { name } } secretManagers(limit: 10) { pageInfo { total } } }';
const TRICKLING_CONNECTIONS = 150;

// One stack for both faults: each stack start costs CI seconds. The slow clients run first, on a healthy stack.
describe('faults at a running stack: slow clients at the gateway, a subgraph killed and brought back (separate processes)', () => {
  let stack: Stack;
  const slowClients: SlowClient[] = [];

  beforeAll(async () => {
    // Short server timeouts so the slow-client test does not wait the production defaults (10 s for headers, 30 s for a
    // request); nothing else here comes near them.
    stack = await startStack({ GATEWAY_HEADERS_TIMEOUT_MS: '2000', GATEWAY_REQUEST_TIMEOUT_MS: '4000' });
    const created = await callGateway(stack, stack.demoApiKey, { query: 'mutation { createApplication(input: { name: "before-the-fault" }) { application { id } } }' });
    expect(created.body.errors).toBeUndefined();
  });

  const gatewayLogLine = async (matches: (line: string) => boolean): Promise<string> => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const line = stack.processOutput().split('\n').find(matches);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return '';
  };

  afterAll(async () => {
    for (const client of slowClients) client.stop();
    await stack?.stop();
  });

  it('keeps answering normal requests while slowloris clients trickle headers and bodies, and closes theirs with 408', async () => {
    const port = Number(new URL(stack.gatewayOrigin).port);
    const body = JSON.stringify({ query: APPLICATIONS_ONLY });
    for (let i = 0; i < TRICKLING_CONNECTIONS; i += 1) {
      if (i % 3 === 0) {
        // Headers that never end.
        slowClients.push(slowClient(port, 'POST /api/graphql HTTP/1.1\r\nHost: gateway\r\n', 'X-Slow-Header: trickled\r\n'));
      } else if (i % 3 === 1) {
        // Complete headers, then a body that never ends (the length promises more than is ever sent).
        const headers = `POST /api/graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nX-Api-Key: ${stack.demoApiKey}\r\nContent-Length: 100000\r\n\r\n`;
        slowClients.push(slowClient(port, headers, body));
      } else {
        // A connection that opens and sends nothing.
        slowClients.push(slowClient(port, '', ''));
      }
    }

    // While every slow connection is open, normal requests are answered in full.
    for (let i = 0; i < 10; i += 1) {
      const answer = await callGateway(stack, stack.demoApiKey, { query: APPLICATIONS_ONLY });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { applications: { nodes: [{ name: 'before-the-fault' }] } } });
    }

    // Every slow connection is closed by the gateway, after it was told why (408).
    const closedByServer = await Promise.all(slowClients.map((client) => client.closedByServer));
    expect(closedByServer.every(Boolean)).toBe(true);
    for (const client of slowClients) expect(client.received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it('answers from the other subgraphs, gives partial data with SERVICE_UNAVAILABLE, and recovers without a gateway restart', async () => {
    const healthy = await callGateway(stack, stack.demoApiKey, { query: APPLICATIONS_AND_SECRET_MANAGERS });
    expect(healthy.body).toEqual({ data: { applications: { nodes: [{ name: 'before-the-fault' }] }, secretManagers: { pageInfo: { total: expect.any(Number) } } } });

    await stack.killSubgraph('secrets');

    const untouched = await callGateway(stack, stack.demoApiKey, { query: APPLICATIONS_ONLY });
    expect(untouched.status).toBe(200);
    expect(untouched.body).toEqual({ data: { applications: { nodes: [{ name: 'before-the-fault' }] } } });

    const partial = await callGateway(stack, stack.demoApiKey, { query: APPLICATIONS_AND_SECRET_MANAGERS });
    expect(partial.status).toBe(200);
    expect(partial.body.data).toEqual({ applications: { nodes: [{ name: 'before-the-fault' }] }, secretManagers: null });
    expect(partial.body.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toEqual([
      { message: 'A service these fields need is unavailable; please try again shortly.', code: 'SERVICE_UNAVAILABLE' },
    ]);
    expect(JSON.stringify(partial.body)).not.toMatch(/127\.0\.0\.1|secrets|ECONNREFUSED/);

    // Nothing of a query touching only the killed subgraph can be answered: 503, so clients and proxies see an outage.
    const nothing = await callGateway(stack, stack.demoApiKey, { query: '{ secretManagers(limit: 10) { pageInfo { total } } }' });
    expect(nothing.status).toBe(503);
    expect(nothing.headers.get('retry-after')).toBe('5');
    expect(nothing.body).toEqual({
      data: { secretManagers: null },
      errors: [expect.objectContaining({ message: 'A service these fields need is unavailable; please try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } })],
    });
    // The operator still learns which subgraph failed and why, from the gateway's log (its pipe may lag a little).
    expect(await gatewayLogLine((line) => line.includes('subgraph fetch failed') && line.includes('"subgraph":"secrets"'))).toContain('is unreachable');

    await stack.restartSubgraph('secrets');

    const recovered = await callGateway(stack, stack.demoApiKey, { query: APPLICATIONS_AND_SECRET_MANAGERS });
    expect(recovered.body).toEqual(healthy.body);
  });
});

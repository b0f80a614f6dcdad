import { connect, type Socket } from 'node:net';
import { callGateway, startStack, type Stack } from './stack';

const QUERY = '{ applications(limit: 1) { pageInfo { limit } } }';
const TRICKLING_CONNECTIONS = 150;

/** What a slow client saw: everything the server wrote to it, and whether the server closed the connection. */
interface SlowClient {
  received: string;
  closedByServer: Promise<boolean>;
  stop(): void;
}

/**
 * A slowloris client: it sends `opening`, then `trickle` one byte every 200 ms, never finishing the request. It never
 * closes the connection itself while trickling, so a close means the server closed it.
 */
function slowClient(port: number, opening: string, trickle: string): SlowClient {
  const socket: Socket = connect({ host: '127.0.0.1', port });
  const client: SlowClient = { received: '', closedByServer: Promise.resolve(false), stop: () => undefined };
  let timer: NodeJS.Timeout | undefined;
  let stopping = false;
  client.stop = () => {
    stopping = true;
    clearInterval(timer);
    socket.destroy();
  };
  client.closedByServer = new Promise((resolve) => {
    socket.on('data', (chunk) => {
      client.received += chunk.toString('latin1');
    });
    // A write after the server closed fails with EPIPE / ECONNRESET: the close below is what counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve(!stopping);
    });
  });
  socket.once('connect', () => {
    if (opening) socket.write(opening);
    if (!trickle) return;
    let sent = 0;
    timer = setInterval(() => {
      if (!socket.writable) return;
      socket.write(trickle[sent % trickle.length]);
      sent += 1;
    }, 200);
  });
  return client;
}

describe('slow clients at the gateway (slowloris: headers and bodies trickled byte by byte)', () => {
  let stack: Stack;
  const clients: SlowClient[] = [];

  beforeAll(async () => {
    // Short timeouts so the spec does not wait the production defaults (10 s for headers, 30 s for a request).
    stack = await startStack({ GATEWAY_HEADERS_TIMEOUT_MS: '2000', GATEWAY_REQUEST_TIMEOUT_MS: '4000' });
  });

  afterAll(async () => {
    for (const client of clients) client.stop();
    await stack?.stop();
  });

  it('keeps answering normal requests and closes the trickling connections with 408', async () => {
    const port = Number(new URL(stack.gatewayOrigin).port);
    const body = JSON.stringify({ query: QUERY });
    for (let i = 0; i < TRICKLING_CONNECTIONS; i += 1) {
      if (i % 3 === 0) {
        // Headers that never end.
        clients.push(slowClient(port, 'POST /api/graphql HTTP/1.1\r\nHost: gateway\r\n', 'X-Slow-Header: trickled\r\n'));
      } else if (i % 3 === 1) {
        // Complete headers, then a body that never ends (the length promises more than is ever sent).
        clients.push(
          slowClient(
            port,
            `POST /api/graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nX-Api-Key: ${stack.demoApiKey}\r\nContent-Length: 100000\r\n\r\n`,
            body,
          ),
        );
      } else {
        // A connection that opens and sends nothing.
        clients.push(slowClient(port, '', ''));
      }
    }

    // While every slow connection is open, normal requests are answered in full.
    for (let i = 0; i < 10; i += 1) {
      const answer = await callGateway(stack, stack.demoApiKey, { query: QUERY });
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { applications: { pageInfo: { limit: 1 } } } });
    }

    // Every slow connection is closed by the gateway, after it was told why (408).
    const closed = await Promise.all(clients.map((client) => client.closedByServer));
    expect(closed.every(Boolean)).toBe(true);
    for (const client of clients) expect(client.received).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);

    // And the gateway still serves after them.
    const after = await callGateway(stack, stack.demoApiKey, { query: QUERY });
    expect(after.status).toBe(200);
  });
});

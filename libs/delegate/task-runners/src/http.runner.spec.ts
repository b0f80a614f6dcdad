import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runTask } from './run-task';

const http = (url: string, method = 'GET', expectedStatus = 200) => ({ version: 1, type: 'HTTP', url, method, expectedStatus });

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

describe('runTask with an HTTP payload', () => {
  const requests: string[] = [];
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === '/echo') {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => response.writeHead(200).end(`${request.headers['x-token']}|${request.headers['content-type']}|${Buffer.concat(chunks).toString('utf8')}`));
      } else if (path === '/ok') {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('all good');
      } else if (path === '/created') {
        response.writeHead(201).end('made it');
      } else if (path === '/large') {
        response.writeHead(200);
        response.end('z'.repeat(1024 * 1024));
      } else if (path === '/hang') {
        // Headers only, then silence: the body never finishes.
        response.writeHead(200);
        response.write('partial');
      } else {
        response.writeHead(500).end('boom');
      }
    });
    baseUrl = await listen(server);
  });

  afterAll(async () => {
    server.closeAllConnections();
    await close(server);
  });

  it('succeeds when the status is the expected one, with the body as output', async () => {
    const result = await runTask(http(`${baseUrl}/ok`));
    expect(result).toMatchObject({ status: 'SUCCEEDED', httpStatus: 200, output: 'all good' });
  });

  it('sends the headers and body of a version 2 payload', async () => {
    const payload = {
      version: 2,
      type: 'HTTP',
      url: `${baseUrl}/echo`,
      method: 'PUT',
      headers: [
        { name: 'X-Token', value: 't0k3n' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      body: '{"deploy":true}',
      expectedStatus: 200,
    };
    expect(await runTask(payload)).toMatchObject({ status: 'SUCCEEDED', httpStatus: 200, output: 't0k3n|application/json|{"deploy":true}' });
    expect(requests).toContain('PUT /echo');
  });

  it('sends the payload method', async () => {
    const result = await runTask(http(`${baseUrl}/created?via=post`, 'POST', 201));
    expect(result).toMatchObject({ status: 'SUCCEEDED', httpStatus: 201 });
    expect(requests).toContain('POST /created?via=post');
  });

  it('fails with the status received when it is not the expected one', async () => {
    const result = await runTask(http(`${baseUrl}/broken`));
    expect(result).toMatchObject({ status: 'FAILED', httpStatus: 500, error: 'expected HTTP 200, got 500', output: 'boom' });
  });

  it('keeps the first bytes of a large body and flags the truncation', async () => {
    const result = await runTask(http(`${baseUrl}/large`), { outputLimitBytes: 1024 });
    expect(result).toMatchObject({ status: 'SUCCEEDED', httpStatus: 200, outputTruncated: true, output: 'z'.repeat(1024) });
  });

  it('fails with the network error when the connection is refused', async () => {
    const closed = createServer();
    const url = await listen(closed);
    await close(closed);

    const result = await runTask(http(`${url}/ok`));
    expect(result.status).toBe('FAILED');
    expect(result.error).toContain('ECONNREFUSED');
    expect(result.httpStatus).toBeUndefined();
  });

  it('fails when the response does not finish within the HTTP timeout', async () => {
    const result = await runTask(http(`${baseUrl}/hang`), { httpTimeoutMs: 300 });
    expect(result).toMatchObject({ status: 'FAILED', httpStatus: 200, error: 'timed out after 0.3s', output: 'partial' });
  });

  it('stops and reports cancelled when the signal aborts', async () => {
    const controller = new AbortController();
    const running = runTask(http(`${baseUrl}/hang`), { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect(await running).toMatchObject({ status: 'FAILED', error: 'cancelled' });
  });
});

import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';

export const MAX_BODY_BYTES = 1024 * 1024;

export class RequestBodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The body's bytes (for multipart bodies, whose file parts are binary); 413 past maxBytes. */
export async function readBodyBytes(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new RequestBodyError(413, `Request body is larger than ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string> {
  return (await readBodyBytes(req, maxBytes)).toString('utf8');
}

/**
 * Turns a Node request into Apollo's HTTP request. Besides JSON, a text/plain body is taken as the query text itself,
 * which the reference API accepts too.
 */
export async function toGraphQLRequest(req: IncomingMessage, url: URL, maxBodyBytes = MAX_BODY_BYTES): Promise<HTTPGraphQLRequest> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  if (method !== 'POST') return { method, headers, search: url.search, body: undefined };

  const text = await readBody(req, maxBodyBytes);
  const contentType = (headers.get('content-type') ?? '').toLowerCase();
  let body: unknown;
  if (contentType.startsWith('text/plain')) {
    body = { query: text };
  } else {
    try {
      body = text.length === 0 ? {} : JSON.parse(text);
    } catch {
      throw new RequestBodyError(400, 'Request body is not valid JSON');
    }
  }
  // Apollo checks the content type; the body is already decoded above whatever the client declared.
  headers.set('content-type', 'application/json');
  return { method, headers, search: url.search, body };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

/** Runs one request through Apollo Server and writes its answer. */
export async function respondWithApollo<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  httpGraphQLRequest: HTTPGraphQLRequest,
  context: () => Promise<TContext>,
  res: ServerResponse,
): Promise<void> {
  await writeApolloResponse(await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context }), res);
}

/** Writes an answer Apollo Server produced: status, headers, and the body whole or streamed. */
export async function writeApolloResponse(response: HTTPGraphQLResponse, res: ServerResponse): Promise<void> {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

import type { HTTPGraphQLRequest } from '@apollo/server';
import { NO_PERMISSIONS, type Principal } from '@fg/internal-auth';
import type { LimitDecision } from '@fg/rate-limits';
import type { Caller } from '../auth/authenticator';
import { RequestBodyError } from '@fg/graphql-kit';
import type { EdgeAndGraphQLDecision } from '../limits/request-limits';
import { RecordedResponse, allowed, fakeRequest, refused } from '../testing/fake-http';
import { API_PATH, INVALID_API_KEY, createApiRoute, type ApiLimits } from './api.route';

const CALLER: Caller = { principal: { kind: 'apiKey', id: 'key-1', accountId: 'acc-1', permissions: NO_PERMISSIONS }, edition: 'PAID' };
const QUERY = JSON.stringify({ query: '{ applications(limit: 1) { nodes { id } } }' });

class FakeLimits implements ApiLimits {
  readonly edgeCalls: [string, number][] = [];
  readonly graphqlCalls: [Caller, boolean, number][] = [];
  constructor(
    private readonly edgeDecision: LimitDecision = allowed(),
    private readonly graphqlDecision: LimitDecision = allowed({ limit: 50, remaining: 49, resetAtMs: 61_200 }),
  ) {}
  // As the one Redis script does: the GraphQL limit is counted only when the edge allowed the request.
  async edgeAndGraphQL(caller: Caller, isDashboard: boolean, cost: number): Promise<EdgeAndGraphQLDecision> {
    this.edgeCalls.push([caller.principal.accountId, cost]);
    if (!this.edgeDecision.allowed) return { edge: this.edgeDecision, graphql: null };
    this.graphqlCalls.push([caller, isDashboard, cost]);
    return { edge: this.edgeDecision, graphql: { ...this.graphqlDecision, kind: isDashboard ? 'dashboard' : 'graphql' } };
  }
}

function setup(options: { caller?: Caller | null; limits?: FakeLimits } = {}) {
  const limits = options.limits ?? new FakeLimits();
  const executed: { request: HTTPGraphQLRequest; principal: Principal | null }[] = [];
  const seenHeaders: unknown[] = [];
  const route = createApiRoute({
    authenticator: {
      authenticate: async (headers) => {
        seenHeaders.push(headers);
        return options.caller === undefined ? CALLER : options.caller;
      },
    },
    limits,
    graphql: async (request, principal, res) => {
      executed.push({ request, principal });
      res.statusCode = 200;
      res.end('{"data":{}}');
    },
    uploads: { maxFileBytes: 1024 },
  });
  const call = async (init: Parameters<typeof fakeRequest>[0] = {}, search = '') => {
    const res = new RecordedResponse();
    await route(fakeRequest({ body: QUERY, headers: { 'content-type': 'application/json' }, ...init }), res.asServerResponse(), new URL(`http://gateway${API_PATH}${search}`));
    return res;
  };
  return { call, limits, executed, seenHeaders };
}

describe('the GraphQL API route', () => {
  it('answers 401 with the reference body when the credentials are unknown, and runs nothing', async () => {
    const { call, executed, limits } = setup({ caller: null });
    const res = await call({ headers: { 'x-api-key': 'wrong' } });
    expect(res.statusCode).toBe(401);
    expect(res.body).toBe(JSON.stringify(INVALID_API_KEY));
    expect(res.json).toEqual({ errors: [{ message: 'Invalid Api Key' }] });
    expect(executed).toHaveLength(0);
    expect(limits.edgeCalls).toHaveLength(0);
  });

  it('answers 401 when ?accountId= names another account than the credentials', async () => {
    const { call, executed } = setup();
    const res = await call({}, '?accountId=acc-2');
    expect(res.statusCode).toBe(401);
    expect(res.json).toEqual({ errors: [{ message: 'The credentials do not belong to account acc-2' }] });
    expect(executed).toHaveLength(0);
  });

  it('runs the operation as the caller, with the X-RateLimit headers of the GraphQL limit', async () => {
    const { call, executed, limits } = setup();
    const res = await call({}, '?accountId=acc-1');
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({ 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '49', 'x-ratelimit-reset': '62' });
    expect(executed).toHaveLength(1);
    expect(executed[0].principal).toEqual(CALLER.principal);
    expect(executed[0].request.body).toEqual(JSON.parse(QUERY));
    expect(limits.edgeCalls).toEqual([['acc-1', 1]]);
    expect(limits.graphqlCalls).toEqual([[CALLER, false, 1]]);
  });

  it('counts a batch one per operation and dashboard traffic against the dashboard limit', async () => {
    const { call, limits } = setup();
    const batch = JSON.stringify([{ query: '{ a }' }, { query: '{ b }' }, { query: '{ c }' }]);
    await call({ body: batch, headers: { 'content-type': 'application/json', 'x-dashboard-request': 'true' } });
    expect(limits.edgeCalls).toEqual([['acc-1', 3]]);
    expect(limits.graphqlCalls).toEqual([[CALLER, true, 3]]);
  });

  it('sends no X-RateLimit headers when the limiter failed open', async () => {
    const { call } = setup({ limits: new FakeLimits(allowed(), allowed({ failedOpen: true })) });
    const res = await call();
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.headers).filter((name) => name.startsWith('x-ratelimit'))).toEqual([]);
  });

  it('answers 429 with the reference body and Retry-After when the GraphQL limit is spent', async () => {
    const { call, executed } = setup({ limits: new FakeLimits(allowed(), refused({ limit: 50, resetAtMs: 61_200 })) });
    const res = await call();
    expect(res.statusCode).toBe(429);
    expect(res.json).toEqual({
      errors: [{ message: "You've reached your account's rate limit for data queries. Please try again later." }],
    });
    expect(res.headers).toMatchObject({ 'retry-after': '3', 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '0' });
    expect(executed).toHaveLength(0);
  });

  it('answers 429 with the edge refusal body, byte for byte, when the account is over its edge limit', async () => {
    const limits = new FakeLimits(refused({ limit: 1200, retryAfterMs: 30_000 }));
    const { call, executed } = setup({ limits });
    const res = await call();
    expect(res.statusCode).toBe(429);
    expect(res.body).toBe(
      '{"code":"TOO_MANY_REQUESTS","message":"Too many requests received, please try again later - Rate-Limit Limit 1200 reached","status":"Error"}',
    );
    expect(res.headers['retry-after']).toBe('30');
    expect(limits.graphqlCalls).toHaveLength(0);
    expect(executed).toHaveLength(0);
  });

  it('serves the explorer page to a browser without asking for a key', async () => {
    const { call, executed, seenHeaders } = setup({ caller: null });
    const res = await call({ method: 'GET', body: undefined, headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(res.statusCode).toBe(200);
    expect(executed).toEqual([{ request: expect.objectContaining({ method: 'GET' }), principal: null }]);
    expect(seenHeaders).toHaveLength(0);
  });

  it('asks for a key for a GET that carries a query, even from a browser', async () => {
    const { call, executed } = setup({ caller: null });
    const res = await call({ method: 'GET', body: undefined, headers: { accept: 'text/html' } }, '?query=%7Ba%7D');
    expect(res.statusCode).toBe(401);
    expect(executed).toHaveLength(0);
  });

  it('leaves a body that is not JSON to the error responder as a 400', async () => {
    const { call } = setup();
    const failure = await call({ body: '{not json' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RequestBodyError);
    expect((failure as RequestBodyError).status).toBe(400);
  });

  it('runs a multipart upload as a JSON operation carrying the file, counted like any request', async () => {
    const { call, executed, limits } = setup();
    const boundary = 'b0undary';
    const operations = JSON.stringify({
      query: 'mutation($input: CreateSecretInput!) { createSecret(input: $input) { secret { id } } }',
      variables: { input: { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'f' } } },
    });
    const body = [
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n`,
      `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="f.txt"\r\n\r\nfile-bytes\r\n--${boundary}--\r\n`,
    ].join('');
    const res = await call({ body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(res.statusCode).toBe(200);
    expect(limits.edgeCalls).toEqual([['acc-1', 1]]);
    expect(executed[0].request.body).toMatchObject({ variables: { fgUploadedFileContent: Buffer.from('file-bytes').toString('base64') } });
  });

  it('repairs the stray dot a graphql-java client sends, in a JSON body, a text/plain body and a batch, before running it', async () => {
    const sent = '{ services(limit: 10, offset: 0. filters: []) { nodes { id } } }';
    const repaired = '{ services(limit: 10, offset: 0, filters: []) { nodes { id } } }';
    const { call, executed } = setup();
    await call({ body: JSON.stringify({ query: sent }) });
    await call({ body: sent, headers: { 'content-type': 'text/plain' } });
    await call({ body: JSON.stringify([{ query: sent }, { query: sent }]) });
    expect(executed.map(({ request }) => request.body)).toEqual([{ query: repaired }, { query: repaired }, [{ query: repaired }, { query: repaired }]]);
  });
});

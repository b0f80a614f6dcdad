import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { ApiError } from '@fg/graphql-kit';
import { createLogger } from '@fg/logger';
import { signedHeaders, testPrincipal, TEST_SIGNING_SECRET } from '@fg/testing';
import { startSubgraphServer, type RunningSubgraph } from './subgraph-server';

const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { whoami: String, missing: String, broken: String, storeAway: String }
  type Thing @key(fields: "id") { id: String, owner: String }
`);

interface Context {
  accountId: string;
}

const resolvers = {
  Query: {
    whoami: (_: unknown, __: unknown, context: Context) => context.accountId,
    missing: () => {
      throw new ApiError('NOT_FOUND', 'Thing does not exist');
    },
    broken: () => {
      throw new Error('password=hunter2 at db-host-7');
    },
    storeAway: () => {
      // What the MongoDB driver throws when no server answers within the selection timeout.
      throw Object.assign(new Error('Server selection timed out after 3000 ms: connect ECONNREFUSED db-host-7:27017'), {
        name: 'MongoServerSelectionError',
      });
    },
  },
  Thing: { __resolveReference: (ref: { id: string }, context: Context) => ({ id: ref.id, owner: context.accountId }) },
};
// buildSubgraphSchema types resolver contexts as unknown; these are written against this spec's Context.
const schema = buildSubgraphSchema({ typeDefs, resolvers } as Parameters<typeof buildSubgraphSchema>[0]);

describe('startSubgraphServer', () => {
  let subgraph: RunningSubgraph;
  let ready = true;
  const principal = testPrincipal('acc-1', { id: 'k1' });

  beforeAll(async () => {
    subgraph = await startSubgraphServer<Context>(
      {
        name: 'test',
        schema,
        signingSecret: TEST_SIGNING_SECRET,
        logger: createLogger('test', 'silent'),
        createContext: (verified) => ({ accountId: verified.accountId }),
        isReady: () => ready,
        internalRoutes: { '/internal/echo': async (body, verified) => ({ status: 200, body: { body, verified } }) },
      },
      0,
    );
  });
  afterAll(() => subgraph.stop());

  const post = (path: string, body: unknown, headers: Record<string, string> = signedHeaders(principal)) =>
    fetch(new URL(path, subgraph.url), { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('runs an operation in the signed account', async () => {
    const response = await post('/graphql', { query: '{ whoami }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { whoami: 'acc-1' } });
  });

  it('resolves entities through _entities with the signed identity', async () => {
    const response = await post('/graphql', {
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id owner } } }',
      variables: { r: [{ __typename: 'Thing', id: 't1' }] },
    });
    expect(await response.json()).toEqual({ data: { _entities: [{ id: 't1', owner: 'acc-1' }] } });
  });

  it('refuses unsigned calls to GraphQL and internal routes with 401', async () => {
    for (const path of ['/graphql', '/internal/echo']) {
      const response = await post(path, { query: '{ whoami }' }, { 'content-type': 'application/json' });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('passes a client error with its code and hides an unexpected one behind an error id', async () => {
    const missing = (await (await post('/graphql', { query: '{ missing }' })).json()) as { errors: { message: string; extensions: object }[] };
    expect(missing.errors[0]).toMatchObject({ message: 'Thing does not exist', extensions: { code: 'NOT_FOUND' } });

    const broken = await (await post('/graphql', { query: '{ broken }' })).text();
    expect(broken).not.toContain('hunter2');
    expect(broken).not.toContain('db-host-7');
    expect(JSON.parse(broken).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('hands internal routes the parsed body and the verified principal', async () => {
    const response = await post('/internal/echo', { hello: 'world' });
    expect(await response.json()).toEqual({ body: { hello: 'world' }, verified: principal });
    const malformed = await post('/internal/echo', '{not json');
    expect(malformed.status).toBe(400);
  });

  it('answers 404 to unknown paths and 413 to an oversized body', async () => {
    expect((await post('/nowhere', {})).status).toBe(404);
    const huge = await post('/graphql', { query: `{ whoami } # ${'x'.repeat(1024 * 1024)}` });
    expect(huge.status).toBe(413);
  });

  it('reports readiness from its isReady check, and liveness whatever the database does', async () => {
    expect((await fetch(new URL('/readyz', subgraph.url))).status).toBe(200);
    ready = false;
    const down = await fetch(new URL('/readyz', subgraph.url));
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', service: 'test' });
    expect((await fetch(new URL('/healthz', subgraph.url))).status).toBe(200);
    ready = true;
  });

  it('answers 503 SERVICE_UNAVAILABLE at once while the store is away, to GraphQL and internal routes alike', async () => {
    ready = false;
    try {
      for (const path of ['/graphql', '/internal/echo']) {
        const response = await post(path, { query: '{ whoami }' });
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBe('5');
        expect(await response.json()).toEqual({
          errors: [{ message: 'A service these fields need is unavailable; please try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
        });
      }
    } finally {
      ready = true;
    }
  });

  it('reports a store that went away during an operation as SERVICE_UNAVAILABLE, without the driver message', async () => {
    const text = await (await post('/graphql', { query: '{ whoami storeAway }' })).text();
    expect(text).not.toContain('db-host-7');
    expect(JSON.parse(text)).toEqual({
      data: { whoami: 'acc-1', storeAway: null },
      errors: [
        {
          message: 'A service these fields need is unavailable; please try again shortly.',
          locations: [{ line: 1, column: 10 }],
          path: ['storeAway'],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ],
    });
  });

  it('takes GraphQL bodies up to maxGraphQLBodyBytes when a subgraph raises the limit, and no more', async () => {
    const roomy = await startSubgraphServer<Context>(
      {
        name: 'roomy',
        schema,
        signingSecret: TEST_SIGNING_SECRET,
        logger: createLogger('roomy', 'silent'),
        createContext: (verified) => ({ accountId: verified.accountId }),
        isReady: () => true,
        maxGraphQLBodyBytes: 3 * 1024 * 1024,
      },
      0,
    );
    try {
      const send = (padding: number) =>
        fetch(roomy.url, { method: 'POST', headers: signedHeaders(principal), body: JSON.stringify({ query: `{ whoami } # ${'x'.repeat(padding)}` }) });
      const large = await send(2 * 1024 * 1024);
      expect(large.status).toBe(200);
      expect(await large.json()).toEqual({ data: { whoami: 'acc-1' } });
      expect((await send(3 * 1024 * 1024)).status).toBe(413);
    } finally {
      await roomy.stop();
    }
  });

  it('serves Prometheus metrics without a signature: requests by route and operations by name', async () => {
    await post('/graphql', { query: 'query WhoAmI { whoami }', operationName: 'WhoAmI' });
    const response = await fetch(new URL('/metrics', subgraph.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(/^fg_graphql_operations_total\{operation="WhoAmI",status="200",service="test"\} 1$/m);
    expect(text).toMatch(/^fg_http_requests_total\{route="graphql",status="200",service="test"\} \d+$/m);
    expect(text).toContain('fg_process_cpu_seconds_total');
  });
});

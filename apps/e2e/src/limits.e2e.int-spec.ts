import { generateSecret } from '@fg/hashed-secrets';
import { AccountRepository, ApiKeyRepository, DEMO_ACCOUNT_ID } from '@fg/identity-users-groups/data-access';
import { callGateway, startStack, type Stack } from './stack';

const QUERY = { query: '{ applications(limit: 1) { pageInfo { limit } } }' };
const GRAPHQL_LIMIT_BODY = {
  errors: [{ message: "You've reached your account's rate limit for data queries. Please try again later." }],
};
const EDGE_BODY =
  '{"code":"TOO_MANY_REQUESTS","message":"Too many requests received, please try again later - Rate-Limit Limit 20 reached","status":"Error"}';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('request-rate limits at the gateway (separate processes, real Redis)', () => {
  let stack: Stack;
  let edgeKey: string;

  beforeAll(async () => {
    stack = await startStack({
      LIMIT_EDGE_PER_MIN: '20',
      LIMIT_EDGE_BLOCK_SECONDS: '3',
      LIMIT_GRAPHQL_PER_MIN: '1000',
      LIMIT_ACCOUNT_OVERRIDES: JSON.stringify({ [DEMO_ACCOUNT_ID]: { graphqlPerMin: 5, edgePerMin: 1000 } }),
    });
    const identity = await stack.database('identity-users-groups');
    const account = await new AccountRepository(identity).create('Edge', 'PAID');
    edgeKey = generateSecret();
    await new ApiKeyRepository(identity).register(account.id, 'edge', edgeKey);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses the sixth GraphQL operation of a minute with 429, Retry-After and X-RateLimit headers', async () => {
    for (let i = 1; i <= 5; i += 1) {
      const answer = await callGateway(stack, stack.demoApiKey, QUERY);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('x-ratelimit-limit')).toBe('5');
      expect(answer.headers.get('x-ratelimit-remaining')).toBe(String(5 - i));
      expect(Number(answer.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 - 5);
    }
    const sixth = await callGateway(stack, stack.demoApiKey, QUERY);
    expect(sixth.status).toBe(429);
    expect(sixth.body).toEqual(GRAPHQL_LIMIT_BODY);
    expect(sixth.headers.get('x-ratelimit-limit')).toBe('5');
    expect(sixth.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(sixth.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('counts each operation of a batch', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': edgeKey },
      body: JSON.stringify([QUERY, QUERY, QUERY]),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as unknown[]).length).toBe(3);
  });

  it('refuses the request past the edge limit with the exact body, for the whole block, then lets requests through', async () => {
    // The batch above took 3 of the account's 20.
    for (let i = 4; i <= 20; i += 1) expect((await callGateway(stack, edgeKey, QUERY)).status).toBe(200);
    const refused = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': edgeKey },
      body: JSON.stringify(QUERY),
    });
    expect(refused.status).toBe(429);
    expect(await refused.text()).toBe(EDGE_BODY);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // Still refused a while later, inside the 3 s block.
    await sleep(1_000);
    expect((await callGateway(stack, edgeKey, QUERY)).status).toBe(429);

    // Once the block is over the account starts afresh, as after the platform's one-minute block.
    await sleep(3_000);
    expect((await callGateway(stack, edgeKey, QUERY)).status).toBe(200);
  });
});

describe('request-rate limits when Redis is unreachable', () => {
  let stack: Stack;

  beforeAll(async () => {
    // Port 1 refuses connections at once: the limiter cannot reach Redis at all.
    stack = await startStack({ REDIS_URL: 'redis://127.0.0.1:1', LIMIT_GRAPHQL_PER_MIN: '1' });
  });
  afterAll(() => stack?.stop());

  it('fails open: requests are served, without rate-limit headers', async () => {
    for (let i = 0; i < 3; i += 1) {
      const answer = await callGateway(stack, stack.demoApiKey, QUERY);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { applications: { pageInfo: { limit: 1 } } } });
      expect(answer.headers.get('x-ratelimit-limit')).toBeNull();
    }
  });
});

import { LimiterUnavailableError, RollingQuota, createLimiterRedis, type LimiterRedis } from '@fg/rate-limits';
import { startOwnRedis, startOwnStore, type RestartableService } from './faults-services';
import { callGateway, startStack, type GatewayAnswer, type Stack } from './stack';

const LIST_APPLICATIONS = '{ applications(limit: 100) { nodes { id name } } }';
const CREATE_APPLICATION = 'mutation ($name: String!) { createApplication(input: { name: $name }) { application { id name } } }';
const UNAVAILABLE = { message: 'A service these fields need is unavailable; please try again shortly.', code: 'SERVICE_UNAVAILABLE' };
const GRAPHQL_LIMIT = 100_000;

interface Answered {
  kind: 'read' | 'create';
  name?: string;
  answer: GatewayAnswer;
  /** How many times the store had been stopped when the request was sent, and when its answer came. */
  storeStops: number;
  storeStopsAtAnswer: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds, a bounded number of times (the bound is generous: it only turns a hang into a failure). */
async function eventually(check: () => Promise<boolean>, attempts = 300): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (await check()) return;
    await pause(200);
  }
  throw new Error('the condition never held');
}

/** Nothing internal in an answer: no stack frame, file path, driver error or address. */
function expectNoInternals(answer: GatewayAnswer): void {
  expect(JSON.stringify(answer.body)).not.toMatch(/\bat \S+ \(|\/dist\/|node_modules|Mongo|mongoose|ECONNREFUSED|127\.0\.0\.1|stacktrace/i);
}

describe('the store and Redis restarted under a running stack (separate processes, a store and a Redis of the spec own)', () => {
  let store: RestartableService;
  let redis: RestartableService;
  let stack: Stack;

  // The store is a JVM of its own: on a busy CI machine it and the stack may take longer than the default minute.
  beforeAll(async () => {
    [store, redis] = await Promise.all([startOwnStore(), startOwnRedis()]);
    stack = await startStack({ MONGO_URL: store.url, REDIS_URL: redis.url, LIMIT_GRAPHQL_PER_MIN: String(GRAPHQL_LIMIT) });
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
    await Promise.all([store?.remove(), redis?.remove()]);
  });

  it('fails requests with 503 SERVICE_UNAVAILABLE while the store restarts mid-load, recovers by itself, and loses nothing acknowledged', async () => {
    const before: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const created = await callGateway(stack, stack.demoApiKey, { query: CREATE_APPLICATION, variables: { name: `before-the-store-fault-${i}` } });
      expect(created.status).toBe(200);
      before.push((created.body.data?.createApplication as { application: { id: string } }).application.id);
    }

    // Load: 8 clients, each alternating a read and a create, until told to stop.
    const answered: Answered[] = [];
    let storeStops = 0;
    let loading = true;
    let created = 0;
    const client = async (clientId: number) => {
      while (loading) {
        const readSent = storeStops;
        const read = await callGateway(stack, stack.demoApiKey, { query: LIST_APPLICATIONS });
        answered.push({ kind: 'read', answer: read, storeStops: readSent, storeStopsAtAnswer: storeStops });
        const name = `under-load-${clientId}-${(created += 1)}`;
        const createSent = storeStops;
        const create = await callGateway(stack, stack.demoApiKey, { query: CREATE_APPLICATION, variables: { name } });
        answered.push({ kind: 'create', name, answer: create, storeStops: createSent, storeStopsAtAnswer: storeStops });
      }
    };
    const clients = Array.from({ length: 8 }, (_, i) => client(i));

    await eventually(async () => answered.length >= 40);
    storeStops = 1;
    await store.stop();
    // Every client answers while the store is away (no request waits for it to come back).
    await eventually(async () => answered.filter((entry) => entry.storeStops === 1).length >= 40);
    const duringOutage = answered.filter((entry) => entry.storeStops === 1);

    storeStops = 2;
    await store.start();
    await eventually(async () => (await callGateway(stack, stack.demoApiKey, { query: LIST_APPLICATIONS })).status === 200);
    await eventually(async () => answered.filter((entry) => entry.storeStops === 2 && entry.answer.status === 200).length >= 16);
    loading = false;
    await Promise.all(clients);

    // Before the fault every answer is a success.
    for (const { answer } of answered.filter((entry) => entry.storeStopsAtAnswer === 0)) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
    }
    // Around the outage: a coded 503, or a success for what raced the stop or the restart; never a 500, a stack or a
    // driver error.
    expect(duringOutage.filter(({ answer }) => answer.status === 503).length).toBeGreaterThan(0);
    for (const { answer } of answered) {
      expectNoInternals(answer);
      if (answer.status === 200) {
        // A success, or partial data whose missing fields are coded as unavailable.
        expect(answer.body.errors?.filter(({ extensions }) => extensions?.code !== 'SERVICE_UNAVAILABLE') ?? []).toEqual([]);
        continue;
      }
      expect(answer.status).toBe(503);
      expect(answer.headers.get('retry-after')).toBe('5');
      expect(answer.body.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code }))).toEqual(
        expect.arrayContaining([UNAVAILABLE]),
      );
      expect(answer.body.errors?.every(({ extensions }) => extensions?.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    }

    // Nothing acknowledged is lost: the applications made before the fault and every create that answered with an id.
    const acknowledged = answered.filter(({ kind, answer }) => kind === 'create' && answer.status === 200 && !answer.body.errors);
    const stored = new Map<string, string>();
    for (let offset = 0; ; offset += 100) {
      const page = await callGateway(stack, stack.demoApiKey, { query: `{ applications(limit: 100, offset: ${offset}) { nodes { id name } } }` });
      expect(page.status).toBe(200);
      const { nodes } = page.body.data?.applications as { nodes: { id: string; name: string }[] };
      for (const node of nodes) stored.set(node.id, node.name);
      if (nodes.length < 100) break;
    }
    for (const id of before) expect(stored.has(id)).toBe(true);
    for (const { name, answer } of acknowledged) {
      const { id } = (answer.body.data?.createApplication as { application: { id: string } }).application;
      expect(stored.get(id)).toBe(name);
    }
  }, 120_000);

  it('serves requests while Redis restarts (request-rate limits fail open), refuses quota reservations (fail closed), and counts again once it is back', async () => {
    const quotaRedis: LimiterRedis = createLimiterRedis(redis.url);
    const quota = new RollingQuota(quotaRedis, { keyPrefix: `${stack.redisKeyPrefix}quota:`, reservationTtlMs: 60_000 });
    try {
      await eventually(async () => quotaRedis.status === 'ready');
      expect(await quota.reserve('deployments:account', 100, 60_000)).toMatchObject({ granted: true });
      const counted = await callGateway(stack, stack.demoApiKey, { query: LIST_APPLICATIONS });
      expect(counted.status).toBe(200);
      expect(counted.headers.get('x-ratelimit-limit')).toBe(String(GRAPHQL_LIMIT));

      await redis.stop();

      for (let i = 0; i < 5; i += 1) {
        const served = await callGateway(stack, stack.demoApiKey, { query: LIST_APPLICATIONS });
        expect(served.status).toBe(200);
        expect(served.body.errors).toBeUndefined();
        // Nothing was counted, so nothing is claimed.
        expect(served.headers.get('x-ratelimit-limit')).toBeNull();
      }
      await expect(quota.reserve('deployments:account', 100, 60_000)).rejects.toBeInstanceOf(LimiterUnavailableError);
      const written = await callGateway(stack, stack.demoApiKey, { query: CREATE_APPLICATION, variables: { name: 'while-redis-is-away' } });
      expect(written.status).toBe(200);
      expect(written.body.errors).toBeUndefined();

      await redis.start();

      // Both clients reconnect by themselves: the gateway counts again and quotas reserve again, nothing restarted.
      await eventually(async () => (await callGateway(stack, stack.demoApiKey, { query: LIST_APPLICATIONS })).headers.get('x-ratelimit-limit') !== null);
      const first = await callGateway(stack, stack.demoApiKey, { query: LIST_APPLICATIONS });
      const second = await callGateway(stack, stack.demoApiKey, { query: LIST_APPLICATIONS });
      expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(Number(first.headers.get('x-ratelimit-remaining')) - 1);
      await eventually(async () => quotaRedis.status === 'ready');
      expect(await quota.reserve('deployments:account', 100, 60_000)).toMatchObject({ granted: true });
      const names = (await callGateway(stack, stack.demoApiKey, { query: LIST_APPLICATIONS })).body.data?.applications as { nodes: { name: string }[] };
      expect(names.nodes.map(({ name }) => name)).toContain('while-redis-is-away');
    } finally {
      quotaRedis.disconnect();
    }
  });

  it('kept every process up through both restarts: each exits 0 on SIGTERM', async () => {
    expect(await stack.stop()).toEqual(Array(7).fill(0));
  });
});

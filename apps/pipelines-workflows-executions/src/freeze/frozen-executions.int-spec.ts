import { ACCOUNT_ADMINISTRATOR } from '@fg/permissions';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testPrincipal, testRedis, testServices, type TestRedis } from '@fg/testing';
import { pipelinesSubgraph } from '../subgraph';

const admin = testPrincipal('acc-frozen', { kind: 'user', id: 'u-admin', permissions: ACCOUNT_ADMINISTRATOR });
const FROZEN = `query($filters: [FrozenExecutionFilter], $limit: Int!, $offset: Int) {
  frozenExecutions(filters: $filters, limit: $limit, offset: $offset) { pageInfo { total hasMore limit offset } nodes { pipelineExecutionId } }
}`;

describe('frozenExecutions', () => {
  let subgraph: TestSubgraph;
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(pipelinesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  it('answers an empty page (no freeze window exists to reject an execution), with the page it was asked for', async () => {
    const filters = [{ rejectedByFreezeWindow: { operator: 'IN', values: ['window-1'] } }];
    const answer = await subgraph.query(admin, FROZEN, { filters, limit: 500, offset: 20 });
    expect(answer.body).toEqual({ data: { frozenExecutions: { pageInfo: { total: 0, hasMore: false, limit: 100, offset: 20 }, nodes: [] } } });
  });

  it('refuses a negative limit and a filter without its required rejectedByFreezeWindow', async () => {
    const negative = await subgraph.query(admin, FROZEN, { limit: -1 });
    expect(negative.body.errors?.[0]).toMatchObject({ message: 'limit must not be negative', extensions: { code: 'BAD_USER_INPUT' } });
    const incomplete = await subgraph.query(admin, FROZEN, { filters: [{ service: { operator: 'IN', values: ['s'] } }], limit: 10 });
    expect(incomplete.body.errors?.[0]?.message).toMatch(/rejectedByFreezeWindow/);
  });
});

import { createDomainEvent, DomainEventPublisher, EVENT_FIELD, streamKey, type DomainEvent } from '@fg/domain-events';
import type { TestSubgraph } from '@fg/subgraph-server/testing';
import { testRedis, testServices, type TestRedis } from '@fg/testing';
import { DELETE_SECRET, createText, fails, ok, principal, secretsEnv, startSecretsSubgraph } from '../testing/secrets.fixtures';

const user = principal('acc-events', 'user', 'u-events');

/** Retries `check` until it passes: events are consumed asynchronously. Fails with the last error after 15 s. */
async function eventually(check: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('secret domain events (real store and Redis)', () => {
  let redis: TestRedis;
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startSecretsSubgraph({ ...secretsEnv(), REDIS_KEY_PREFIX: redis.prefix });
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  it('publishes secret.created and secret.deleted with the contract’s payload, never the value', async () => {
    const id = await createText(subgraph, user, 'evt-password', 'EVENT-CANARY-VALUE');
    await ok(subgraph, user, DELETE_SECRET, { input: { secretId: id, secretType: 'ENCRYPTED_TEXT' } });

    const entries = await redis.redis.xrange(streamKey(redis.prefix, 'secret.created'), '-', '+');
    const events = entries.map(([, fields]) => JSON.parse(fields[fields.indexOf(EVENT_FIELD) + 1]) as DomainEvent);
    const payload = { accountId: user.accountId, secretId: id, name: 'evt-password', secretType: 'ENCRYPTED_TEXT', usageScope: null };
    expect(events.map(({ type, version, accountId, payload }) => ({ type, version, accountId, payload }))).toEqual([
      { type: 'secret.created', version: 1, accountId: user.accountId, payload },
      { type: 'secret.deleted', version: 1, accountId: user.accountId, payload },
    ]);
    expect(JSON.stringify(entries)).not.toContain('EVENT-CANARY-VALUE');
  });

  it('refuses deleting a secret another subgraph references, until it is unreferenced', async () => {
    const id = await createText(subgraph, user, 'evt-shared', 'v');
    const publisher = new DomainEventPublisher(redis.redis, { keyPrefix: redis.prefix });
    const referrer = { type: 'CONNECTOR', id: 'conn-7', name: 'GitHub main' };

    await publisher.publish(createDomainEvent('secret.referenced', { accountId: user.accountId, secretId: id, referrer }));
    await eventually(async () => {
      expect(await fails(subgraph, user, DELETE_SECRET, { input: { secretId: id, secretType: 'ENCRYPTED_TEXT' } })).toEqual({
        message: 'Secret "evt-shared" is in use by connector "GitHub main"; remove those references first',
        code: 'CONFLICT',
      });
    });

    await publisher.publish(createDomainEvent('secret.unreferenced', { accountId: user.accountId, secretId: id, referrer }));
    await eventually(async () => {
      expect(await ok(subgraph, user, DELETE_SECRET, { input: { secretId: id, secretType: 'ENCRYPTED_TEXT' } })).toEqual({ clientMutationId: null });
    });
  });
});

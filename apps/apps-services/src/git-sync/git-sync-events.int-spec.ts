import { KnownConnectorProjection } from '@fg/tenancy';
import { createDomainEvent, EVENT_FIELD, eventPosition, type DomainEvent } from '@fg/domain-events';
import { startTestSubgraph, type TestSubgraph } from '@fg/subgraph-server/testing';
import { testRedis, testServices, type TestRedis } from '@fg/testing';
import { appsServicesSubgraph } from '../subgraph';
import { callerIn, fixtures } from '../testing';

const alice = callerIn('acc-gitsync-alice');

const UPDATE_GIT_SYNC = `mutation($input: UpdateApplicationGitSyncConfigInput!) { updateApplicationGitSyncConfig(input: $input) { clientMutationId } }`;
const REMOVE_GIT_SYNC = `mutation($input: RemoveApplicationGitSyncConfigInput!) { removeApplicationGitSyncConfig(input: $input) { clientMutationId } }`;
const RENAME = `mutation($input: UpdateApplicationInput!) { updateApplication(input: $input) { application { name } } }`;
const DELETE = `mutation($input: DeleteApplicationInput!) { deleteApplication(input: $input) { clientMutationId } }`;

describe('git sync announces the connectors it uses (real store and Redis)', () => {
  let subgraph: TestSubgraph;
  let make: ReturnType<typeof fixtures>;
  let redis: TestRedis;
  let seen = '-';

  /** The connector reference events on the subgraph's stream since the last call: type, connector and referrer. */
  async function published(): Promise<Record<string, unknown>[]> {
    const entries = await redis.redis.xrange(`${redis.prefix}domain-events:connector-references`, seen === '-' ? '-' : `(${seen}`, '+');
    if (entries.length > 0) seen = entries[entries.length - 1][0];
    return entries.map(([, fields]) => {
      const event = JSON.parse(fields[fields.indexOf(EVENT_FIELD) + 1]) as DomainEvent<'connector.referenced' | 'connector.unreferenced'>;
      return { type: event.type, connectorId: event.payload.connectorId, accountId: event.payload.accountId, referrer: event.payload.referrer };
    });
  }

  beforeAll(async () => {
    redis = await testRedis((await testServices()).redisUrl);
    subgraph = await startTestSubgraph(appsServicesSubgraph, { REDIS_KEY_PREFIX: redis.prefix });
    make = fixtures(subgraph);
    const connectors = new KnownConnectorProjection(subgraph.connection);
    for (const [connectorId, n] of [['git-1', 1], ['git-2', 2]] as const) {
      const event = createDomainEvent('connector.created', { accountId: alice.accountId, connectorId, name: connectorId, connectorType: 'GIT' });
      await connectors.apply(event, eventPosition(`1733052000000-${n}`));
    }
  });
  afterAll(async () => {
    await subgraph.dispose();
    await redis.cleanup();
  });

  it('announces setting, switching, renaming, removing and deleting, naming the application', async () => {
    const appId = await make.application(alice, 'Billing');
    const as = (name: string) => ({ type: 'GIT_SYNC', id: appId, name });
    const event = (type: string, connectorId: string, name = 'Billing') => ({ type, connectorId, accountId: alice.accountId, referrer: as(name) });

    await make.ok(alice, UPDATE_GIT_SYNC, { input: { applicationId: appId, gitConnectorId: 'git-1', branch: 'main', syncEnabled: true } });
    expect(await published()).toEqual([event('connector.referenced', 'git-1')]);

    await make.ok(alice, UPDATE_GIT_SYNC, { input: { applicationId: appId, gitConnectorId: 'git-2', branch: 'main', syncEnabled: true } });
    expect(await published()).toEqual([event('connector.referenced', 'git-2'), event('connector.unreferenced', 'git-1')]);

    await make.ok(alice, RENAME, { input: { applicationId: appId, name: 'Billing v2' } });
    expect(await published()).toEqual([event('connector.referenced', 'git-2', 'Billing v2')]);

    await make.ok(alice, REMOVE_GIT_SYNC, { input: { applicationId: appId } });
    expect(await published()).toEqual([event('connector.unreferenced', 'git-2', 'Billing v2')]);

    // Removing a config that is already gone announces nothing.
    await make.ok(alice, REMOVE_GIT_SYNC, { input: { applicationId: appId } });
    expect(await published()).toEqual([]);

    await make.ok(alice, UPDATE_GIT_SYNC, { input: { applicationId: appId, gitConnectorId: 'git-1', branch: 'main', syncEnabled: true } });
    await make.ok(alice, DELETE, { input: { applicationId: appId } });
    expect(await published()).toEqual([event('connector.referenced', 'git-1', 'Billing v2'), event('connector.unreferenced', 'git-1', 'Billing v2')]);
  });
});

import { createDomainEvent, eventPosition } from '@fg/domain-events';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { connectorEventHandlers, KnownConnectorProjection } from './known-connector.projection';
import { ensureIndexes } from './database';

const created = (accountId: string, connectorId: string, name: string, connectorType = 'GIT') =>
  createDomainEvent('connector.created', { accountId, connectorId, name, connectorType });
const deleted = (accountId: string, connectorId: string) =>
  createDomainEvent('connector.deleted', { accountId, connectorId, name: 'gone', connectorType: 'GIT' });
const connectorFacts = (accountId: string, connectorId: string, name: string, connectorType = 'GIT') => ({ accountId, connectorId, name, connectorType });
const at = (sequence: number) => eventPosition(`1733052000000-${sequence}`);

describe('KnownConnectorProjection (real store)', () => {
  let db: TestDatabase;
  let projection: KnownConnectorProjection;

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'knownconn');
    projection = new KnownConnectorProjection(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('records a created connector for its account only', async () => {
    await projection.apply(created('acc-a', 'c-1', 'repo'), at(1));
    expect(await projection.byId('acc-a', 'c-1')).toEqual({ id: 'c-1', accountId: 'acc-a', name: 'repo', type: 'GIT' });
    expect(await projection.byId('acc-b', 'c-1')).toBeNull();
  });

  it('applies a newer event onto the same document and ignores a repeated or older one', async () => {
    await projection.apply(created('acc-a', 'c-2', 'first'), at(1));
    await projection.apply(created('acc-a', 'c-2', 'second'), at(2));
    await projection.apply(created('acc-a', 'c-2', 'second'), at(2));
    await projection.apply(created('acc-a', 'c-2', 'stale'), at(1));
    expect(await projection.byId('acc-a', 'c-2')).toEqual({ id: 'c-2', accountId: 'acc-a', name: 'second', type: 'GIT' });
    expect(await db.connection.db!.collection('known_connectors').countDocuments({ _id: 'c-2' as never })).toBe(1);
  });

  it('forgets a deleted connector for good: a late retry of its creation does not bring it back', async () => {
    await projection.apply(created('acc-a', 'c-3', 'doomed'), at(1));
    await projection.apply(deleted('acc-a', 'c-3'), at(2));
    expect(await projection.byId('acc-a', 'c-3')).toBeNull();
    await projection.apply(created('acc-a', 'c-3', 'doomed'), at(1));
    await projection.apply(deleted('acc-a', 'c-3'), at(2));
    expect(await projection.byId('acc-a', 'c-3')).toBeNull();
  });

  it('does not let a delete naming another account touch the connector', async () => {
    await projection.apply(created('acc-a', 'c-4', 'kept'), at(1));
    await projection.apply(deleted('acc-b', 'c-4'), at(2));
    expect(await projection.byId('acc-a', 'c-4')).not.toBeNull();
  });

  it('keeps each account its connectors, with their type', async () => {
    await projection.apply(createDomainEvent('connector.created', connectorFacts('acc-live', 'c-live-1', 'repo')), at(1));
    await projection.apply(createDomainEvent('connector.created', connectorFacts('acc-live', 'c-live-2', 'hub', 'DOCKER')), at(2));
    expect(await projection.liveByIds('acc-live', ['c-live-1', 'c-live-2', 'c-none'])).toEqual([
      { id: 'c-live-1', accountId: 'acc-live', name: 'repo', type: 'GIT' },
      { id: 'c-live-2', accountId: 'acc-live', name: 'hub', type: 'DOCKER' },
    ]);
    expect(await projection.liveByIds('acc-b', ['c-live-1'])).toEqual([]);
  });

  it('follows a rename (connector.created again) and a deletion, ignoring late retries of older events', async () => {
    const handlers = connectorEventHandlers(projection);
    const context = (n: number) => ({ streamId: `1733052000000-${n}`, position: at(n), attempt: 1 });
    await handlers['connector.created']!(createDomainEvent('connector.created', connectorFacts('acc-r', 'c-r', 'first')), context(1));
    await handlers['connector.created']!(createDomainEvent('connector.created', connectorFacts('acc-r', 'c-r', 'second')), context(2));
    await handlers['connector.created']!(createDomainEvent('connector.created', connectorFacts('acc-r', 'c-r', 'first')), context(1));
    expect((await projection.liveByIds('acc-r', ['c-r'])).map((c) => c.name)).toEqual(['second']);
    await handlers['connector.deleted']!(createDomainEvent('connector.deleted', connectorFacts('acc-r', 'c-r', 'second')), context(3));
    await handlers['connector.created']!(createDomainEvent('connector.created', connectorFacts('acc-r', 'c-r', 'second')), context(2));
    expect(await projection.liveByIds('acc-r', ['c-r'])).toEqual([]);
  });

  it('does not let an event naming another account touch a connector', async () => {
    await projection.apply(createDomainEvent('connector.created', connectorFacts('acc-x', 'c-x', 'kept')), at(1));
    await projection.apply(createDomainEvent('connector.deleted', connectorFacts('acc-y', 'c-x', 'kept')), at(2));
    expect((await projection.liveByIds('acc-x', ['c-x'])).map((c) => c.name)).toEqual(['kept']);
    expect(await projection.liveByIds('acc-y', ['c-x'])).toEqual([]);
  });
});

import { createDomainEvent, eventPosition } from '@fg/domain-events';
import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { connectorEventHandlers, KnownConnectorProjection } from './known-connector.projection';

const at = (sequence: number) => eventPosition(`1733052000000-${sequence}`);
const connector = (accountId: string, connectorId: string, name: string, connectorType = 'GIT') => ({ accountId, connectorId, name, connectorType });

describe('KnownConnectorProjection (real store)', () => {
  let db: TestDatabase;
  let connectors: KnownConnectorProjection;

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'knownconnectors');
    connectors = new KnownConnectorProjection(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('keeps each account its connectors, with their type', async () => {
    await connectors.apply(createDomainEvent('connector.created', connector('acc-a', 'c-1', 'repo')), at(1));
    await connectors.apply(createDomainEvent('connector.created', connector('acc-a', 'c-2', 'hub', 'DOCKER')), at(2));
    expect(await connectors.liveByIds('acc-a', ['c-1', 'c-2', 'c-none'])).toEqual([
      { id: 'c-1', accountId: 'acc-a', name: 'repo', type: 'GIT' },
      { id: 'c-2', accountId: 'acc-a', name: 'hub', type: 'DOCKER' },
    ]);
    expect(await connectors.liveByIds('acc-b', ['c-1'])).toEqual([]);
  });

  it('follows a rename (connector.created again) and a deletion, ignoring late retries of older events', async () => {
    const handlers = connectorEventHandlers(connectors);
    const context = (n: number) => ({ streamId: `1733052000000-${n}`, position: at(n), attempt: 1 });
    await handlers['connector.created']!(createDomainEvent('connector.created', connector('acc-r', 'c-r', 'first')), context(1));
    await handlers['connector.created']!(createDomainEvent('connector.created', connector('acc-r', 'c-r', 'second')), context(2));
    await handlers['connector.created']!(createDomainEvent('connector.created', connector('acc-r', 'c-r', 'first')), context(1));
    expect((await connectors.liveByIds('acc-r', ['c-r'])).map((c) => c.name)).toEqual(['second']);
    await handlers['connector.deleted']!(createDomainEvent('connector.deleted', connector('acc-r', 'c-r', 'second')), context(3));
    await handlers['connector.created']!(createDomainEvent('connector.created', connector('acc-r', 'c-r', 'second')), context(2));
    expect(await connectors.liveByIds('acc-r', ['c-r'])).toEqual([]);
  });

  it('does not let an event naming another account touch a connector', async () => {
    await connectors.apply(createDomainEvent('connector.created', connector('acc-x', 'c-x', 'kept')), at(1));
    await connectors.apply(createDomainEvent('connector.deleted', connector('acc-y', 'c-x', 'kept')), at(2));
    expect((await connectors.liveByIds('acc-x', ['c-x'])).map((c) => c.name)).toEqual(['kept']);
    expect(await connectors.liveByIds('acc-y', ['c-x'])).toEqual([]);
  });
});

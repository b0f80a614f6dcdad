import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { KnownConnectorProjection } from './known-connector.projection';

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
    await projection.apply({ type: 'connector.created', accountId: 'acc-a', connectorId: 'c-1', name: 'repo', connectorType: 'GIT' });
    expect(await projection.byId('acc-a', 'c-1')).toEqual({ id: 'c-1', accountId: 'acc-a', name: 'repo', type: 'GIT' });
    expect(await projection.byId('acc-b', 'c-1')).toBeNull();
  });

  it('applies a replayed or renamed creation onto the same document', async () => {
    await projection.apply({ type: 'connector.created', accountId: 'acc-a', connectorId: 'c-2', name: 'first', connectorType: 'GIT' });
    await projection.apply({ type: 'connector.created', accountId: 'acc-a', connectorId: 'c-2', name: 'second', connectorType: 'GIT' });
    expect(await projection.byId('acc-a', 'c-2')).toEqual({ id: 'c-2', accountId: 'acc-a', name: 'second', type: 'GIT' });
    expect(await db.connection.db!.collection('known_connectors').countDocuments({ _id: 'c-2' as never })).toBe(1);
  });

  it('forgets a deleted connector, tolerates a repeated delete, and ignores a delete naming another account', async () => {
    await projection.apply({ type: 'connector.created', accountId: 'acc-a', connectorId: 'c-3', name: 'doomed', connectorType: 'GIT' });
    await projection.apply({ type: 'connector.deleted', accountId: 'acc-b', connectorId: 'c-3' });
    expect(await projection.byId('acc-a', 'c-3')).not.toBeNull();
    await projection.apply({ type: 'connector.deleted', accountId: 'acc-a', connectorId: 'c-3' });
    await projection.apply({ type: 'connector.deleted', accountId: 'acc-a', connectorId: 'c-3' });
    expect(await projection.byId('acc-a', 'c-3')).toBeNull();
  });
});

import { eventPosition } from '@fg/domain-events';
import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { ConnectorReferenceProjection, type ConnectorReferrer } from './connector-reference.projection';

describe('ConnectorReferenceProjection (real store)', () => {
  let db: TestDatabase;
  let projection: ConnectorReferenceProjection;

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'connectorrefs');
    projection = new ConnectorReferenceProjection(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  const billing = { type: 'GIT_SYNC', id: 'app-1', name: 'Billing' };
  const shop = { type: 'GIT_SYNC', id: 'app-2', name: 'Shop' };

  const at = (n: number) => eventPosition(`1733052000000-${n}`);
  const referenced = (accountId: string, connectorId: string, referrer: ConnectorReferrer) =>
    ({ type: 'connector.referenced', accountId, connectorId, referrer }) as const;
  const unreferenced = (accountId: string, connectorId: string, referrer: ConnectorReferrer) =>
    ({ type: 'connector.unreferenced', accountId, connectorId, referrer }) as const;

  it('records a reference once however often it is applied, and forgets it when unreferenced', async () => {
    await projection.apply(referenced('acc-a', 'c-1', shop), at(1));
    await projection.apply(referenced('acc-a', 'c-1', shop), at(1));
    await projection.apply(referenced('acc-a', 'c-1', billing), at(2));
    expect(await projection.referrers('acc-a', 'c-1')).toEqual([billing, shop]);

    await projection.apply(unreferenced('acc-a', 'c-1', shop), at(3));
    await projection.apply(unreferenced('acc-a', 'c-1', shop), at(3));
    expect(await projection.referrers('acc-a', 'c-1')).toEqual([billing]);
  });

  it('applies only a newer event: a late retry of a reference does not undo its removal', async () => {
    await projection.apply(referenced('acc-a', 'c-2', billing), at(10));
    await projection.apply(unreferenced('acc-a', 'c-2', billing), at(12));
    await projection.apply(referenced('acc-a', 'c-2', billing), at(11));
    expect(await projection.referrers('acc-a', 'c-2')).toEqual([]);
    await projection.apply(referenced('acc-a', 'c-2', billing), at(13));
    expect(await projection.referrers('acc-a', 'c-2')).toEqual([billing]);
  });

  it('keeps the referrer’s latest name', async () => {
    await projection.apply(referenced('acc-a', 'c-3', billing), at(20));
    await projection.apply(referenced('acc-a', 'c-3', { ...billing, name: 'Billing v2' }), at(21));
    await projection.apply(referenced('acc-a', 'c-3', billing), at(20));
    expect(await projection.referrers('acc-a', 'c-3')).toEqual([{ ...billing, name: 'Billing v2' }]);
  });

  it('keeps accounts apart', async () => {
    await projection.apply(referenced('acc-b', 'c-4', billing), at(30));
    expect(await projection.referrers('acc-c', 'c-4')).toEqual([]);
    await projection.apply(unreferenced('acc-c', 'c-4', billing), at(31));
    expect(await projection.referrers('acc-b', 'c-4')).toEqual([billing]);
  });
});

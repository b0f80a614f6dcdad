import { eventPosition } from '@fg/domain-events';
import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { SecretReferenceProjection } from './secret-reference.projection';

describe('SecretReferenceProjection (real store)', () => {
  let db: TestDatabase;
  let projection: SecretReferenceProjection;

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'secretrefs');
    projection = new SecretReferenceProjection(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  const connector = { type: 'CONNECTOR', id: 'conn-1', name: 'GitHub' };
  const cloudProvider = { type: 'CLOUD_PROVIDER', id: 'cp-1', name: 'AWS prod' };

  const at = (n: number) => eventPosition(`1733052000000-${n}`);
  const referenced = (accountId: string, secretId: string, referrer: typeof connector) =>
    ({ type: 'secret.referenced', accountId, secretId, referrer }) as const;
  const unreferenced = (accountId: string, secretId: string, referrer: typeof connector) =>
    ({ type: 'secret.unreferenced', accountId, secretId, referrer }) as const;

  it('records a reference once however often it is applied, and forgets it when unreferenced', async () => {
    await projection.apply(referenced('acc-a', 's-1', connector), at(1));
    await projection.apply(referenced('acc-a', 's-1', connector), at(1));
    await projection.apply(referenced('acc-a', 's-1', cloudProvider), at(2));
    expect(await projection.referrers('acc-a', 's-1')).toEqual([cloudProvider, connector]);

    await projection.apply(unreferenced('acc-a', 's-1', connector), at(3));
    await projection.apply(unreferenced('acc-a', 's-1', connector), at(3));
    expect(await projection.referrers('acc-a', 's-1')).toEqual([cloudProvider]);
  });

  it('ignores an event older than the one applied: a late retry of a reference does not undo its removal', async () => {
    await projection.apply(referenced('acc-a', 's-4', connector), at(10));
    await projection.apply(unreferenced('acc-a', 's-4', connector), at(12));
    await projection.apply(referenced('acc-a', 's-4', connector), at(10));
    expect(await projection.referrers('acc-a', 's-4')).toEqual([]);
    await projection.apply(referenced('acc-a', 's-4', connector), at(13));
    expect(await projection.referrers('acc-a', 's-4')).toEqual([connector]);
  });

  it('keeps the referrer’s latest name', async () => {
    await projection.apply(referenced('acc-a', 's-2', connector), at(20));
    await projection.apply(referenced('acc-a', 's-2', { ...connector, name: 'GitHub (renamed)' }), at(21));
    expect(await projection.referrers('acc-a', 's-2')).toEqual([{ ...connector, name: 'GitHub (renamed)' }]);
  });

  it('keeps accounts apart', async () => {
    await projection.apply(referenced('acc-b', 's-3', connector), at(30));
    expect(await projection.referrers('acc-c', 's-3')).toEqual([]);
    await projection.apply(unreferenced('acc-c', 's-3', connector), at(31));
    expect(await projection.referrers('acc-b', 's-3')).toEqual([connector]);
  });
});

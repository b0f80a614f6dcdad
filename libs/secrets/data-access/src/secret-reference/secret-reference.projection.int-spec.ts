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

  it('records a reference once however often it is applied, and forgets it when unreferenced', async () => {
    await projection.apply({ type: 'secret.referenced', accountId: 'acc-a', secretId: 's-1', referrer: connector });
    await projection.apply({ type: 'secret.referenced', accountId: 'acc-a', secretId: 's-1', referrer: connector });
    await projection.apply({ type: 'secret.referenced', accountId: 'acc-a', secretId: 's-1', referrer: cloudProvider });
    expect(await projection.referrers('acc-a', 's-1')).toEqual([cloudProvider, connector]);

    await projection.apply({ type: 'secret.unreferenced', accountId: 'acc-a', secretId: 's-1', referrer: { type: 'CONNECTOR', id: 'conn-1' } });
    await projection.apply({ type: 'secret.unreferenced', accountId: 'acc-a', secretId: 's-1', referrer: { type: 'CONNECTOR', id: 'conn-1' } });
    expect(await projection.referrers('acc-a', 's-1')).toEqual([cloudProvider]);
  });

  it('keeps the referrer’s latest name', async () => {
    await projection.apply({ type: 'secret.referenced', accountId: 'acc-a', secretId: 's-2', referrer: connector });
    await projection.apply({ type: 'secret.referenced', accountId: 'acc-a', secretId: 's-2', referrer: { ...connector, name: 'GitHub (renamed)' } });
    expect(await projection.referrers('acc-a', 's-2')).toEqual([{ ...connector, name: 'GitHub (renamed)' }]);
  });

  it('keeps accounts apart', async () => {
    await projection.apply({ type: 'secret.referenced', accountId: 'acc-b', secretId: 's-3', referrer: connector });
    expect(await projection.referrers('acc-c', 's-3')).toEqual([]);
    await projection.apply({ type: 'secret.unreferenced', accountId: 'acc-c', secretId: 's-3', referrer: connector });
    expect(await projection.referrers('acc-b', 's-3')).toEqual([connector]);
  });
});

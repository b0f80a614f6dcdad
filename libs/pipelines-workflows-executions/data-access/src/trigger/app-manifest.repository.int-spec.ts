import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { AppManifestRepository } from './app-manifest.repository';

describe('AppManifestRepository (real store)', () => {
  let db: TestDatabase;
  let manifests: AppManifestRepository;

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'appmanifests');
    manifests = new AppManifestRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  const chart = { id: 'chart-1', applicationId: 'app-1', serviceId: 'svc-1' };

  it('makes a manifest known at its first recording, once however many recordings race', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => manifests.register('acc-a', { ...chart, name: null })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.connection.db!.collection('app_manifests').countDocuments({ accountId: 'acc-a', appManifestId: 'chart-1' })).toBe(1);
    expect(await manifests.manifestsByIds('acc-a', ['chart-1', 'chart-none'])).toMatchObject([{ ...chart, accountId: 'acc-a', name: 'chart-1' }]);
    expect(await manifests.manifestsByIds('acc-b', ['chart-1'])).toEqual([]);
  });

  it('renames on a recording that gives a name, keeps the name on one that does not, and refuses another owner', async () => {
    await manifests.register('acc-n', { ...chart, name: 'api' });
    expect(await manifests.register('acc-n', { ...chart, name: null })).toMatchObject({ ok: true, manifest: { name: 'api' } });
    expect(await manifests.register('acc-n', { ...chart, name: 'api v2' })).toMatchObject({ ok: true, manifest: { name: 'api v2' } });
    expect(await manifests.register('acc-n', { ...chart, serviceId: 'svc-2', name: 'stolen' })).toMatchObject({ ok: false, owner: { serviceId: 'svc-1', name: 'api v2' } });
    // Another account's manifest of the same id is its own.
    expect(await manifests.register('acc-o', { ...chart, serviceId: 'svc-2', name: 'theirs' })).toMatchObject({ ok: true, manifest: { serviceId: 'svc-2' } });
  });
});

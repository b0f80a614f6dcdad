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

  it("lists the manifests of some services, in the account only (executions' manifest inputs)", async () => {
    await manifests.register('acc-s', { id: 'chart-web', applicationId: 'app-1', serviceId: 'svc-web', name: 'web chart' });
    await manifests.register('acc-s', { id: 'chart-web-canary', applicationId: 'app-1', serviceId: 'svc-web', name: 'canary chart' });
    await manifests.register('acc-s', { id: 'chart-db', applicationId: 'app-1', serviceId: 'svc-db', name: 'db chart' });
    await manifests.register('acc-t', { id: 'chart-web', applicationId: 'app-9', serviceId: 'svc-web', name: 'other account' });
    const ofWeb = await manifests.manifestsOfServices('acc-s', ['svc-web', 'svc-none']);
    expect(ofWeb.map((m) => [m.id, m.serviceId, m.name])).toEqual([
      ['chart-web', 'svc-web', 'web chart'],
      ['chart-web-canary', 'svc-web', 'canary chart'],
    ]);
    expect(await manifests.manifestsOfServices('acc-s', [])).toEqual([]);
  });
});

import { createDomainEvent } from '@fg/domain-events';
import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { ArtifactSourceProjection } from './artifact-source.projection';

let db: TestDatabase;
let projection: ArtifactSourceProjection;
beforeAll(async () => {
  db = await testDatabase((await testServices()).mongoUrl, 'artifact_sources');
  projection = new ArtifactSourceProjection(db.connection);
  await ensureIndexes(db.connection);
});
afterAll(() => db.drop());

const source = { accountId: 'acc-1', artifactSourceId: 'src-1', serviceId: 'svc-1', appId: 'app-1' };
const at = (n: number) => `${String(n).padStart(20, '0')}-${'0'.padStart(20, '0')}`;

describe('the artifact source projection', () => {
  it('follows creation, rename and deletion in stream order, ignoring redeliveries and late retries', async () => {
    await projection.apply(createDomainEvent('artifactSource.created', { ...source, name: 'nginx' }), at(1));
    expect(await projection.byName('acc-1', 'svc-1', 'nginx')).toEqual({ id: 'src-1', accountId: 'acc-1', serviceId: 'svc-1', appId: 'app-1', name: 'nginx' });
    expect(await projection.byName('acc-2', 'svc-1', 'nginx')).toBeNull();
    await projection.apply(createDomainEvent('artifact.collected', { ...source, artifactId: 'art-1', buildNo: '1.25', collectedAt: 1 }), at(2));
    expect(await projection.artifact('acc-1', 'art-1')).toMatchObject({ artifactSourceId: 'src-1', serviceId: 'svc-1', buildNo: '1.25' });
    await projection.apply(createDomainEvent('artifactSource.created', { ...source, name: 'web' }), at(3));
    // A late retry of the first event changes nothing.
    await projection.apply(createDomainEvent('artifactSource.created', { ...source, name: 'nginx' }), at(1));
    expect(await projection.byName('acc-1', 'svc-1', 'nginx')).toBeNull();
    expect(await projection.byName('acc-1', 'svc-1', 'web')).toMatchObject({ id: 'src-1' });
    await projection.apply(createDomainEvent('artifactSource.deleted', { ...source, name: 'web' }), at(4));
    await projection.apply(createDomainEvent('artifactSource.created', { ...source, name: 'web' }), at(3));
    expect(await projection.byName('acc-1', 'svc-1', 'web')).toBeNull();
    expect(await projection.artifact('acc-1', 'art-1')).toBeNull();
  });
});

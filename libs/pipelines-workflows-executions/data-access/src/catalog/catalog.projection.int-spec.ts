import { createDomainEvent, eventPosition } from '@fg/domain-events';
import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { CatalogProjection, catalogEventHandlers } from './catalog.projection';

const at = (sequence: number) => eventPosition(`1733052000000-${sequence}`);

const application = (accountId: string, appId: string, name: string, disableTriggers = false) => ({
  accountId,
  appId,
  name,
  disableTriggers,
  isManualTriggerAuthorized: false,
  areWebHookSecretsMandated: false,
});
const service = (accountId: string, appId: string, serviceId: string, name: string) => ({
  accountId,
  serviceId,
  appId,
  name,
  deploymentType: 'KUBERNETES',
  artifactType: 'DOCKER',
});
const environment = (accountId: string, appId: string, environmentId: string, name: string, environmentType: 'PROD' | 'NON_PROD' = 'PROD') => ({
  accountId,
  environmentId,
  appId,
  name,
  environmentType,
});
const definition = (accountId: string, appId: string, environmentId: string, id: string, name: string) => ({
  accountId,
  infrastructureDefinitionId: id,
  appId,
  environmentId,
  name,
  deploymentType: 'KUBERNETES',
  cloudProviderId: 'cp-1',
  scopedToServices: [],
});

describe('CatalogProjection (real store)', () => {
  let db: TestDatabase;
  let catalog: CatalogProjection;

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'catalog');
    catalog = new CatalogProjection(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('knows an application with the facts consumers act on, for its account only', async () => {
    await catalog.apply(createDomainEvent('application.created', application('acc-a', 'app-1', 'Billing', true)), at(1));

    expect(await catalog.application('acc-a', 'app-1')).toEqual({
      id: 'app-1',
      accountId: 'acc-a',
      name: 'Billing',
      disableTriggers: true,
      isManualTriggerAuthorized: false,
      areWebHookSecretsMandated: false,
    });
    expect(await catalog.applicationExists('acc-a', 'app-1')).toBe(true);
    expect(await catalog.applicationExists('acc-b', 'app-1')).toBe(false);
    expect(await catalog.applicationExists('acc-a', 'app-unknown')).toBe(false);
  });

  it('applies a newer event and ignores a repeated or older one', async () => {
    await catalog.apply(createDomainEvent('application.created', application('acc-a', 'app-2', 'first')), at(1));
    await catalog.apply(createDomainEvent('application.updated', application('acc-a', 'app-2', 'second')), at(3));
    await catalog.apply(createDomainEvent('application.updated', application('acc-a', 'app-2', 'second')), at(3));
    await catalog.apply(createDomainEvent('application.updated', application('acc-a', 'app-2', 'stale')), at(2));

    expect((await catalog.application('acc-a', 'app-2'))?.name).toBe('second');
    expect(await db.connection.db!.collection('catalog').countDocuments({ entityId: 'app-2' })).toBe(1);
  });

  it('keeps a deleted application deleted when its creation is retried late', async () => {
    await catalog.apply(createDomainEvent('application.created', application('acc-a', 'app-3', 'doomed')), at(1));
    await catalog.apply(createDomainEvent('application.deleted', application('acc-a', 'app-3', 'doomed')), at(2));
    await catalog.apply(createDomainEvent('application.created', application('acc-a', 'app-3', 'doomed')), at(1));

    expect(await catalog.applicationExists('acc-a', 'app-3')).toBe(false);
  });

  it('finds services by id, by a batch of ids and by name within their application', async () => {
    await catalog.apply(createDomainEvent('application.created', application('acc-s', 'app-1', 'Shop')), at(1));
    await catalog.apply(createDomainEvent('application.created', application('acc-s', 'app-2', 'Other')), at(2));
    await catalog.apply(createDomainEvent('service.created', service('acc-s', 'app-1', 'svc-1', 'api')), at(1));
    await catalog.apply(createDomainEvent('service.created', service('acc-s', 'app-1', 'svc-2', 'web')), at(2));

    const api = { id: 'svc-1', accountId: 'acc-s', appId: 'app-1', name: 'api', deploymentType: 'KUBERNETES', artifactType: 'DOCKER' };
    expect(await catalog.serviceById('acc-s', 'svc-1')).toEqual(api);
    expect(await catalog.serviceByName('acc-s', 'app-1', 'api')).toEqual(api);
    expect(await catalog.serviceByName('acc-s', 'app-2', 'api')).toBeNull();
    expect((await catalog.servicesByIds('acc-s', ['svc-2', 'svc-missing', 'svc-1'])).map((s) => s.id).sort()).toEqual(['svc-1', 'svc-2']);
    expect(await catalog.serviceById('acc-other', 'svc-1')).toBeNull();
  });

  it('treats the children of a deleted application as deleted, whatever order the streams deliver in', async () => {
    await catalog.apply(createDomainEvent('application.created', application('acc-c', 'app-1', 'Gone')), at(1));
    await catalog.apply(createDomainEvent('application.deleted', application('acc-c', 'app-1', 'Gone')), at(2));
    // The service's creation comes after its application's deletion (another stream).
    await catalog.apply(createDomainEvent('service.created', service('acc-c', 'app-1', 'svc-late', 'late')), at(5));
    await catalog.apply(createDomainEvent('environment.created', environment('acc-c', 'app-1', 'env-late', 'prod')), at(5));

    expect(await catalog.serviceById('acc-c', 'svc-late')).toBeNull();
    expect(await catalog.serviceByName('acc-c', 'app-1', 'late')).toBeNull();
    expect(await catalog.environmentById('acc-c', 'env-late')).toBeNull();
  });

  it('treats a service whose application was never announced as absent', async () => {
    await catalog.apply(createDomainEvent('service.created', service('acc-o', 'app-unknown', 'svc-o', 'orphan')), at(1));
    expect(await catalog.serviceById('acc-o', 'svc-o')).toBeNull();
  });

  it('knows environments with their type, and follows a change of type and a deletion', async () => {
    await catalog.apply(createDomainEvent('application.created', application('acc-e', 'app-1', 'Env app')), at(1));
    await catalog.apply(createDomainEvent('environment.created', environment('acc-e', 'app-1', 'env-1', 'qa', 'NON_PROD')), at(1));

    expect(await catalog.environmentById('acc-e', 'env-1')).toEqual({ id: 'env-1', accountId: 'acc-e', appId: 'app-1', name: 'qa', environmentType: 'NON_PROD' });
    await catalog.apply(createDomainEvent('environment.updated', environment('acc-e', 'app-1', 'env-1', 'qa', 'PROD')), at(2));
    expect((await catalog.environmentByName('acc-e', 'app-1', 'qa'))?.environmentType).toBe('PROD');

    await catalog.apply(createDomainEvent('environment.deleted', environment('acc-e', 'app-1', 'env-1', 'qa', 'PROD')), at(3));
    expect(await catalog.environmentById('acc-e', 'env-1')).toBeNull();
    expect(await catalog.environmentByName('acc-e', 'app-1', 'qa')).toBeNull();
  });

  it('knows infrastructure definitions while their environment lives', async () => {
    await catalog.apply(createDomainEvent('application.created', application('acc-i', 'app-1', 'Infra app')), at(1));
    await catalog.apply(createDomainEvent('environment.created', environment('acc-i', 'app-1', 'env-1', 'prod')), at(1));
    await catalog.apply(createDomainEvent('infrastructureDefinition.created', definition('acc-i', 'app-1', 'env-1', 'inf-1', 'cluster')), at(1));

    expect(await catalog.infrastructureDefinitionById('acc-i', 'inf-1')).toEqual({
      id: 'inf-1',
      accountId: 'acc-i',
      appId: 'app-1',
      environmentId: 'env-1',
      name: 'cluster',
      deploymentType: 'KUBERNETES',
      cloudProviderId: 'cp-1',
      scopedToServices: [],
    });
    // Deleting the environment deletes its definitions in apps-services without their own events.
    await catalog.apply(createDomainEvent('environment.deleted', environment('acc-i', 'app-1', 'env-1', 'prod')), at(2));
    expect(await catalog.infrastructureDefinitionById('acc-i', 'inf-1')).toBeNull();
  });

  it('offers a handler for every catalog event type that applies it at its position', async () => {
    const handlers = catalogEventHandlers(catalog);
    expect(Object.keys(handlers).sort()).toEqual(
      ['application', 'environment', 'infrastructureDefinition', 'service'].flatMap((kind) => ['created', 'deleted', 'updated'].map((c) => `${kind}.${c}`)).sort(),
    );
    await handlers['application.created']!(createDomainEvent('application.created', application('acc-h', 'app-1', 'Handled')), {
      streamId: '1733052000000-1',
      position: at(1),
      attempt: 1,
    });
    expect((await catalog.application('acc-h', 'app-1'))?.name).toBe('Handled');
  });
});

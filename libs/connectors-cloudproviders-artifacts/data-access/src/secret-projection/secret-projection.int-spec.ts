import { createDomainEvent, eventPosition, type SecretEventV1 } from '@fg/domain-events';
import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import type { SecretEvent } from './secret-event';
import { SecretProjection } from './secret-projection.repository';

type Facts = Omit<SecretEventV1, 'accountId' | 'secretId'>;

const facts = (overrides: Partial<Facts> = {}): Facts => ({ name: 'git-password', secretType: 'ENCRYPTED_TEXT', usageScope: null, ...overrides });

/** The stream position of the n-th entry of a millisecond. */
const at = (millis: number) => eventPosition(`${millis}-0`);

const event = (type: SecretEvent['type'], secretId: string, overrides: Partial<Facts> = {}, accountId = 'acc-1'): SecretEvent =>
  createDomainEvent(type, { accountId, secretId, ...facts(overrides) });

const created = (secretId: string, overrides: Partial<Facts> = {}, accountId = 'acc-1') => event('secret.created', secretId, overrides, accountId);

describe('SecretProjection.apply (real store)', () => {
  let db: TestDatabase;
  let projection: SecretProjection;

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'secretproj');
    projection = new SecretProjection(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('knows a created secret in its own account only', async () => {
    expect(await projection.apply(created('s-created'), at(1000))).toBe(true);
    expect(await projection.knownSecrets('acc-1', ['s-created'])).toEqual([
      { id: 's-created', accountId: 'acc-1', name: 'git-password', secretType: 'ENCRYPTED_TEXT', usageScope: null },
    ]);
    expect(await projection.knownSecrets('acc-2', ['s-created'])).toEqual([]);
  });

  it('takes a newer update and ignores an older one arriving late', async () => {
    await projection.apply(created('s-update'), at(1000));
    const scope = { appEnvScopes: [{ application: { filterType: null, appId: 'app-1' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS' as const, envId: null } }] };
    expect(
      await projection.apply(event('secret.updated', 's-update', { name: 'renamed', usageScope: scope }), at(3000)),
    ).toBe(true);
    expect(
      await projection.apply(event('secret.updated', 's-update', { name: 'stale' }), at(2000)),
    ).toBe(false);
    const [secret] = await projection.knownSecrets('acc-1', ['s-update']);
    expect(secret).toMatchObject({ name: 'renamed', usageScope: scope });
  });

  it('applies a repeated event once in effect', async () => {
    const repeated = created('s-repeat');
    expect(await projection.apply(repeated, at(1000))).toBe(true);
    expect(await projection.apply(repeated, at(1000))).toBe(false);
    expect(await projection.knownSecrets('acc-1', ['s-repeat'])).toHaveLength(1);
  });

  it('forgets a deleted secret, and an older event arriving after the deletion does not bring it back', async () => {
    await projection.apply(created('s-deleted'), at(1000));
    expect(await projection.apply(event('secret.deleted', 's-deleted'), at(2000))).toBe(true);
    expect(await projection.knownSecrets('acc-1', ['s-deleted'])).toEqual([]);
    expect(await projection.apply(created('s-deleted', { name: 'late' }), at(1500))).toBe(false);
    expect(await projection.knownSecrets('acc-1', ['s-deleted'])).toEqual([]);
    const tombstone = await db.connection.db!.collection('known_secrets').findOne({ _id: 's-deleted' as never });
    expect(tombstone).toMatchObject({ deleted: true, position: at(2000), accountId: 'acc-1' });
  });

  it('ignores an event that names another account for a known secret id', async () => {
    await projection.apply(created('s-owned'), at(1000));
    expect(await projection.apply(created('s-owned', { name: 'hijack' }, 'acc-other'), at(5000))).toBe(false);
    expect(await projection.knownSecrets('acc-other', ['s-owned'])).toEqual([]);
    expect((await projection.knownSecrets('acc-1', ['s-owned']))[0].name).toBe('git-password');
  });
});

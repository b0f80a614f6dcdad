import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import type { SecretEvent, SecretFacts } from './secret-event';
import { SecretProjection } from './secret-projection.repository';

const facts = (overrides: Partial<SecretFacts> = {}): SecretFacts => ({
  name: 'git-password',
  secretType: 'ENCRYPTED_TEXT',
  usageScope: null,
  scopedToAccount: false,
  ...overrides,
});

const created = (secretId: string, occurredAt: number, overrides: Partial<SecretFacts> = {}, accountId = 'acc-1'): SecretEvent => ({
  type: 'secret.created',
  accountId,
  secretId,
  occurredAt,
  secret: facts(overrides),
});

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
    expect(await projection.apply(created('s-created', 1000))).toBe(true);
    expect(await projection.knownSecrets('acc-1', ['s-created'])).toEqual([
      { id: 's-created', accountId: 'acc-1', name: 'git-password', secretType: 'ENCRYPTED_TEXT', usageScope: null, scopedToAccount: false },
    ]);
    expect(await projection.knownSecrets('acc-2', ['s-created'])).toEqual([]);
  });

  it('takes a newer update and ignores an older one arriving late', async () => {
    await projection.apply(created('s-update', 1000));
    const scope = { appEnvScopes: [{ application: { filterType: null, appId: 'app-1' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS' as const, envId: null } }] };
    expect(
      await projection.apply({ type: 'secret.updated', accountId: 'acc-1', secretId: 's-update', occurredAt: 3000, secret: facts({ name: 'renamed', usageScope: scope }) }),
    ).toBe(true);
    expect(
      await projection.apply({ type: 'secret.updated', accountId: 'acc-1', secretId: 's-update', occurredAt: 2000, secret: facts({ name: 'stale' }) }),
    ).toBe(false);
    const [secret] = await projection.knownSecrets('acc-1', ['s-update']);
    expect(secret).toMatchObject({ name: 'renamed', usageScope: scope });
  });

  it('applies a repeated event once in effect', async () => {
    expect(await projection.apply(created('s-repeat', 1000))).toBe(true);
    expect(await projection.apply(created('s-repeat', 1000))).toBe(false);
    expect(await projection.knownSecrets('acc-1', ['s-repeat'])).toHaveLength(1);
  });

  it('forgets a deleted secret, and an older event arriving after the deletion does not bring it back', async () => {
    await projection.apply(created('s-deleted', 1000));
    expect(await projection.apply({ type: 'secret.deleted', accountId: 'acc-1', secretId: 's-deleted', occurredAt: 2000 })).toBe(true);
    expect(await projection.knownSecrets('acc-1', ['s-deleted'])).toEqual([]);
    expect(await projection.apply(created('s-deleted', 1500, { name: 'late' }))).toBe(false);
    expect(await projection.knownSecrets('acc-1', ['s-deleted'])).toEqual([]);
    const tombstone = await db.connection.db!.collection('known_secrets').findOne({ _id: 's-deleted' as never });
    expect(tombstone).toMatchObject({ deleted: true, occurredAt: 2000, accountId: 'acc-1' });
  });

  it('ignores an event that names another account for a known secret id', async () => {
    await projection.apply(created('s-owned', 1000));
    expect(await projection.apply(created('s-owned', 5000, { name: 'hijack' }, 'acc-other'))).toBe(false);
    expect(await projection.knownSecrets('acc-other', ['s-owned'])).toEqual([]);
    expect((await projection.knownSecrets('acc-1', ['s-owned']))[0].name).toBe('git-password');
  });
});

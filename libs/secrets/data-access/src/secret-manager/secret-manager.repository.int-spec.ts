import { ensureIndexes, isDuplicateKeyError } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { DEFAULT_SECRET_MANAGER_NAME, SecretManagerRepository, type SecretManager } from './secret-manager.repository';

const ID = /^[A-Za-z0-9_-]{22}$/;
const byId = (list: SecretManager[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('SecretManagerRepository (real store)', () => {
  let db: TestDatabase;
  let managers: SecretManagerRepository;

  const stored = (id: string) => db.connection.db!.collection('secret_managers').findOne({ _id: id as never });

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'secretsrepo');
    managers = new SecretManagerRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('creates a secret manager and reads the same entity back by name and by id', async () => {
    const before = Date.now();
    const created = await managers.create('acc-create', { name: 'Vault', type: 'HASHICORP_VAULT', isDefault: true });

    expect(created).toEqual({
      id: expect.stringMatching(ID),
      accountId: 'acc-create',
      name: 'Vault',
      type: 'HASHICORP_VAULT',
      isDefault: true,
      usageScope: null,
      vault: null,
      custom: null,
    });
    expect(await managers.byName('acc-create', 'Vault')).toEqual(created);
    expect(await managers.byIds('acc-create', [created.id])).toEqual([created]);
    expect(await managers.byName('acc-create', 'vault')).toBeNull();
    expect(await managers.byName('acc-create', 'Missing')).toBeNull();

    const doc = await stored(created.id);
    expect(doc).toMatchObject({ _id: created.id, accountId: 'acc-create', name: 'Vault', type: 'HASHICORP_VAULT', isDefault: true });
    expect(doc?.createdAt).toBeInstanceOf(Date);
    expect(Math.abs((doc?.createdAt as Date).getTime() - before)).toBeLessThan(60_000);
  });

  it('stores a non-default manager as not default', async () => {
    const created = await managers.create('acc-flag', { name: 'KMS', type: 'AWS_KMS', isDefault: false });
    expect(created.isDefault).toBe(false);
    expect((await managers.byName('acc-flag', 'KMS'))?.isDefault).toBe(false);
    expect((await stored(created.id))?.isDefault).toBe(false);
  });

  it('finds a batch of ids in one call, skipping missing ids and other accounts\' managers', async () => {
    const one = await managers.create('acc-batch', { name: 'one', type: 'AWS_SECRET_MANAGER', isDefault: false });
    const two = await managers.create('acc-batch', { name: 'two', type: 'GOOGLE_KMS', isDefault: false });
    const foreign = await managers.create('acc-batch-other', { name: 'one', type: 'AZURE_KEY_VAULT', isDefault: false });

    expect(byId(await managers.byIds('acc-batch', [two.id, 'missing-id', foreign.id, one.id]))).toEqual(byId([one, two]));
    expect(await managers.byIds('acc-batch', [])).toEqual([]);
    expect(await managers.byIds('acc-batch', ['missing-id'])).toEqual([]);
  });

  it('never shows another account\'s secret managers', async () => {
    const mine = await managers.create('acc-mine', { name: 'Private', type: 'CUSTOM', isDefault: true });
    expect(await managers.byName('acc-theirs', 'Private')).toBeNull();
    expect(await managers.byIds('acc-theirs', [mine.id])).toEqual([]);
    expect(await managers.byName('acc-mine', 'Private')).toEqual(mine);
  });

  it('keeps names unique within an account but not across accounts', async () => {
    const first = await managers.create('acc-unique', { name: 'Same', type: 'AWS_KMS', isDefault: false });
    const duplicate = await managers
      .create('acc-unique', { name: 'Same', type: 'GOOGLE_KMS', isDefault: true })
      .catch((e: unknown) => e);
    expect(isDuplicateKeyError(duplicate)).toBe(true);
    expect(await managers.byName('acc-unique', 'Same')).toEqual(first);

    const elsewhere = await managers.create('acc-unique-other', { name: 'Same', type: 'GOOGLE_KMS', isDefault: true });
    expect(await managers.byName('acc-unique-other', 'Same')).toEqual(elsewhere);
    expect(await db.connection.db!.collection('secret_managers').countDocuments({ name: 'Same' })).toBe(2);
  });

  it('creates the built-in manager once however many requests race for it, as the default of a fresh account', async () => {
    const raced = await Promise.all(Array.from({ length: 5 }, () => managers.ensureBuiltIn('acc-race')));
    expect(new Set(raced.map((m) => m.id)).size).toBe(1);
    expect(raced[0]).toMatchObject({ name: DEFAULT_SECRET_MANAGER_NAME, isDefault: true });
    expect(await managers.defaultManager('acc-race')).toEqual(raced[0]);
    expect(await db.connection.db!.collection('secret_managers').countDocuments({ accountId: 'acc-race' })).toBe(1);
  });

  it('keeps one default per account', async () => {
    const builtIn = await managers.ensureBuiltIn('acc-one-default');
    const vault = await managers.create('acc-one-default', { name: 'V', type: 'HASHICORP_VAULT', isDefault: false });
    await managers.makeDefault('acc-one-default', vault.id);
    expect(await managers.defaultManager('acc-one-default')).toMatchObject({ id: vault.id });
    expect((await managers.byIds('acc-one-default', [builtIn.id]))[0].isDefault).toBe(false);
  });
});

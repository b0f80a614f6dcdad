import { ensureIndexes, isDuplicateKeyError } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { ConnectorRepository, type Connector, type NewConnector } from './connector.repository';

const ID = /^[A-Za-z0-9_-]{22}$/;
const byId = (list: Connector[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

const git = (name: string, overrides: Partial<NewConnector> = {}): NewConnector => ({
  type: 'GIT',
  name,
  createdById: null,
  ...overrides,
});

describe('ConnectorRepository (real store)', () => {
  let db: TestDatabase;
  let connectors: ConnectorRepository;

  const stored = (id: string) => db.connection.db!.collection('connectors').findOne({ _id: id as never });

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'connrepo');
    connectors = new ConnectorRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('creates a Git connector and reads the same entity back by id', async () => {
    const before = Date.now();
    const created = await connectors.create(
      'acc-create',
      git('origin', {
        description: 'main repo',
        settings: { name: 'origin', URL: 'https://git.example.com/repo.git', branch: 'main' },
        createdById: 'user-1',
      }),
    );

    expect(created).toEqual({
      id: expect.stringMatching(ID),
      accountId: 'acc-create',
      type: 'GIT',
      name: 'origin',
      description: 'main repo',
      settings: { name: 'origin', URL: 'https://git.example.com/repo.git', branch: 'main' },
      webhookToken: null,
      cloudProviderId: null,
      createdById: 'user-1',
      createdAt: expect.any(Number),
      revision: 1,
    });
    expect(Math.abs(created.createdAt - before)).toBeLessThan(60_000);
    expect(await connectors.byIds('acc-create', [created.id])).toEqual([created]);

    const doc = await stored(created.id);
    expect(doc).toMatchObject({ _id: created.id, accountId: 'acc-create', type: 'GIT', name: 'origin', settings: { URL: 'https://git.example.com/repo.git' } });
    expect((doc?.createdAt as Date).getTime()).toBe(created.createdAt);
  });

  it('keeps absent optional fields as null', async () => {
    const created = await connectors.create('acc-nulls', git('bare'));
    expect(created).toMatchObject({ description: null, settings: {}, webhookToken: null, cloudProviderId: null, createdById: null });
    expect(await connectors.byIds('acc-nulls', [created.id])).toEqual([created]);
  });

  it('finds a batch of ids in one call, skipping missing ids and other accounts\' connectors', async () => {
    const one = await connectors.create('acc-batch', git('one'));
    const two = await connectors.create('acc-batch', git('two'));
    const foreign = await connectors.create('acc-batch-other', git('one'));

    expect(byId(await connectors.byIds('acc-batch', [two.id, 'missing-id', foreign.id, one.id]))).toEqual(byId([one, two]));
    expect(await connectors.byIds('acc-batch', [])).toEqual([]);
    expect(await connectors.byIds('acc-batch', ['missing-id'])).toEqual([]);
  });

  it('never shows another account\'s connectors', async () => {
    const mine = await connectors.create('acc-mine', git('private'));
    expect(await connectors.byIds('acc-theirs', [mine.id])).toEqual([]);
    expect(await connectors.byIds('acc-mine', [mine.id])).toEqual([mine]);
  });

  it('keeps names unique within an account but not across accounts', async () => {
    const first = await connectors.create('acc-unique', git('Same'));
    const duplicate = await connectors.create('acc-unique', git('Same', { description: 'another' })).catch((e: unknown) => e);
    expect(isDuplicateKeyError(duplicate)).toBe(true);

    const elsewhere = await connectors.create('acc-unique-other', git('Same'));
    expect(elsewhere.id).not.toBe(first.id);
    expect(await connectors.byIds('acc-unique-other', [elsewhere.id])).toEqual([elsewhere]);
    expect(await db.connection.db!.collection('connectors').countDocuments({ accountId: 'acc-unique' })).toBe(1);
  });
});

import { ensureIndexes, isDuplicateKeyError } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import type { ApplicationFields } from './application.entity';
import { ApplicationRepository } from './application.repository';

const ID = /^[A-Za-z0-9_-]{22}$/;
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

const fields = (name: string, overrides: Partial<ApplicationFields> = {}): ApplicationFields => ({
  name,
  description: null,
  isManualTriggerAuthorized: false,
  areWebHookSecretsMandated: false,
  disableTriggers: false,
  ...overrides,
});

describe('ApplicationRepository (real store)', () => {
  let db: TestDatabase;
  let applications: ApplicationRepository;

  const stored = (id: string) => db.connection.db!.collection('applications').findOne({ _id: id as never });
  /** Pins an application's creation time so ordering does not depend on the clock. */
  const setCreatedAt = (id: string, at: Date) =>
    db.connection.db!.collection('applications').updateOne({ _id: id as never }, { $set: { createdAt: at } });

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'appsrepo');
    applications = new ApplicationRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('creates an application and reads the same entity back by id and by name', async () => {
    const before = Date.now();
    const created = await applications.create(
      'acc-create',
      fields('Checkout', { description: 'the shop', isManualTriggerAuthorized: true, disableTriggers: true }),
      'user-1',
    );
    const after = Date.now();

    expect(created).toEqual({
      id: expect.stringMatching(ID),
      accountId: 'acc-create',
      name: 'Checkout',
      description: 'the shop',
      isManualTriggerAuthorized: true,
      areWebHookSecretsMandated: false,
      disableTriggers: true,
      createdById: 'user-1',
      createdAt: expect.any(Number),
      gitSyncConfig: null,
    });
    expect(created.createdAt).toBeGreaterThanOrEqual(before - 1000);
    expect(created.createdAt).toBeLessThanOrEqual(after + 1000);
    expect(await applications.byId('acc-create', created.id)).toEqual(created);
    expect(await applications.byName('acc-create', 'Checkout')).toEqual(created);
    expect(await applications.byName('acc-create', 'Missing')).toBeNull();
    expect(await applications.byId('acc-create', 'no-such-application-id')).toBeNull();

    const doc = await stored(created.id);
    expect(doc).toMatchObject({ _id: created.id, accountId: 'acc-create', name: 'Checkout', createdById: 'user-1' });
    expect(doc?.createdAt).toBeInstanceOf(Date);
    expect((doc?.createdAt as Date).getTime()).toBe(created.createdAt);
  });

  it('keeps a null creator for applications an API key created, and trims the stored name', async () => {
    const created = await applications.create('acc-trim', fields('  Padded  '), null);
    expect(created.createdById).toBeNull();
    expect(created.name).toBe('Padded');
    expect((await stored(created.id))?.name).toBe('Padded');
    expect(await applications.byName('acc-trim', 'Padded')).toEqual(created);
  });

  it('lists newest first (ties by id) and pages with offset and count', async () => {
    const account = 'acc-list';
    const oldest = await applications.create(account, fields('oldest'), null);
    const middle = await applications.create(account, fields('middle'), null);
    const newest = await applications.create(account, fields('newest'), null);
    const tieA = await applications.create(account, fields('tie-a'), null);
    const tieB = await applications.create(account, fields('tie-b'), null);
    await applications.create('acc-list-other', fields('elsewhere'), null);
    await setCreatedAt(oldest.id, new Date('2024-01-01T00:00:00Z'));
    await setCreatedAt(middle.id, new Date('2024-02-01T00:00:00Z'));
    await setCreatedAt(newest.id, new Date('2024-04-01T00:00:00Z'));
    await setCreatedAt(tieA.id, new Date('2024-03-01T00:00:00Z'));
    await setCreatedAt(tieB.id, new Date('2024-03-01T00:00:00Z'));
    const ties = [tieA.id, tieB.id].sort();

    const all = await applications.list(account, {}, 0, 10);
    expect(all.map((a) => a.id)).toEqual([newest.id, ...ties, middle.id, oldest.id]);
    expect(all[0]).toEqual({ ...newest, createdAt: Date.parse('2024-04-01T00:00:00Z') });

    expect((await applications.list(account, {}, 0, 2)).map((a) => a.id)).toEqual([newest.id, ties[0]]);
    expect((await applications.list(account, {}, 2, 2)).map((a) => a.id)).toEqual([ties[1], middle.id]);
    expect((await applications.list(account, {}, 4, 2)).map((a) => a.id)).toEqual([oldest.id]);
    expect(await applications.list(account, {}, 5, 2)).toEqual([]);
    expect(await applications.total(account, {})).toBe(5);
    expect(await applications.total('acc-list-other', {})).toBe(1);
    expect(await applications.total('acc-list-nobody', {})).toBe(0);
  });

  it('filters the list and the total by one id condition or several ANDed together', async () => {
    const account = 'acc-filter';
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((name) => applications.create(account, fields(name), null)));
    const foreign = await applications.create('acc-filter-other', fields('foreign'), null);
    const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

    const single = { idConditions: [{ $in: [a.id, c.id, foreign.id] }] };
    expect(ids(await applications.list(account, single, 0, 10))).toEqual([a.id, c.id].sort());
    expect(await applications.total(account, single)).toBe(2);

    const several = { idConditions: [{ $in: [a.id, b.id, c.id] }, { $nin: [b.id] }] };
    expect(ids(await applications.list(account, several, 0, 10))).toEqual([a.id, c.id].sort());
    expect(await applications.total(account, several)).toBe(2);

    const contradictory = { idConditions: [{ $eq: a.id }, { $nin: [a.id] }] };
    expect(await applications.list(account, contradictory, 0, 10)).toEqual([]);
    expect(await applications.total(account, contradictory)).toBe(0);

    expect(ids(await applications.list(account, { idConditions: [{ $eq: b.id }] }, 0, 10))).toEqual([b.id]);
    expect(ids(await applications.list(account, { idConditions: [{ $ne: null }] }, 0, 10))).toEqual(ids([a, b, c]));
    expect(ids(await applications.list(account, { idConditions: [] }, 0, 10))).toEqual(ids([a, b, c]));
    // A condition naming another account's id still finds nothing there.
    expect(await applications.total(account, { idConditions: [{ $eq: foreign.id }] })).toBe(0);
  });

  it('finds a batch of ids in one call, skipping missing ids and other accounts\' applications', async () => {
    const one = await applications.create('acc-batch', fields('one'), null);
    const two = await applications.create('acc-batch', fields('two'), null);
    const foreign = await applications.create('acc-batch-other', fields('one'), null);

    const found = await applications.byIds('acc-batch', [two.id, 'missing-id', foreign.id, one.id]);
    expect(byId(found)).toEqual(byId([one, two]));
    expect(await applications.byIds('acc-batch', [])).toEqual([]);
    expect(await applications.byIds('acc-batch-other', [one.id, two.id])).toEqual([]);
  });

  it('updates and returns the changed entity, leaving what was not named as it was', async () => {
    const created = await applications.create('acc-update', fields('Before', { description: 'kept' }), 'user-2');

    const updated = await applications.update('acc-update', created.id, { name: 'After', areWebHookSecretsMandated: true });
    expect(updated).toEqual({ ...created, name: 'After', areWebHookSecretsMandated: true });
    expect(await applications.byId('acc-update', created.id)).toEqual(updated);
    expect(await stored(created.id)).toMatchObject({ name: 'After', description: 'kept', areWebHookSecretsMandated: true });
    expect(await applications.update('acc-update', 'missing-id', { name: 'Ghost' })).toBeNull();
  });

  it('refuses a rename onto a name the account already uses, and keeps the old name', async () => {
    await applications.create('acc-rename', fields('taken'), null);
    const other = await applications.create('acc-rename', fields('free'), null);
    const refused = await applications.update('acc-rename', other.id, { name: 'taken' }).catch((error: unknown) => error);
    expect(isDuplicateKeyError(refused)).toBe(true);
    expect((await applications.byId('acc-rename', other.id))?.name).toBe('free');
    expect(await applications.total('acc-rename', {})).toBe(2);
  });

  it('sets, switches and removes the git sync config inside the application document', async () => {
    const created = await applications.create('acc-git', fields('synced'), null);
    const config = { gitConnectorId: 'git-1', branch: 'main', repositoryName: null, syncEnabled: true };
    expect(await applications.setGitSyncEnabled('acc-git', created.id, false)).toBeNull();

    expect((await applications.setGitSyncConfig('acc-git', created.id, config))?.gitSyncConfig).toEqual(config);
    expect((await applications.setGitSyncEnabled('acc-git', created.id, false))?.gitSyncConfig).toEqual({ ...config, syncEnabled: false });
    expect((await stored(created.id))?.gitSyncConfig).toEqual({ ...config, syncEnabled: false });
    expect(await applications.setGitSyncConfig('acc-git-other', created.id, config)).toBeNull();
    expect(await applications.setGitSyncEnabled('acc-git-other', created.id, true)).toBeNull();

    expect((await applications.removeGitSyncConfig('acc-git', created.id))?.gitSyncConfig).toBeNull();
    expect((await stored(created.id))?.gitSyncConfig).toBeNull();
    expect(await applications.setGitSyncEnabled('acc-git', created.id, true)).toBeNull();
  });

  it('removes an application, once', async () => {
    const created = await applications.create('acc-remove', fields('doomed'), null);
    expect(await applications.remove('acc-remove', created.id)).toBe(true);
    expect(await applications.byId('acc-remove', created.id)).toBeNull();
    expect(await stored(created.id)).toBeNull();
    expect(await applications.remove('acc-remove', created.id)).toBe(false);
  });

  it('never shows, changes or deletes another account\'s application', async () => {
    const mine = await applications.create('acc-mine', fields('private'), null);

    expect(await applications.byId('acc-theirs', mine.id)).toBeNull();
    expect(await applications.byName('acc-theirs', 'private')).toBeNull();
    expect(await applications.list('acc-theirs', {}, 0, 10)).toEqual([]);
    expect(await applications.total('acc-theirs', { idConditions: [{ $in: [mine.id] }] })).toBe(0);
    expect(await applications.update('acc-theirs', mine.id, { name: 'stolen' })).toBeNull();
    expect(await applications.remove('acc-theirs', mine.id)).toBe(false);
    expect(await applications.byId('acc-mine', mine.id)).toEqual(mine);
    expect(await stored(mine.id)).toMatchObject({ accountId: 'acc-mine', name: 'private' });
  });

  it('keeps names unique within an account but not across accounts', async () => {
    const first = await applications.create('acc-unique', fields('Same'), null);
    const duplicate = await applications.create('acc-unique', fields('Same'), null).catch((e: unknown) => e);
    expect(isDuplicateKeyError(duplicate)).toBe(true);
    // Names are trimmed before the index sees them, so padding does not dodge it.
    const padded = await applications.create('acc-unique', fields(' Same '), null).catch((e: unknown) => e);
    expect(isDuplicateKeyError(padded)).toBe(true);

    const elsewhere = await applications.create('acc-unique-other', fields('Same'), null);
    expect(elsewhere.id).not.toBe(first.id);
    expect(await applications.total('acc-unique', {})).toBe(1);
    expect(await applications.byName('acc-unique-other', 'Same')).toEqual(elsewhere);
  });
});

import { ensureIndexes, isDuplicateKeyError } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import type { Pipeline } from './pipeline.entity';
import { PipelineRepository } from './pipeline.repository';

const ID = /^[A-Za-z0-9_-]{22}$/;

describe('PipelineRepository (real store)', () => {
  let db: TestDatabase;
  let pipelines: PipelineRepository;

  const stored = (id: string) => db.connection.db!.collection('pipelines').findOne({ _id: id as never });
  /** Pins a pipeline's creation time so ordering does not depend on the clock. */
  const createdOn = async (pipeline: Pipeline, iso: string): Promise<Pipeline> => {
    await db.connection.db!.collection('pipelines').updateOne({ _id: pipeline.id as never }, { $set: { createdAt: new Date(iso) } });
    return { ...pipeline, createdAt: Date.parse(iso) };
  };
  const byId = (list: Pipeline[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'pipesrepo');
    pipelines = new PipelineRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('creates a pipeline and reads the same entity back by id and by name', async () => {
    const before = Date.now();
    const created = await pipelines.create('acc-create', { applicationId: 'app-1', name: 'Release', description: 'to prod' });

    expect(created).toEqual({
      id: expect.stringMatching(ID),
      accountId: 'acc-create',
      applicationId: 'app-1',
      name: 'Release',
      description: 'to prod',
      variables: [],
      stages: [],
      createdBy: null,
      createdAt: expect.any(Number),
    });
    expect(Math.abs(created.createdAt - before)).toBeLessThan(60_000);
    expect(await pipelines.byIds('acc-create', [created.id])).toEqual([created]);
    expect(await pipelines.byName('acc-create', 'app-1', 'Release')).toEqual(created);

    const doc = await stored(created.id);
    expect(doc).toMatchObject({ _id: created.id, accountId: 'acc-create', applicationId: 'app-1', name: 'Release' });
    expect((doc?.createdAt as Date).getTime()).toBe(created.createdAt);
  });

  it('maps a missing description to null', async () => {
    const created = await pipelines.create('acc-null', { applicationId: 'app-1', name: 'Bare', description: null });
    expect(created.description).toBeNull();
    expect((await pipelines.byName('acc-null', 'app-1', 'Bare'))?.description).toBeNull();
  });

  it('finds a pipeline by name only within the named application', async () => {
    const inFirst = await pipelines.create('acc-name', { applicationId: 'app-1', name: 'Deploy', description: null });
    expect(await pipelines.byName('acc-name', 'app-1', 'Deploy')).toEqual(inFirst);
    expect(await pipelines.byName('acc-name', 'app-2', 'Deploy')).toBeNull();
    expect(await pipelines.byName('acc-name', 'app-1', 'deploy')).toBeNull();
    expect(await pipelines.byName('acc-name', 'app-1', 'Missing')).toBeNull();
  });

  it('reads several applications\' pipelines at once, by application then newest first, capped at maxRows', async () => {
    const account = 'acc-of-apps';
    const make = (applicationId: string, name: string) => pipelines.create(account, { applicationId, name, description: null });
    const b1 = await createdOn(await make('app-b', 'b1'), '2024-01-01T00:00:00Z');
    const b2 = await createdOn(await make('app-b', 'b2'), '2024-03-01T00:00:00Z');
    const a1 = await createdOn(await make('app-a', 'a1'), '2024-01-01T00:00:00Z');
    const a2 = await createdOn(await make('app-a', 'a2'), '2024-02-01T00:00:00Z');
    const a3 = await createdOn(await make('app-a', 'a3'), '2024-04-01T00:00:00Z');
    const c1 = await createdOn(await make('app-c', 'c1'), '2024-05-01T00:00:00Z');
    await pipelines.create('acc-of-apps-other', { applicationId: 'app-a', name: 'foreign', description: null });

    expect(await pipelines.ofApplications(account, ['app-b', 'app-a'], 100)).toEqual([a3, a2, a1, b2, b1]);
    expect(await pipelines.ofApplications(account, ['app-a', 'app-b', 'app-c'], 4)).toEqual([a3, a2, a1, b2]);
    expect(await pipelines.ofApplications(account, ['app-c', 'app-none'], 10)).toEqual([c1]);
    expect(await pipelines.ofApplications(account, ['app-none'], 10)).toEqual([]);
    expect(await pipelines.ofApplications(account, [], 10)).toEqual([]);
  });

  it('breaks ties between pipelines created at the same moment by id', async () => {
    const account = 'acc-ties';
    const same = '2024-06-01T00:00:00Z';
    const made = await Promise.all(
      ['x', 'y', 'z'].map(async (name) => createdOn(await pipelines.create(account, { applicationId: 'app', name, description: null }), same)),
    );
    expect(await pipelines.ofApplications(account, ['app'], 10)).toEqual(byId(made));
  });

  it('counts one application\'s pipelines in one account', async () => {
    await pipelines.create('acc-count', { applicationId: 'app-1', name: 'one', description: null });
    await pipelines.create('acc-count', { applicationId: 'app-1', name: 'two', description: null });
    await pipelines.create('acc-count', { applicationId: 'app-2', name: 'one', description: null });
    await pipelines.create('acc-count-other', { applicationId: 'app-1', name: 'one', description: null });

    expect(await pipelines.countOfApplication('acc-count', 'app-1')).toBe(2);
    expect(await pipelines.countOfApplication('acc-count', 'app-2')).toBe(1);
    expect(await pipelines.countOfApplication('acc-count', 'app-3')).toBe(0);
    expect(await pipelines.countOfApplication('acc-count-other', 'app-1')).toBe(1);
  });

  it('finds a batch of ids in one call, skipping missing ids and other accounts\' pipelines', async () => {
    const one = await pipelines.create('acc-batch', { applicationId: 'app-1', name: 'one', description: null });
    const two = await pipelines.create('acc-batch', { applicationId: 'app-2', name: 'two', description: null });
    const foreign = await pipelines.create('acc-batch-other', { applicationId: 'app-1', name: 'one', description: null });

    expect(byId(await pipelines.byIds('acc-batch', [two.id, 'missing-id', foreign.id, one.id]))).toEqual(byId([one, two]));
    expect(await pipelines.byIds('acc-batch', [])).toEqual([]);
    expect(await pipelines.byIds('acc-batch-other', [one.id, two.id])).toEqual([]);
  });

  it('never shows another account\'s pipelines', async () => {
    const mine = await pipelines.create('acc-mine', { applicationId: 'app-shared', name: 'private', description: null });

    expect(await pipelines.byIds('acc-theirs', [mine.id])).toEqual([]);
    expect(await pipelines.byName('acc-theirs', 'app-shared', 'private')).toBeNull();
    expect(await pipelines.ofApplications('acc-theirs', ['app-shared'], 10)).toEqual([]);
    expect(await pipelines.countOfApplication('acc-theirs', 'app-shared')).toBe(0);
    expect(await pipelines.ofApplications('acc-mine', ['app-shared'], 10)).toEqual([mine]);
  });

  it('keeps names unique within an application, but not across applications or accounts', async () => {
    await pipelines.create('acc-unique', { applicationId: 'app-1', name: 'Same', description: null });
    const duplicate = await pipelines
      .create('acc-unique', { applicationId: 'app-1', name: 'Same', description: 'again' })
      .catch((e: unknown) => e);
    expect(isDuplicateKeyError(duplicate)).toBe(true);

    const otherApplication = await pipelines.create('acc-unique', { applicationId: 'app-2', name: 'Same', description: null });
    const otherAccount = await pipelines.create('acc-unique-other', { applicationId: 'app-1', name: 'Same', description: null });
    expect(await pipelines.byName('acc-unique', 'app-2', 'Same')).toEqual(otherApplication);
    expect(await pipelines.byName('acc-unique-other', 'app-1', 'Same')).toEqual(otherAccount);
    expect(await pipelines.countOfApplication('acc-unique', 'app-1')).toBe(1);
  });

  it('updates only the fields given, lists and counts under ANDed conditions, and removes, within the account', async () => {
    const stage = { id: 'st-1', name: 'run', type: 'WORKFLOW' as const, parallelWithPrevious: false, workflowId: 'wf-1', workflowVariables: [] };
    const one = await createdOn(await pipelines.create('acc-write', { applicationId: 'app-1', name: 'one', description: 'kept' }), '2024-01-01T00:00:00Z');
    const two = await createdOn(await pipelines.create('acc-write', { applicationId: 'app-2', name: 'two', description: null, stages: [stage] }), '2024-02-01T00:00:00Z');

    expect(await pipelines.update('acc-write-other', one.id, { name: 'hijacked' })).toBeNull();
    expect(await pipelines.update('acc-write', one.id, { name: 'uno' })).toMatchObject({ name: 'uno', description: 'kept' });
    expect((await pipelines.list('acc-write', [], 0, 10)).map((p) => p.name)).toEqual(['two', 'uno']);
    expect((await pipelines.list('acc-write', [{ applicationId: { $in: ['app-1'] } }], 0, 10)).map((p) => p.name)).toEqual(['uno']);
    expect(await pipelines.total('acc-write', [{ _id: { $in: [two.id] } }])).toBe(1);
    expect(await pipelines.countBy('acc-write', [], 'applicationId')).toEqual(new Map([['app-1', 1], ['app-2', 1]]));
    expect((await pipelines.usingWorkflow('acc-write', 'wf-1')).map((p) => p.id)).toEqual([two.id]);
    expect(await pipelines.usingWorkflow('acc-write-other', 'wf-1')).toEqual([]);

    expect(await pipelines.remove('acc-write-other', two.id)).toBe(false);
    expect(await pipelines.remove('acc-write', two.id)).toBe(true);
    expect(await pipelines.usingWorkflow('acc-write', 'wf-1')).toEqual([]);
  });
});

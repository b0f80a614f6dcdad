import { Schema, type Connection } from 'mongoose';
import { conflict } from '@fg/graphql-kit';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { isDuplicateKeyError } from './account-scoped.repository';
import { ensureIndexes } from './database';

/**
 * The store conformance spec: what the code relies on MongoDB 7 to do, checked against whatever MONGO_URL points at
 * (the embedded store in `npm test`, MongoDB in production-like runs). Any store the project runs on must pass it.
 */
describe('store conformance (MONGO_URL)', () => {
  let db: TestDatabase;
  const collection = <T extends { _id: string }>(name: string) => db.connection.db!.collection<T>(name);

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'conformance');
  });
  afterAll(() => db.drop());

  it('lets exactly one of 200 concurrent compare-and-set updates of one document win', async () => {
    const tasks = collection<{ _id: string; accountId: string; status: string; attempt: number; by?: string }>('cas');
    await tasks.insertOne({ _id: 'task-1', accountId: 'acc-a', status: 'QUEUED', attempt: 0 });

    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        tasks.updateOne(
          { _id: 'task-1', accountId: 'acc-a', status: 'QUEUED', attempt: 0 },
          { $set: { status: 'RUNNING', by: `worker-${i}` }, $inc: { attempt: 1 } },
        ),
      ),
    );

    const winners = results.flatMap((r, i) => (r.modifiedCount === 1 ? [`worker-${i}`] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.matchedCount === 0)).toHaveLength(199);
    expect(await tasks.findOne({ _id: 'task-1' })).toEqual({
      _id: 'task-1',
      accountId: 'acc-a',
      status: 'RUNNING',
      attempt: 1,
      by: winners[0],
    });
  });

  it('grants each of 50 queued documents to exactly one of 100 concurrent claims by status', async () => {
    const queue = collection<{ _id: string; status: string; by?: string }>('claims');
    await queue.insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: `job-${i}`, status: 'QUEUED' })));

    const grants = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        queue.findOneAndUpdate({ status: 'QUEUED' }, { $set: { status: 'CLAIMED', by: `claimer-${i}` } }, { returnDocument: 'after' }),
      ),
    );

    const granted = grants.filter((doc) => doc !== null);
    expect(granted).toHaveLength(50);
    expect(grants.filter((doc) => doc === null)).toHaveLength(50);
    expect(new Set(granted.map((doc) => doc._id)).size).toBe(50);
    // What each caller was told it won is what the store kept.
    const stored = await queue.find({}).toArray();
    expect(stored.every((doc) => doc.status === 'CLAIMED')).toBe(true);
    expect(new Map(stored.map((doc) => [doc._id, doc.by]))).toEqual(new Map(granted.map((doc) => [doc._id, doc.by])));
  });

  it('creates one document when 50 upserts of the same key race', async () => {
    const accounts = collection<{ _id: string; name: string; createdBy: string }>('upserts');

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        accounts.updateOne(
          { _id: 'demo-account' },
          { $setOnInsert: { name: 'Demo', createdBy: `starter-${i}` } },
          { upsert: true },
        ),
      ),
    );

    expect(results.filter((r) => r.upsertedCount === 1)).toHaveLength(1);
    expect(await accounts.countDocuments({})).toBe(1);
  });

  describe('a unique index', () => {
    type Named = { _id: string; accountId: string; name: string };
    let names: ReturnType<typeof collection<Named>>;

    beforeAll(async () => {
      names = collection<Named>('unique_names');
      await names.createIndex({ accountId: 1, name: 1 }, { unique: true });
      await names.insertMany([
        { _id: 'a', accountId: 'acc-a', name: 'alpha' },
        { _id: 'b', accountId: 'acc-a', name: 'beta' },
        { _id: 'c', accountId: 'acc-b', name: 'alpha' },
      ]);
    });

    const refusal = (write: Promise<unknown>) => write.then(() => 'accepted', (error: unknown) => error);
    const asClientError = (error: unknown) => (isDuplicateKeyError(error) ? conflict('already exists') : error);

    it.each([
      ['an insert', () => names.insertOne({ _id: 'd', accountId: 'acc-a', name: 'alpha' })],
      ['an update', () => names.updateOne({ _id: 'b', accountId: 'acc-a' }, { $set: { name: 'alpha' } })],
      [
        'a find-and-update',
        () => names.findOneAndUpdate({ _id: 'b', accountId: 'acc-a' }, { $set: { name: 'alpha' } }, { returnDocument: 'after' }),
      ],
    ])('refuses a duplicate from %s with code 11000, which maps to CONFLICT', async (_, write) => {
      const error = await refusal(write());

      expect(error).toMatchObject({ code: 11000 });
      expect(asClientError(error)).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(await names.find({ accountId: 'acc-a' }).sort({ _id: 1 }).toArray()).toEqual([
        { _id: 'a', accountId: 'acc-a', name: 'alpha' },
        { _id: 'b', accountId: 'acc-a', name: 'beta' },
      ]);
    });

    it('accepts the same name in another account', async () => {
      await names.updateOne({ _id: 'c', accountId: 'acc-b' }, { $set: { name: 'beta' } });
      expect(await names.findOne({ _id: 'c' })).toEqual({ _id: 'c', accountId: 'acc-b', name: 'beta' });
    });
  });

  describe('the indexes repositories declare', () => {
    // The shapes the repositories declare: unique compound, compound with a descending key and _id, an array field.
    const taskSchema = new Schema({ _id: String, accountId: String, status: String, createdAt: Date, selectors: [String] });
    taskSchema.index({ accountId: 1, status: 1, createdAt: -1, _id: 1 });
    taskSchema.index({ accountId: 1, selectors: 1 });
    const ownerSchema = new Schema({ _id: String, accountId: String, name: String, tokenHash: { type: String, unique: true } });
    ownerSchema.index({ accountId: 1, name: 1 }, { unique: true });

    const declared = (connection: Connection) =>
      Object.values(connection.models).flatMap((model) =>
        model.schema.indexes().map(([key, options]) => ({
          collection: model.collection.collectionName,
          key: Object.entries(key), // order matters in an index key
          unique: options.unique === true,
        })),
      );

    const present = async (connection: Connection, name: string) =>
      (await connection.db!.collection(name).listIndexes().toArray()).map((index) => ({
        collection: name,
        key: Object.entries(index.key as Record<string, number>),
        unique: index.unique === true,
      }));

    it('exist after start-up, and after a second start-up over the same data', async () => {
      const connection = db.connection.useDb(`${db.name}_indexes`);
      connection.model('Task', taskSchema);
      connection.model('Owner', ownerSchema);

      await ensureIndexes(connection);
      await ensureIndexes(connection);

      const expected = declared(connection);
      expect(expected).toHaveLength(4);
      const actual = [...(await present(connection, 'tasks')), ...(await present(connection, 'owners'))];
      for (const index of expected) expect(actual).toContainEqual(index);
      await connection.dropDatabase();
    });
  });
});

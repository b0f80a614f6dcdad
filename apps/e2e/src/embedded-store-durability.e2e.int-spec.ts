import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Connection } from 'mongoose';
import { openDatabase } from '@fg/tenancy';
import { startEmbeddedStoreRun, type EmbeddedStoreRun } from './embedded-store-process';
import { reservePort } from './ports';

// The durability contract of the embedded store (tools/embedded-store, README "Why this store"): every write it
// acknowledged survives a kill -9 of its process, and nothing it did not acknowledge is invented. It is about that
// program, so it starts its own store over a data folder of its own whatever MONGO_URL points at, and kills the JVM
// itself. Three runs of the store share the cases, since each start is a JVM start:
//   run 1: every kind of write, then kill -9 while inserts and updates are in flight;
//   run 2 (after the start-up compaction folded run 1 into a snapshot): everything is there; more writes, a last
//          insert alone, kill -9; then the files are damaged as a crash can leave them (the last journal record torn,
//          the previous generation's journal still there, a half-written snapshot.bson.tmp);
//   run 3: everything acknowledged before the torn record is there, the torn record is not.

const DB = 'durability';
const DROPPED_DB = 'durability_dropped';
const RECREATED_DB = 'durability_recreated';
const TORN_ID = 'torn-marker';

// The driver's own client under the tenancy lib's connection: the spec needs several databases and dropDatabase.
type Client = ReturnType<Connection['getClient']>;
type Db = ReturnType<Client['db']>;

interface Item {
  _id: string;
  n: number;
  body: string;
  updated?: boolean;
  phase?: number;
}
interface Counter {
  _id: string;
  version: number;
  winners: string[];
}
interface Gate {
  _id: string;
  state: 'OPEN' | 'TAKEN';
  by?: string;
}
interface Task {
  _id: string;
  status: 'QUEUED' | 'CLAIMED';
  by?: string;
}
interface Hits {
  _id: string;
  n: number;
  by: string[];
}
interface InFlight {
  _id: string;
  loop: number;
  k: number;
  body: string;
}
interface Named {
  _id: string;
  name?: string;
  email?: string;
  createdAt?: Date;
}

/** What the store acknowledged (or, for writes in flight at a kill, what it may hold), as the spec goes. */
interface Expected {
  items: Map<string, Item>;
  /** The tag of the compare-and-set that moved the counter from version i to i + 1, at index i. */
  counterWinners: string[];
  gateWinner?: string;
  claims: Map<string, string>;
  emails: Set<string>;
  /** Inserts and increments in flight at run 1's kill: sent, and acknowledged. */
  inFlight: { sent: Map<string, InFlight>; acknowledged: Set<string> };
  hits: { sent: Set<string>; acknowledged: Set<string> };
  /** What run 2 found of them: from then on exactly that. */
  inFlightKept?: InFlight[];
  hitsKept?: Hits;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const body = (label: string) => `${label} `.padEnd(120, '.');
const byId = <T extends { _id: string }>(docs: T[]) => [...docs].sort((a, b) => a._id.localeCompare(b._id));

function connect(store: EmbeddedStoreRun): Promise<Connection> {
  return openDatabase(store.url, DB);
}

/** Concurrent inserts, updates, upserts and deletes of `items`; `expected` follows each acknowledgement. */
async function writeItems(db: Db, expected: Expected): Promise<void> {
  const items = db.collection<Item>('items');
  await Promise.all(
    range(300).map(async (i) => {
      const item: Item = { _id: `item-${i}`, n: i, body: body(`item ${i}`) };
      await items.insertOne(item);
      expected.items.set(item._id, item);
      if (i % 3 === 0) {
        const updated = await items.updateOne({ _id: item._id }, { $set: { updated: true }, $inc: { n: 1000 } });
        expect(updated.modifiedCount).toBe(1);
        expected.items.set(item._id, { ...item, n: i + 1000, updated: true });
      }
      if (i % 5 === 0) {
        const deleted = await items.deleteOne({ _id: item._id });
        expect(deleted.deletedCount).toBe(1);
        expected.items.delete(item._id);
      }
    }),
  );
  await Promise.all(
    range(20).map(async (i) => {
      const upserted = await items.updateOne({ _id: `up-${i}` }, { $setOnInsert: { n: i, body: body(`upsert ${i}`) } }, { upsert: true });
      expect(upserted.upsertedCount).toBe(1);
      expected.items.set(`up-${i}`, { _id: `up-${i}`, n: i, body: body(`upsert ${i}`) });
    }),
  );
}

/** Compare-and-set increments of one document's version by concurrent workers, each win recorded at its version. */
async function casCounter(db: Db, expected: Expected, label: string, workers: number, attempts: number): Promise<void> {
  const counters = db.collection<Counter>('counters');
  let wins = 0;
  await Promise.all(
    range(workers).map(async (worker) => {
      for (let attempt = 0; attempt < attempts; attempt += 1) {
        const current = await counters.findOne({ _id: 'counter' });
        if (!current) throw new Error('the counter is missing');
        const tag = `${label}-w${worker}-a${attempt}`;
        const cas = await counters.updateOne(
          { _id: 'counter', version: current.version },
          { $set: { version: current.version + 1 }, $push: { winners: tag } },
        );
        if (cas.modifiedCount === 1) {
          wins += 1;
          expected.counterWinners[current.version] = tag;
        }
      }
    }),
  );
  // One winner per version: had two updates both won at one version, a slot would have been written twice.
  expect(expected.counterWinners.filter(Boolean)).toHaveLength(expected.counterWinners.length);
  expect(wins).toBeGreaterThan(0);
}

async function writeRunOne(client: Client, expected: Expected): Promise<void> {
  const db = client.db(DB);
  await db.collection<Counter>('counters').insertOne({ _id: 'counter', version: 0, winners: [] });
  await db.collection<Gate>('gates').insertOne({ _id: 'gate', state: 'OPEN' });
  await db.collection<Task>('tasks').insertMany(range(40).map((i) => ({ _id: `task-${i}`, status: 'QUEUED' as const })));

  const tasks = db.collection<Task>('tasks');
  const gates = db.collection<Gate>('gates');
  await Promise.all([
    writeItems(db, expected),
    casCounter(db, expected, 'run1', 20, 10),
    // 100 callers race for one transition: exactly one is told it won.
    (async () => {
      const outcomes = await Promise.all(
        range(100).map(async (i) => ({ by: `gate-${i}`, won: (await gates.updateOne({ _id: 'gate', state: 'OPEN' }, { $set: { state: 'TAKEN', by: `gate-${i}` } })).modifiedCount === 1 })),
      );
      const winners = outcomes.filter((o) => o.won);
      expect(winners).toHaveLength(1);
      expected.gateWinner = winners[0].by;
    })(),
    // 60 claims over 40 queued tasks: 40 grants, each of a distinct task.
    (async () => {
      const grants = await Promise.all(
        range(60).map(async (i) => {
          const claimed = await tasks.findOneAndUpdate({ status: 'QUEUED' }, { $set: { status: 'CLAIMED', by: `claimer-${i}` } }, { returnDocument: 'after' });
          return claimed ? { task: claimed._id, by: `claimer-${i}` } : undefined;
        }),
      );
      for (const grant of grants) if (grant) expected.claims.set(grant.task, grant.by);
      expect(grants.filter(Boolean)).toHaveLength(40);
      expect(expected.claims.size).toBe(40);
    })(),
  ]);

  // A unique index refusing duplicates, and a TTL index (its documents far from expiry).
  const users = db.collection<Named>('users');
  await users.createIndex({ email: 1 }, { unique: true, name: 'email_unique' });
  await users.insertMany([{ _id: 'alice', email: 'alice@example.com' }, { _id: 'bob', email: 'bob@example.com' }]);
  expected.emails = new Set(['alice@example.com', 'bob@example.com']);
  const sessions = db.collection<Named>('sessions');
  await sessions.createIndex({ createdAt: 1 }, { expireAfterSeconds: 3600, name: 'createdAt_ttl' });
  await sessions.insertOne({ _id: 'session-1', createdAt: new Date() });

  // A dropped collection, a dropped and recreated collection, a renamed collection, dropped databases.
  await db.collection<Named>('scratch').insertMany(range(5).map((i) => ({ _id: `scratch-${i}` })));
  expect(await db.collection('scratch').drop()).toBe(true);
  await db.collection<Named>('recreated').insertMany([{ _id: 'a' }, { _id: 'b' }]);
  await db.collection('recreated').drop();
  await db.collection<Named>('recreated').insertOne({ _id: 'c' });
  await db.collection<Named>('before_rename').insertMany(range(5).map((i) => ({ _id: `renamed-${i}`, name: `renamed ${i}` })));
  await db.collection('before_rename').rename('after_rename');
  await client.db(DROPPED_DB).collection<Named>('things').insertMany(range(5).map((i) => ({ _id: `thing-${i}` })));
  expect(await client.db(DROPPED_DB).dropDatabase()).toBe(true);
  await client.db(RECREATED_DB).collection<Named>('things').insertOne({ _id: 'x' });
  await client.db(RECREATED_DB).dropDatabase();
  await client.db(RECREATED_DB).collection<Named>('things').insertOne({ _id: 'y' });
}

/**
 * Inserts and increments from several connections, running until the store dies under them: each loop sends its next
 * write once the previous one is answered, so at the kill each has at most one write in flight.
 */
function writeUntilKilled(db: Db, expected: Expected): Promise<void> {
  const inFlight = db.collection<InFlight>('in_flight');
  const hits = db.collection<Hits>('hits');
  const insertLoop = async (loop: number) => {
    for (let k = 0; ; k += 1) {
      const doc: InFlight = { _id: `flight-${loop}-${k}`, loop, k, body: body(`in flight ${loop}/${k}`) };
      expected.inFlight.sent.set(doc._id, doc);
      try {
        await inFlight.insertOne(doc);
      } catch {
        return;
      }
      expected.inFlight.acknowledged.add(doc._id);
    }
  };
  const hitLoop = async (loop: number) => {
    for (let k = 0; ; k += 1) {
      const tag = `hit-${loop}-${k}`;
      expected.hits.sent.add(tag);
      try {
        await hits.updateOne({ _id: 'hits' }, { $inc: { n: 1 }, $push: { by: tag } });
      } catch {
        return;
      }
      expected.hits.acknowledged.add(tag);
    }
  };
  return Promise.all([...range(8).map(insertLoop), ...range(4).map(hitLoop)]).then(() => undefined);
}

async function until(check: () => boolean): Promise<void> {
  // Bounded only to turn a hang into a failure.
  for (let attempt = 0; attempt < 600 && !check(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 50));
  if (!check()) throw new Error('the condition never held');
}

async function expectItemsAndStateMachines(db: Db, expected: Expected): Promise<void> {
  const items = await db.collection<Item>('items').find().toArray();
  expect(byId(items)).toEqual(byId([...expected.items.values()]));

  expect(await db.collection<Counter>('counters').findOne({ _id: 'counter' })).toEqual({
    _id: 'counter',
    version: expected.counterWinners.length,
    winners: expected.counterWinners,
  });
  expect(await db.collection<Gate>('gates').findOne({ _id: 'gate' })).toEqual({ _id: 'gate', state: 'TAKEN', by: expected.gateWinner });
  const tasks = await db.collection<Task>('tasks').find().toArray();
  expect(byId(tasks)).toEqual(byId([...expected.claims].map(([task, by]) => ({ _id: task, status: 'CLAIMED', by }))));
}

/** Writes in flight at the kill: every acknowledged one kept, the rest kept or not, nothing else, nothing altered. */
async function expectInFlightWrites(db: Db, expected: Expected): Promise<void> {
  const kept = await db.collection<InFlight>('in_flight').find().toArray();
  const keptIds = new Set(kept.map((doc) => doc._id));
  expect([...expected.inFlight.acknowledged].filter((id) => !keptIds.has(id))).toEqual([]);
  for (const doc of kept) expect(doc).toEqual(expected.inFlight.sent.get(doc._id));
  expect(kept.length).toBeLessThanOrEqual(expected.inFlight.sent.size);

  const hits = await db.collection<Hits>('hits').findOne({ _id: 'hits' });
  if (!hits) throw new Error('the hits document is missing');
  expect([...expected.hits.acknowledged].filter((tag) => !hits.by.includes(tag))).toEqual([]);
  expect(hits.by.filter((tag) => !expected.hits.sent.has(tag))).toEqual([]);
  expect(new Set(hits.by).size).toBe(hits.by.length);
  expect(hits.n).toBe(hits.by.length);

  if (expected.inFlightKept && expected.hitsKept) {
    expect(byId(kept)).toEqual(byId(expected.inFlightKept));
    expect(hits).toEqual(expected.hitsKept);
  } else {
    expected.inFlightKept = kept;
    expected.hitsKept = hits;
  }
}

async function expectIndexes(db: Db, expected: Expected, newcomer: string): Promise<void> {
  const users = db.collection<Named>('users');
  expect(await users.indexes()).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: 'email_unique', key: { email: 1 }, unique: true })]),
  );
  for (const email of expected.emails) {
    await expect(users.insertOne({ _id: `again-${email}`, email })).rejects.toMatchObject({ code: 11000 });
  }
  await users.insertOne({ _id: newcomer, email: `${newcomer}@example.com` });
  expected.emails.add(`${newcomer}@example.com`);
  expect(new Set((await users.find().toArray()).map((user) => user.email))).toEqual(expected.emails);

  const sessions = db.collection<Named>('sessions');
  expect(await sessions.indexes()).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: 'createdAt_ttl', key: { createdAt: 1 }, expireAfterSeconds: 3600 })]),
  );
  expect(await sessions.countDocuments({ _id: 'session-1' })).toBe(1);
}

async function expectDropsAndRenames(client: Client): Promise<void> {
  const db = client.db(DB);
  const collections = (await db.listCollections().toArray()).map((c) => c.name);
  expect(collections).toEqual(expect.arrayContaining(['after_rename', 'recreated']));
  expect(collections).not.toContain('scratch');
  expect(collections).not.toContain('before_rename');
  expect(await db.collection('scratch').countDocuments()).toBe(0);
  expect(await db.collection('before_rename').countDocuments()).toBe(0);
  expect(byId(await db.collection<Named>('after_rename').find().toArray())).toEqual(
    range(5).map((i) => ({ _id: `renamed-${i}`, name: `renamed ${i}` })),
  );
  expect(await db.collection<Named>('recreated').find().toArray()).toEqual([{ _id: 'c' }]);

  const databases = (await client.db('admin').admin().listDatabases()).databases.map((d) => d.name);
  expect(databases).toContain(RECREATED_DB);
  expect(databases).not.toContain(DROPPED_DB);
  expect(await client.db(DROPPED_DB).collection('things').countDocuments()).toBe(0);
  expect(await client.db(RECREATED_DB).collection<Named>('things').find().toArray()).toEqual([{ _id: 'y' }]);
}

/** The journal's records (each a BSON document, which starts with its length, and its CRC-32C). */
function journalRecords(file: string): Buffer[] {
  const bytes = readFileSync(file);
  const records = [];
  for (let start = 0; start < bytes.length; ) {
    const length = start + 4 <= bytes.length ? bytes.readInt32LE(start) : 0;
    const end = start + length + 4;
    if (length < 5 || end > bytes.length) throw new Error(`${file} has an incomplete record at ${start}`);
    records.push(bytes.subarray(start, end));
    start = end;
  }
  return records;
}

function journalsIn(storeDir: string): string[] {
  return readdirSync(storeDir).filter((name) => /^journal-\d+\.bson$/.test(name));
}

describe('the embedded store keeps every acknowledged write across kill -9 (its own store, whatever MONGO_URL says)', () => {
  let dataDir: string;
  let port: number;
  let store: EmbeddedStoreRun | undefined;
  let connection: Connection | undefined;
  let client: Client | undefined;
  const expected: Expected = {
    items: new Map(),
    counterWinners: [],
    claims: new Map(),
    emails: new Set(),
    inFlight: { sent: new Map(), acknowledged: new Set() },
    hits: { sent: new Set(), acknowledged: new Set() },
  };
  let previousJournal: { name: string; copy: string } | undefined;

  async function restart(): Promise<Db> {
    if (!store) throw new Error('no store run to restart after');
    const runBefore = store;
    store = undefined;
    store = await startEmbeddedStoreRun(dataDir, port);
    expect(store.javaPid).not.toBe(runBefore.javaPid);
    connection = await connect(store);
    client = connection.getClient();
    return client.db(DB);
  }

  async function kill9(): Promise<void> {
    if (!store) throw new Error('no store running');
    const exit = await store.kill9();
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
    await connection?.close(true);
    connection = undefined;
    client = undefined;
  }

  // The first start may build the store (Maven fetching its jars), and its JVM starts slowly on a loaded machine.
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'fg-store-durability-'));
    port = await reservePort();
    store = await startEmbeddedStoreRun(dataDir, port);
    connection = await connect(store);
    client = connection.getClient();
  }, 300_000);

  afterAll(async () => {
    await connection?.close(true);
    await store?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged insert, update, upsert, delete, compare-and-set and claim across kill -9, and invents nothing that was in flight', async () => {
    if (!client) throw new Error('no client');
    const db = client.db(DB);
    await writeRunOne(client, expected);
    await db.collection<Hits>('hits').insertOne({ _id: 'hits', n: 0, by: [] });

    const inFlight = writeUntilKilled(db, expected);
    await until(() => expected.inFlight.acknowledged.size >= 100 && expected.hits.acknowledged.size >= 40);
    await kill9();
    await inFlight;
    // Kept to put back after the next run: the state a crash between a compaction's snapshot and its journal deletion leaves.
    const [journal, ...others] = journalsIn(join(dataDir, 'store'));
    expect(others).toEqual([]);
    previousJournal = { name: journal, copy: join(dataDir, `kept-${journal}`) };
    copyFileSync(join(dataDir, 'store', journal), previousJournal.copy);

    const restarted = await restart();
    await expectItemsAndStateMachines(restarted, expected);
    await expectInFlightWrites(restarted, expected);
  }, 180_000);

  it('keeps a unique index that still refuses a duplicate with 11000, and a TTL index with its expireAfterSeconds, across kill -9', async () => {
    if (!client) throw new Error('no client');
    await expectIndexes(client.db(DB), expected, 'carol');
  });

  it('keeps dropped collections and databases dropped and a renamed collection renamed across kill -9', async () => {
    if (!client) throw new Error('no client');
    await expectDropsAndRenames(client);
  });

  it('keeps writes acknowledged after the start-up compaction across kill -9, and ignores a torn last journal record and the files a crash mid-compaction leaves', async () => {
    if (!client || !store || !previousJournal) throw new Error('the first case did not run');
    const db = client.db(DB);
    const storeDir = store.storeDir;
    // Run 1 now lives in the snapshot this run's start wrote, and its journal is gone: change what is in the snapshot.
    expect(journalsIn(storeDir)).not.toContain(previousJournal.name);
    const items = db.collection<Item>('items');
    const snapshotted = [...expected.items.keys()].sort();
    await Promise.all([
      ...snapshotted.slice(0, 15).map(async (id) => {
        expect((await items.deleteOne({ _id: id })).deletedCount).toBe(1);
        expected.items.delete(id);
      }),
      ...snapshotted.slice(15, 30).map(async (id) => {
        expect((await items.updateOne({ _id: id }, { $set: { phase: 2 } })).modifiedCount).toBe(1);
        expected.items.set(id, { ...(expected.items.get(id) as Item), phase: 2 });
      }),
      ...range(30).map(async (i) => {
        const item: Item = { _id: `late-${i}`, n: i, body: body(`late ${i}`) };
        await items.insertOne(item);
        expected.items.set(item._id, item);
      }),
      casCounter(db, expected, 'run2', 5, 4),
    ]);
    // The last write, alone: its record is the journal's last, the one a crash tears.
    await items.insertOne({ _id: TORN_ID, n: -1, body: body('torn') });
    await kill9();

    const [journal, ...others] = journalsIn(storeDir);
    expect(others).toEqual([]);
    const records = journalRecords(join(storeDir, journal));
    // The last record is the marker's insert: a put ("o": "p") into items of a document named by it.
    const last = records[records.length - 1];
    for (const part of ['\x02o\x00\x02\x00\x00\x00p\x00', 'items', TORN_ID]) expect(last.includes(Buffer.from(part, 'latin1'))).toBe(true);
    const journalBytes = records.reduce((total, record) => total + record.length, 0);
    truncateSync(join(storeDir, journal), journalBytes - 3);
    copyFileSync(previousJournal.copy, join(storeDir, previousJournal.name));
    const snapshot = readFileSync(join(storeDir, 'snapshot.bson'));
    writeFileSync(join(storeDir, 'snapshot.bson.tmp'), snapshot.subarray(0, Math.floor(snapshot.length / 2)));

    const restarted = await restart();
    expect(await restarted.collection<Item>('items').findOne({ _id: TORN_ID })).toBeNull();
    await expectItemsAndStateMachines(restarted, expected);
    await expectInFlightWrites(restarted, expected);
    await expectIndexes(restarted, expected, 'dave');
    if (!client) throw new Error('no client');
    await expectDropsAndRenames(client);
    // The start-up compaction replaced the damaged files rather than appending to them.
    const journalsNow = journalsIn(storeDir);
    expect(journalsNow).toHaveLength(1);
    expect(journalsNow).not.toContain(journal);
    expect(journalsNow).not.toContain(previousJournal.name);
  }, 180_000);
});

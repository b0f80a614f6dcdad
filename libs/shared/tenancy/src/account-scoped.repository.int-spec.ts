import { Schema, type Connection } from 'mongoose';
import { generateSecret, hashSecret } from '@fg/hashed-secrets';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned } from './account-scoped.repository';
import { ensureIndexes } from './database';
import { newId } from './ids';

interface NoteDoc extends AccountOwned {
  title: string;
}

const noteSchema = new Schema<NoteDoc>({
  _id: { type: String, default: newId },
  accountId: { type: String, required: true },
  title: { type: String, required: true },
});
// Serves the title lookups below; unique per account only.
noteSchema.index({ accountId: 1, title: 1 }, { unique: true });

class NoteRepository extends AccountScopedRepository<NoteDoc, { id: string; title: string }> {
  constructor(connection: Connection) {
    super(connection.model<NoteDoc>('Note', noteSchema));
  }
  protected toEntity(doc: NoteDoc) {
    return { id: doc._id, title: doc.title };
  }
  create = (accountId: string, title: string) => this.insert(accountId, { _id: newId(), title });
  byTitle = (accountId: string, title: string) => this.findOne(accountId, { title });
  byId = (accountId: string, id: string) => this.findOne(accountId, { _id: id });
  list = (accountId: string) => this.findMany(accountId, {}, { offset: 0, count: 10, sort: { title: 1 } });
  total = (accountId: string) => this.count(accountId, {});
  rename = (accountId: string, id: string, title: string) => this.updateOne(accountId, { _id: id }, { $set: { title } });
  remove = (accountId: string, id: string) => this.deleteOne(accountId, { _id: id });
  removeTitled = (accountId: string, titles: string[]) => this.deleteMany(accountId, { title: { $in: titles } });
}

interface KeyDoc extends AccountOwned {
  keyHash: string;
}

const keySchema = new Schema<KeyDoc>({
  _id: { type: String, default: newId },
  accountId: { type: String, required: true },
  keyHash: { type: String, required: true },
});
// Serves bySecret below: the presented key decides the account.
keySchema.index({ keyHash: 1 }, { unique: true });

class KeyRepository extends AccountScopedRepository<KeyDoc, { id: string; accountId: string }> {
  constructor(connection: Connection) {
    super(connection.model<KeyDoc>('Key', keySchema));
  }
  protected toEntity(doc: KeyDoc) {
    return { id: doc._id, accountId: doc.accountId };
  }
  create = (accountId: string, key: string) => this.insert(accountId, { _id: newId(), keyHash: hashSecret(key) });
  bySecret = (key: string) => this.findOneBySecret('keyHash', key, 'the presented key decides the account');
}

describe('AccountScopedRepository (real store)', () => {
  let db: TestDatabase;
  let notes: NoteRepository;
  let keys: KeyRepository;

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'tenancy');
    notes = new NoteRepository(db.connection);
    keys = new KeyRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('never returns, changes or deletes another account\'s documents', async () => {
    const mine = await notes.create('acc-a', 'plan');
    await notes.create('acc-b', 'other');

    expect(await notes.byId('acc-b', mine.id)).toBeNull();
    expect(await notes.byTitle('acc-a', 'plan')).toEqual(mine);
    expect((await notes.list('acc-a')).map((n) => n.title)).toEqual(['plan']);
    expect(await notes.total('acc-b')).toBe(1);
    expect(await notes.rename('acc-b', mine.id, 'stolen')).toBeNull();
    expect(await notes.remove('acc-b', mine.id)).toBe(false);
    expect(await notes.byId('acc-a', mine.id)).toEqual({ id: mine.id, title: 'plan' });
  });

  it('deletes many documents of one account only, saying how many went', async () => {
    await notes.create('acc-g', 'draft-1');
    await notes.create('acc-g', 'draft-2');
    await notes.create('acc-g', 'final');
    await notes.create('acc-h', 'draft-1');

    expect(await notes.removeTitled('acc-g', ['draft-1', 'draft-2'])).toBe(2);
    expect((await notes.list('acc-g')).map((n) => n.title)).toEqual(['final']);
    expect((await notes.list('acc-h')).map((n) => n.title)).toEqual(['draft-1']);
    expect(await notes.removeTitled('acc-g', ['draft-1', 'draft-2'])).toBe(0);
  });

  it('keeps names unique per account through the index', async () => {
    await notes.create('acc-c', 'same');
    await notes.create('acc-d', 'same');
    const duplicate = await notes.create('acc-c', 'same').catch((error: unknown) => error);
    expect(isDuplicateKeyError(duplicate)).toBe(true);
  });

  it('finds the owner of a presented secret across accounts, by its hash only', async () => {
    const key = generateSecret();
    const stored = await keys.create('acc-e', key);
    await keys.create('acc-f', generateSecret());

    expect(await keys.bySecret(key)).toEqual({ id: stored.id, accountId: 'acc-e' });
    expect(await keys.bySecret(hashSecret(key))).toBeNull();
    expect(await keys.bySecret(generateSecret())).toBeNull();
  });
});

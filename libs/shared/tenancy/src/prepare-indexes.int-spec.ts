import { Schema } from 'mongoose';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { prepareIndexes } from './database';

interface Ticket {
  _id: string;
  accountId: string;
  number: number;
  openedAt: Date;
}

function ticketSchema(): Schema<Ticket> {
  const schema = new Schema<Ticket>({ _id: String, accountId: String, number: Number, openedAt: Date });
  schema.index({ accountId: 1, number: 1 }, { unique: true });
  schema.index({ openedAt: 1 }, { expireAfterSeconds: 3_600 });
  return schema;
}

function warnings() {
  const lines: Array<{ details: object; message: string }> = [];
  return { lines, logger: { warn: (details: object, message: string) => void lines.push({ details, message }) } };
}

/** The collection's indexes but `_id`'s; none when the collection does not exist. */
async function indexKeys(db: TestDatabase): Promise<string[]> {
  const indexes = await db.connection.db!.collection('tickets').indexes().catch((error: { codeName?: string }) => {
    if (error.codeName === 'NamespaceNotFound') return [];
    throw error;
  });
  return indexes.map((index) => JSON.stringify(index.key)).filter((key) => key !== '{"_id":1}').sort();
}

describe('prepareIndexes (real store)', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'prepidx');
    db.connection.model('Ticket', ticketSchema(), 'tickets');
  });
  afterEach(() => db.drop());

  it('builds every declared index by default, and warns of nothing', async () => {
    const { lines, logger } = warnings();
    await prepareIndexes(db.connection, true, logger);
    expect(await indexKeys(db)).toEqual(['{"accountId":1,"number":1}', '{"openedAt":1}']);
    expect(lines).toEqual([]);
  });

  it('builds none when told not to, and names each missing one', async () => {
    const { lines, logger } = warnings();
    await prepareIndexes(db.connection, false, logger);
    expect(await indexKeys(db)).toEqual([]);
    expect(lines.map(({ details }) => details)).toEqual([
      { collection: 'tickets', keys: { accountId: 1, number: 1 } },
      { collection: 'tickets', keys: { openedAt: 1 } },
    ]);
    expect(lines[0].message).toContain('MONGO_BUILD_INDEXES');
  });

  it('warns only of the indexes still missing once an operator built the others', async () => {
    await db.connection.db!.collection('tickets').createIndex({ accountId: 1, number: 1 }, { unique: true });
    const { lines, logger } = warnings();
    await prepareIndexes(db.connection, false, logger);
    expect(await indexKeys(db)).toEqual(['{"accountId":1,"number":1}']);
    expect(lines.map(({ details }) => details)).toEqual([{ collection: 'tickets', keys: { openedAt: 1 } }]);
  });
});

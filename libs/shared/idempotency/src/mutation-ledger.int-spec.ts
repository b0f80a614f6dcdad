import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError } from '@fg/graphql-kit';
import { ensureIndexes } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { MutationLedger, type MutationKey } from './mutation-ledger';

const key = (clientMutationId: string, overrides: Partial<MutationKey> = {}): MutationKey => ({
  accountId: 'acc-1',
  principal: { kind: 'apiKey', id: 'k1' },
  mutation: 'createThing',
  clientMutationId,
  ...overrides,
});

describe('MutationLedger (real store)', () => {
  let db: TestDatabase;
  let ledger: MutationLedger;

  beforeAll(async () => {
    db = await testDatabase((await testServices()).mongoUrl, 'idempotency');
    ledger = new MutationLedger(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  it('runs a mutation once and replays its answer to a retry', async () => {
    let runs = 0;
    const execute = async () => ({ clientMutationId: 'c1', thing: { id: `t${++runs}`, createdAt: 1_700_000_000_000 } });
    const first = await ledger.run(key('c1'), { input: { name: 'a' } }, execute);
    const retry = await new MutationLedger(db.connection).run(key('c1'), { input: { name: 'a' } }, execute);
    expect(runs).toBe(1);
    expect(retry).toEqual(first);
    expect(first).toEqual({ clientMutationId: 'c1', thing: { id: 't1', createdAt: 1_700_000_000_000 } });
  });

  it('treats the same input in another key order as the same input', async () => {
    let runs = 0;
    await ledger.run(key('c2'), { input: { a: 1, b: { c: 2, d: 3 } } }, () => ++runs);
    expect(await ledger.run(key('c2'), { input: { b: { d: 3, c: 2 }, a: 1 } }, () => ++runs)).toBe(1);
    expect(runs).toBe(1);
  });

  it('refuses the same clientMutationId with other input as CONFLICT, and runs nothing', async () => {
    let runs = 0;
    await ledger.run(key('c3'), { input: { name: 'a' } }, () => ++runs);
    const refused = await ledger.run(key('c3'), { input: { name: 'b' } }, () => ++runs).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).extensions.code).toBe('CONFLICT');
    expect((refused as ApiError).message).toContain('"c3" was already used for a createThing with different input');
    expect(runs).toBe(1);
  });

  it('keeps keys apart by account, principal and mutation', async () => {
    let runs = 0;
    const input = { input: { name: 'same' } };
    await ledger.run(key('c4'), input, () => ++runs);
    await ledger.run(key('c4', { accountId: 'acc-2' }), input, () => ++runs);
    await ledger.run(key('c4', { principal: { kind: 'user', id: 'k1' } }), input, () => ++runs);
    await ledger.run(key('c4', { mutation: 'updateThing' }), input, () => ++runs);
    expect(runs).toBe(4);
  });

  it('lets concurrent duplicates, in this process and in another, wait for the first and share its answer', async () => {
    let runs = 0;
    const slow = async () => {
      runs += 1;
      await sleep(200);
      return { id: 'only' };
    };
    const otherProcess = new MutationLedger(db.connection);
    const answers = await Promise.all([
      ...Array.from({ length: 50 }, () => ledger.run(key('c5'), { input: {} }, slow)),
      ...Array.from({ length: 50 }, () => otherProcess.run(key('c5'), { input: {} }, slow)),
    ]);
    expect(runs).toBe(1);
    expect(new Set(answers.map((answer) => JSON.stringify(answer)))).toEqual(new Set(['{"id":"only"}']));
  });

  it('stores nothing for a failed run, so a retry runs again', async () => {
    let runs = 0;
    const failing = ledger.run(key('c6'), { input: {} }, () => {
      runs += 1;
      throw new ApiError('BAD_USER_INPUT', 'nope');
    });
    await expect(failing).rejects.toThrow('nope');
    expect(await ledger.run(key('c6'), { input: {} }, () => ++runs)).toBe(2);
  });

  it('takes over a key whose holder died, and forgets expired answers', async () => {
    const shortLived = new MutationLedger(db.connection, { lockMs: 50, retentionMs: 300 });
    // A holder that never finishes: its lock lapses and the next caller runs the mutation.
    void shortLived.run(key('c7'), { input: {} }, () => new Promise(() => undefined));
    await sleep(100);
    expect(await new MutationLedger(db.connection, { lockMs: 50 }).run(key('c7'), { input: {} }, () => 'second')).toBe('second');

    let runs = 0;
    await shortLived.run(key('c8'), { input: {} }, () => ++runs);
    await sleep(350);
    expect(await shortLived.run(key('c8'), { input: {} }, () => ++runs)).toBe(2);
  });
});

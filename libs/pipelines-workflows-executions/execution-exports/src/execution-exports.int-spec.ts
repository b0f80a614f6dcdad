import { setTimeout as sleep } from 'node:timers/promises';
import { ensureIndexes } from '@fg/tenancy';
import { RollingQuota, createLimiterRedis, loadLimitsConfig } from '@fg/rate-limits';
import { testDatabase, testPrincipal, testRedis, testServices, type TestDatabase, type TestRedis } from '@fg/testing';
import { verifyLink, type Principal } from '@fg/internal-auth';
import type Redis from 'ioredis';
import { EXPORT_LIMIT_REACHED, EXPORT_LINK_PURPOSE, ExecutionExports, type ExportView } from './execution-exports';
import { ExecutionExportRepository } from './execution-export.repository';
import type { ExecutionRow, ExecutionRowSource } from './execution-row.source';

const SECRET = 's'.repeat(40);

const principal = (accountId: string, fields: Partial<Principal>): Principal => ({ ...testPrincipal(accountId), ...fields });

// The executions engine's source, reduced to what an export relies on: filtered rows, paged, newest first.
class RowsByStatus implements ExecutionRowSource {
  readonly seen: Principal[] = [];
  constructor(private readonly rows: ExecutionRow[]) {}
  async page(principal: Principal, filters: readonly Record<string, unknown>[], offset: number, count: number): Promise<ExecutionRow[]> {
    this.seen.push(principal);
    const statuses = filters.flatMap((filter) => ((filter.status as { values?: string[] } | undefined)?.values ?? []));
    const matching = statuses.length ? this.rows.filter((row) => statuses.includes(row.status as string)) : this.rows;
    return matching.slice(offset, offset + count);
  }
}

let db: TestDatabase;
let scratch: TestRedis;
let limiterRedis: Redis;
let redisUrl: string;
const opened: ExecutionExports[] = [];

beforeAll(async () => {
  const services = await testServices();
  redisUrl = services.redisUrl;
  db = await testDatabase(services.mongoUrl, 'exports');
  scratch = await testRedis(redisUrl);
  limiterRedis = createLimiterRedis(redisUrl);
});
afterAll(async () => {
  await Promise.all(opened.map((exports) => exports.close()));
  limiterRedis.disconnect();
  await scratch.cleanup();
  await db.drop();
});

function open(env: Record<string, string> = {}, maxExecutions = 10_000): ExecutionExports {
  const repository = new ExecutionExportRepository(db.connection);
  const exports = new ExecutionExports({
    exports: repository,
    quota: new RollingQuota(limiterRedis, { keyPrefix: `${scratch.prefix}quota:`, reservationTtlMs: 3_600_000 }),
    limits: loadLimitsConfig(env),
    redisUrl,
    // A queue per instance, so that one test's worker never takes another's jobs.
    keyPrefix: `${scratch.prefix}${opened.length}:`,
    publicUrl: 'https://cd.example.com/',
    signingSecret: SECRET,
    retentionMs: 86_400_000,
    maxExecutions,
  });
  opened.push(exports);
  return exports;
}

async function until(read: () => Promise<ExportView | null>, done: (view: ExportView) => boolean): Promise<ExportView> {
  for (let i = 0; i < 400; i++) {
    const view = await read();
    if (view && done(view)) return view;
    await sleep(25);
  }
  throw new Error('the export did not finish');
}

async function text(parts: AsyncGenerator<string> | null): Promise<string> {
  let all = '';
  for await (const part of parts ?? []) all += part;
  return all;
}

const rows = Array.from({ length: 1_234 }, (_, i) => ({ id: `exec-${i}`, status: i % 3 === 0 ? 'FAILED' : 'SUCCESS' }));

beforeAll(async () => {
  open();
  await ensureIndexes(db.connection);
});

describe('execution exports', () => {
  it('queues an export with signed links, and a worker writes the matching executions as one JSON file', async () => {
    const exports = open();
    const source = new RowsByStatus(rows);
    exports.startWorker(source, (error) => { throw error; });
    const owner = principal('acc-export', { kind: 'user', id: 'u-1' });
    const filters = [{ status: { operator: 'IN', values: ['FAILED'] } }];

    const queued = await exports.request(owner, { filters, notifyOnlyTriggeringUser: true, userGroupIds: [] }, 1_000);
    expect(queued).toMatchObject({ status: 'QUEUED', totalExecutions: null, triggeredAt: 1_000, expiresAt: 1_000 + 86_400_000, errorMessage: null });
    const download = new URL(queued.downloadLink as string);
    expect(download.origin + download.pathname).toBe(`https://cd.example.com/api/executions/exports/${queued.requestId}/download`);
    expect(verifyLink(SECRET, EXPORT_LINK_PURPOSE.download, queued.requestId, download.searchParams, 2_000)).toEqual({ ok: true, accountId: 'acc-export' });
    expect(verifyLink(SECRET, EXPORT_LINK_PURPOSE.status, queued.requestId, download.searchParams, 2_000)).toMatchObject({ ok: false });

    const ready = await until(() => exports.statusFor(owner, queued.requestId, 2_000), (view) => view.status !== 'QUEUED');
    const failed = rows.filter((row) => row.status === 'FAILED');
    expect(ready).toMatchObject({ status: 'READY', totalExecutions: failed.length });
    const file = await exports.file('acc-export', queued.requestId, owner, 2_000);
    expect(JSON.parse(await text(file?.parts ?? null))).toEqual({ requestId: queued.requestId, triggeredAt: 1_000, totalExecutions: failed.length, executions: failed });
    // The worker read with the requester's own identity and permissions.
    expect(source.seen[0]).toMatchObject({ kind: 'user', id: 'u-1', accountId: 'acc-export', permissions: owner.permissions });

    // After expiresAt: EXPIRED, and no file.
    const late = await exports.file('acc-export', queued.requestId, owner, 1_000 + 86_400_001);
    expect(late?.view.status).toBe('EXPIRED');
    expect(late?.parts).toBeNull();
  });

  it('shows an export to its requester and to members of its user groups only, and never across accounts', async () => {
    const exports = open();
    const owner = principal('acc-share', { kind: 'user', id: 'u-owner' });
    const queued = await exports.request(owner, { filters: [], notifyOnlyTriggeringUser: false, userGroupIds: ['g-release'] });
    expect(await exports.statusFor(principal('acc-share', { kind: 'user', id: 'u-other' }), queued.requestId)).toBeNull();
    expect(await exports.statusFor(principal('acc-share', { kind: 'user', id: 'u-member', userGroupIds: ['g-release'] }), queued.requestId)).toMatchObject({ requestId: queued.requestId });
    expect(await exports.statusFor(principal('acc-else', { kind: 'user', id: 'u-owner' }), queued.requestId)).toBeNull();
    expect(await exports.statusByLink('acc-else', queued.requestId)).toBeNull();
  });

  it('refuses an export over the rolling quota with a coded error naming the next free slot', async () => {
    const exports = open({ LIMIT_EXPORTS_PER_24H: '2' });
    const owner = principal('acc-quota', { kind: 'apiKey', id: 'k-1' });
    const request = { filters: [], notifyOnlyTriggeringUser: false, userGroupIds: [] };
    const answers = await Promise.allSettled(Array.from({ length: 5 }, () => exports.request(owner, request)));
    expect(answers.filter((answer) => answer.status === 'fulfilled')).toHaveLength(2);
    const refused = answers.filter((answer): answer is PromiseRejectedResult => answer.status === 'rejected');
    expect(refused).toHaveLength(3);
    for (const { reason } of refused) {
      expect(reason.extensions.code).toBe(EXPORT_LIMIT_REACHED);
      expect(reason.message).toMatch(/limit of 2 execution exports in a rolling 24 hours; the next one is possible at \d{4}-\d\d-\d\dT/);
    }
  });

  it('fails an export that matches too many executions, and gives its quota unit back', async () => {
    const exports = open({ LIMIT_EXPORTS_PER_24H: '1' }, 150);
    exports.startWorker(new RowsByStatus(rows), (error) => { throw error; });
    const owner = principal('acc-large', { kind: 'user', id: 'u-1' });
    const request = { filters: [], notifyOnlyTriggeringUser: false, userGroupIds: [] };
    const queued = await exports.request(owner, request);
    const failed = await until(() => exports.statusFor(owner, queued.requestId), (view) => view.status !== 'QUEUED');
    expect(failed).toMatchObject({ status: 'FAILED', downloadLink: null, errorMessage: expect.stringContaining('More than 150 executions match') });
    // The unit came back: another export is accepted although the limit is 1.
    await expect(exports.request(owner, request)).resolves.toMatchObject({ status: 'QUEUED' });
  });
});

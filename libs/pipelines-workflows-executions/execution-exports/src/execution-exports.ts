import { randomUUID } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import Redis from 'ioredis';
import { signLink, type Principal } from '@fg/internal-auth';
import { AccountQuota, type LimitsConfig, type RollingQuota } from '@fg/rate-limits';
import { exportStatusAt, type ExecutionExport, type ExportExecutionFilter, type ExportStatus } from './execution-export.entity';
import type { ExecutionExportRepository } from './execution-export.repository';
import type { ExecutionRowSource } from './execution-row.source';

/** The extensions.code of an export refused by the rolling exports quota. Never rename. */
export const EXPORT_LIMIT_REACHED = 'EXPORT_LIMIT_REACHED';
/** The gateway serves an export's status and file under this path: `${prefix}/<requestId>/status|download`. */
export const EXPORT_LINKS_PREFIX = '/api/executions/exports';
export const EXPORT_LINK_PURPOSE = { status: 'execution-export:status', download: 'execution-export:download' } as const;
export type ExportLinkKind = keyof typeof EXPORT_LINK_PURPOSE;

const QUEUE_NAME = 'execution-exports';
const JOB_ATTEMPTS = 3;
// Rows per read from the source, and rows per stored part of the file.
const PAGE_SIZE = 100;
const ROWS_PER_PART = 500;

export interface ExecutionExportsOptions {
  exports: ExecutionExportRepository;
  quota: RollingQuota;
  limits: LimitsConfig;
  redisUrl: string;
  /** Prepended to the queue's Redis keys ('' in production, a unique prefix per test file). */
  keyPrefix: string;
  /** The gateway's public base URL, e.g. https://cd.example.com: statusLink and downloadLink start with it. */
  publicUrl: string;
  /** The secret every process shares; links are signed with a key derived from it. */
  signingSecret: string;
  /** How long a file and its links are served after the request. */
  retentionMs: number;
  /** The most executions one export may hold; a larger match FAILS with a message saying so. */
  maxExecutions: number;
}

/** What exportExecutions answers, and what the status link shows. */
export interface ExportView {
  requestId: string;
  status: ExportStatus;
  totalExecutions: number | null;
  triggeredAt: number;
  statusLink: string;
  downloadLink: string | null;
  expiresAt: number;
  errorMessage: string | null;
}

export interface ExportRequest {
  filters: ExportExecutionFilter[];
  notifyOnlyTriggeringUser: boolean;
  userGroupIds: string[];
}

/**
 * Exports of executions (exportExecutions): a request reserves a unit of the account's rolling exports quota and
 * queues a job; a worker (in the delegate broker) writes the matching executions to a JSON file stored in parts, and the
 * gateway serves its status and file to the requester or to whoever holds a signed link, until it expires.
 */
export class ExecutionExports {
  private readonly quota: AccountQuota;
  private readonly queue: Queue;
  private readonly queueRedis: Redis;
  private worker: Worker | null = null;
  private workerRedis: Redis | null = null;

  constructor(private readonly options: ExecutionExportsOptions) {
    this.quota = new AccountQuota(options.quota, options.limits, {
      limit: 'exportsPer24h',
      name: 'exports',
      refusedCode: EXPORT_LIMIT_REACHED,
      refusedMessage: (limit, nextSlotAt) => `The account has reached its limit of ${limit} execution exports in a rolling 24 hours; the next one is possible at ${nextSlotAt}.`,
      unavailableMessage: 'Exports are unavailable for a moment: the quota store cannot be reached. Try again shortly.',
    });
    // Requests should fail rather than hang while Redis is away.
    this.queueRedis = new Redis(options.redisUrl, { maxRetriesPerRequest: 3 });
    this.queueRedis.on('error', () => undefined);
    this.queue = new Queue(QUEUE_NAME, { connection: this.queueRedis, prefix: `${options.keyPrefix}bull` });
  }

  async request(principal: Principal, request: ExportRequest, now = Date.now()): Promise<ExportView> {
    const reservationId = await this.quota.reserve(principal.accountId);
    const exported: ExecutionExport = {
      id: randomUUID(),
      accountId: principal.accountId,
      status: 'QUEUED',
      filters: request.filters,
      requestedBy: { kind: principal.kind, id: principal.id, permissions: principal.permissions, userGroupIds: [...(principal.userGroupIds ?? [])] },
      notifyOnlyTriggeringUser: request.notifyOnlyTriggeringUser,
      userGroupIds: request.userGroupIds,
      quotaReservationId: reservationId,
      totalExecutions: null,
      errorMessage: null,
      triggeredAt: now,
      readyAt: null,
      expiresAt: now + this.options.retentionMs,
    };
    try {
      await this.options.exports.create(exported);
      await this.queue.add('export', { accountId: exported.accountId, exportId: exported.id }, { jobId: exported.id, attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: true, removeOnFail: 1_000 });
    } catch (error) {
      // Nothing will run: the slot goes back at once (a record left QUEUED is shown as such until it is purged).
      await this.quota.release(principal.accountId, reservationId).catch(() => undefined);
      throw error;
    }
    return this.view(exported, now);
  }

  /** The export as its requester (or a member of its user groups) sees it; null when they may not. */
  async statusFor(principal: Principal, requestId: string, now = Date.now()): Promise<ExportView | null> {
    const exported = await this.options.exports.byId(principal.accountId, requestId);
    return exported && mayRead(principal, exported) ? this.view(exported, now) : null;
  }

  /** The export by a verified link, which names its account itself. */
  async statusByLink(accountId: string, requestId: string, now = Date.now()): Promise<ExportView | null> {
    const exported = await this.options.exports.byId(accountId, requestId);
    return exported ? this.view(exported, now) : null;
  }

  /** The file's parts when the export is READY and not expired; otherwise the view says why not. */
  async file(accountId: string, requestId: string, principal: Principal | null, now = Date.now()): Promise<{ view: ExportView; parts: AsyncGenerator<string> | null } | null> {
    const exported = await this.options.exports.byId(accountId, requestId);
    if (!exported || (principal && !mayRead(principal, exported))) return null;
    const view = this.view(exported, now);
    return { view, parts: view.status === 'READY' ? this.options.exports.readParts(accountId, requestId) : null };
  }

  private view(exported: ExecutionExport, now: number): ExportView {
    const status = exportStatusAt(exported, now);
    return {
      requestId: exported.id,
      status,
      totalExecutions: exported.totalExecutions,
      triggeredAt: exported.triggeredAt,
      statusLink: this.link(exported, 'status'),
      downloadLink: status === 'FAILED' ? null : this.link(exported, 'download'),
      expiresAt: exported.expiresAt,
      errorMessage: exported.errorMessage,
    };
  }

  private link(exported: ExecutionExport, kind: ExportLinkKind): string {
    const params = signLink(this.options.signingSecret, {
      purpose: EXPORT_LINK_PURPOSE[kind],
      accountId: exported.accountId,
      resourceId: exported.id,
      expiresAt: exported.expiresAt,
    });
    return `${this.options.publicUrl.replace(/\/$/, '')}${EXPORT_LINKS_PREFIX}/${encodeURIComponent(exported.id)}/${kind}?${params}`;
  }

  /** Starts the worker that writes files (in one process kind only: the delegate broker). */
  startWorker(source: ExecutionRowSource, onError: (error: unknown) => void): void {
    this.workerRedis = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
    this.workerRedis.on('error', () => undefined);
    this.worker = new Worker(QUEUE_NAME, (job: Job<{ accountId: string; exportId: string }>) => this.run(job, source), {
      connection: this.workerRedis,
      prefix: `${this.options.keyPrefix}bull`,
      // Exports read many executions: one at a time per process keeps them from crowding out the delegates' work.
      concurrency: 1,
    });
    this.worker.on('error', onError);
  }

  private async run(job: Job<{ accountId: string; exportId: string }>, source: ExecutionRowSource): Promise<void> {
    const { accountId, exportId } = job.data;
    const exported = await this.options.exports.byId(accountId, exportId);
    // Already finished by an earlier attempt, or purged: nothing to do.
    if (!exported || exported.status !== 'QUEUED') return;
    try {
      const total = await this.writeFile(exported, source);
      if (await this.options.exports.markReady(accountId, exportId, total, Date.now())) {
        await this.quota.commit(accountId, exported.quotaReservationId).catch(() => false);
      }
    } catch (error) {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (!finalAttempt && !(error instanceof ExportTooLargeError)) throw error;
      const message = error instanceof ExportTooLargeError ? error.message : 'The export could not be written; request it again.';
      if (await this.options.exports.markFailed(accountId, exportId, message)) {
        await this.quota.release(accountId, exported.quotaReservationId).catch(() => undefined);
      }
    }
  }

  /** Writes `{ requestId, triggeredAt, totalExecutions, executions: [...] }` in parts; returns the number of rows. */
  private async writeFile(exported: ExecutionExport, source: ExecutionRowSource): Promise<number> {
    const requester: Principal = { kind: exported.requestedBy.kind, id: exported.requestedBy.id, accountId: exported.accountId, permissions: exported.requestedBy.permissions, userGroupIds: exported.requestedBy.userGroupIds };
    const rows: string[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await source.page(requester, exported.filters, offset, PAGE_SIZE);
      rows.push(...page.map((row) => JSON.stringify(row)));
      if (rows.length > this.options.maxExecutions) {
        throw new ExportTooLargeError(`More than ${this.options.maxExecutions} executions match the filters; narrow them (e.g. by time) and export again.`);
      }
      if (page.length < PAGE_SIZE) break;
    }
    const head = `{"requestId":${JSON.stringify(exported.id)},"triggeredAt":${exported.triggeredAt},"totalExecutions":${rows.length},"executions":[`;
    let part = 0;
    for (let i = 0; i === 0 || i < rows.length; i += ROWS_PER_PART) {
      const slice = rows.slice(i, i + ROWS_PER_PART).join(',');
      const isLast = i + ROWS_PER_PART >= rows.length;
      const text = `${i === 0 ? head : ','}${slice}${isLast ? ']}' : ''}`;
      await this.options.exports.writePart(exported, part++, text);
    }
    await this.options.exports.dropPartsFrom(exported, part);
    return rows.length;
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    this.queueRedis.disconnect();
    this.workerRedis?.disconnect();
  }
}

class ExportTooLargeError extends Error {}

function mayRead(principal: Principal, exported: ExecutionExport): boolean {
  if (principal.accountId !== exported.accountId) return false;
  if (principal.kind === exported.requestedBy.kind && principal.id === exported.requestedBy.id) return true;
  // The groups the requester named are the ones the reference would have notified: their members may fetch it too.
  return (principal.userGroupIds ?? []).some((group) => exported.userGroupIds.includes(group));
}

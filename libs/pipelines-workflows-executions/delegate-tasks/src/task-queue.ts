import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import Redis from 'ioredis';
import { Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import { newId } from '@fg/tenancy';
import { podId as currentPodId, type LimitsConfig, type RateLimiter } from '@fg/rate-limits';
import {
  ACCOUNT_LIMIT_KEY_PREFIX,
  JOB_NAME,
  POD_LIMIT_KEY_PREFIX,
  isDelegateTaskJobData,
  queuePrefix,
  selectorSetName,
  selectorSetsKey,
  selectorsOf,
  type DelegateTaskJobData,
} from './delegate-task.contract';
import { DelegateTaskError } from './delegate-task.error';
import { FINAL_STATUSES, LEASED_STATUSES, type DelegateTask, type EnqueueTaskInput, type TaskResult } from './task.entity';
import { validateAccountId, validateEnqueueInput, validateTags, validateTaskResult } from './task-input.validation';
import { TaskRepository, type NewTask, type TaskRecord } from './task.repository';

export interface TaskQueueLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface TaskQueueOptions {
  /** The subgraph's database; build its indexes at start-up with ensureIndexes from @fg/tenancy. */
  connection: Connection;
  redisUrl: string;
  /** Shared with the app; keys under the limiter's own prefix. */
  limiter: RateLimiter;
  limits: LimitsConfig;
  /** This process's name for the per-pod limit; podId() by default. */
  podId?: string;
  /** Prepended to every Redis key of the queues; '' in production, a unique prefix per test file. */
  keyPrefix?: string;
  /** How often BullMQ looks for jobs whose lease lapsed; a lapsed task is offered again after one to two intervals. */
  stalledCheckIntervalMs?: number;
  /** Acquisitions after which a task whose lease keeps lapsing is FAILED instead of offered again. */
  maxAttempts?: number;
  /** Upper bound of `max` in one acquire call. */
  maxBatch?: number;
  logger?: TaskQueueLogger;
}

export interface AcquireResult {
  tasks: DelegateTask[];
  /** Set when a limit stopped the batch: ask again after this many ms, not before. */
  retryAfterMs?: number;
}

export type ReportRefusal = 'NOT_FOUND' | 'ALREADY_FINISHED' | 'LEASE_NOT_HELD';

export type ReportOutcome =
  | { accepted: true; task: DelegateTask }
  /** The task as it is now (unchanged by the report), or null when it does not exist. */
  | { accepted: false; reason: ReportRefusal; task: DelegateTask | null };

export type LeaseOutcome =
  | { renewed: true; leaseUntil: Date }
  | { renewed: false; reason: ReportRefusal };

export interface TaskReport {
  status: 'SUCCEEDED' | 'FAILED';
  result?: TaskResult;
}

type ClaimOutcome =
  | { kind: 'claimed'; task: TaskRecord }
  | { kind: 'skipped' }
  | { kind: 'limited'; retryAfterMs: number };

// Only the window between fetching a job and extending its lock to the task's own lease.
const CLAIM_LOCK_MS = 30_000;
// Mongo's attempts counter (maxAttempts) decides when a lapsing task gives up; BullMQ's own stall limit would fail
// the job without telling Mongo, so it is set out of reach.
const BULLMQ_MAX_STALLED = 1_000_000;
const BULK_CHUNK = 1000;
const EXPIRY_BATCH = 500;

/**
 * Delegate tasks: durable state in MongoDB, delivery through BullMQ. One queue per (account, selector set), so an
 * account's backlog never sits in front of another account's tasks and a delegate only looks at queues whose
 * selectors its tags cover. Jobs carry only ids; every state change is a conditional update in Mongo, so BullMQ's
 * at-least-once delivery (a lapsed lease puts the job back) never records a result twice.
 *
 * Processes manually (Worker with autorun: false, getNextJob / extendLock / moveToCompleted): delegates pull over
 * HTTP, the platform never runs task code. The platform must call expireOverdue periodically (every few seconds).
 */
export class TaskQueue {
  private readonly tasks: TaskRepository;
  private readonly redis: Redis;
  private readonly workerRedis: Redis;
  private readonly queues = new Map<string, Queue<DelegateTaskJobData>>();
  private readonly workers = new Map<string, Promise<Worker<DelegateTaskJobData>>>();
  private readonly keyPrefix: string;
  private readonly podId: string;
  private readonly maxAttempts: number;
  private readonly maxBatch: number;
  private closing = false;

  constructor(private readonly options: TaskQueueOptions) {
    this.tasks = new TaskRepository(options.connection);
    this.keyPrefix = options.keyPrefix ?? '';
    this.podId = options.podId ?? currentPodId();
    this.maxAttempts = options.maxAttempts ?? 3;
    this.maxBatch = options.maxBatch ?? 100;
    // Producer calls (enqueue, report) should fail rather than hang while Redis is away.
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 3 });
    // BullMQ workers need a connection that retries forever.
    this.workerRedis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    const onRedisError = (err: Error) => this.options.logger?.warn({ err }, 'delegate task queue Redis error');
    this.redis.on('error', onRedisError);
    this.workerRedis.on('error', onRedisError);
  }

  /** Stores the task first (so it is never lost), then queues it. A crash between the two leaves it to expire. */
  async enqueue(accountId: string, input: EnqueueTaskInput): Promise<DelegateTask> {
    const [task] = await this.enqueueMany(accountId, [input]);
    return task as DelegateTask;
  }

  /** One Mongo insert and one addBulk per selector set: for large batches. */
  async enqueueMany(accountId: string, inputs: EnqueueTaskInput[]): Promise<DelegateTask[]> {
    validateAccountId(accountId);
    const now = new Date();
    const docs: NewTask[] = inputs.map((input) => {
      const valid = validateEnqueueInput(input);
      return {
        _id: newId(),
        ...valid,
        status: 'QUEUED',
        attempts: 0,
        createdAt: now,
        queuedUntil: new Date(now.getTime() + valid.timeoutMs),
      };
    });
    const created = await this.tasks.createMany(accountId, docs);
    const bySet = new Map<string, TaskRecord[]>();
    for (const task of created) {
      const set = selectorSetName(task.selectors);
      const group = bySet.get(set) ?? [];
      group.push(task);
      bySet.set(set, group);
    }
    // Listed before the jobs exist, so that no job sits in a queue acquirers do not look at.
    await this.redis.sadd(selectorSetsKey(this.keyPrefix, accountId), ...bySet.keys());
    for (const [set, tasks] of bySet) {
      const queue = this.queueFor(accountId, set);
      for (let i = 0; i < tasks.length; i += BULK_CHUNK) {
        await queue.addBulk(
          tasks.slice(i, i + BULK_CHUNK).map((task) => ({
            name: JOB_NAME,
            data: { version: 1, accountId, taskId: task.id } satisfies DelegateTaskJobData,
            // The task id as job id: adding the same task twice cannot queue it twice.
            opts: { jobId: task.id, attempts: 1, removeOnComplete: true, removeOnFail: true },
          })),
        );
      }
    }
    return created.map(toPublic);
  }

  async getTask(accountId: string, taskId: string): Promise<DelegateTask | null> {
    const task = await this.tasks.byId(accountId, taskId);
    return task ? toPublic(task) : null;
  }

  /**
   * Up to `max` tasks for a delegate of the account. Each task passes the account and pod limits before it is
   * handed out; a refusal ends the batch with retryAfterMs. A limit unit is taken only for a job already fetched
   * (which goes back to the head of its queue if refused), since units cannot be given back.
   */
  async acquire(accountId: string, delegateId: string, delegateTags: readonly string[], max = 1): Promise<AcquireResult> {
    validateAccountId(accountId);
    if (!delegateId) throw new DelegateTaskError('INVALID_INPUT', 'delegateId is required');
    const tags = new Set(validateTags(delegateTags));
    const wanted = Math.max(1, Math.min(Math.floor(max), this.maxBatch));
    const sets = await this.redis.smembers(selectorSetsKey(this.keyPrefix, accountId));
    const eligible = sets.filter((set) => selectorsOf(set).every((tag) => tags.has(tag)));
    // A random first queue, so that one busy selector set does not starve the account's others.
    const start = Math.floor(Math.random() * eligible.length);
    const order = [...eligible.slice(start), ...eligible.slice(0, start)];

    const acquired: DelegateTask[] = [];
    for (const set of order) {
      const worker = await this.workerFor(accountId, set);
      while (acquired.length < wanted) {
        const token = randomUUID();
        const job = await worker.getNextJob(token, { block: false });
        if (!job) break;
        const outcome = await this.claim(accountId, delegateId, job, token);
        if (outcome.kind === 'limited') return { tasks: acquired, retryAfterMs: outcome.retryAfterMs };
        if (outcome.kind === 'claimed') acquired.push(toPublic(outcome.task));
      }
      if (acquired.length >= wanted) break;
    }
    return { tasks: acquired };
  }

  private async claim(accountId: string, delegateId: string, job: Job<DelegateTaskJobData>, token: string): Promise<ClaimOutcome> {
    try {
      const data: unknown = job.data;
      if (!isDelegateTaskJobData(data) || data.accountId !== accountId) {
        this.options.logger?.error({ jobId: job.id, queue: job.queueName }, 'dropping a delegate task job with an unknown payload');
        await job.moveToFailed(new UnrecoverableError('unknown job payload'), token, false);
        return { kind: 'skipped' };
      }
      const seen = await this.tasks.byId(accountId, data.taskId);
      if (!seen || isFinal(seen)) {
        // Expired, or reported while its lease had lapsed: the job outlived the task.
        await job.moveToCompleted(null, token, false);
        return { kind: 'skipped' };
      }
      // We hold the job's lock, so nobody else acquires meanwhile; a different attempts count means a bug elsewhere.
      const unchanged = (task: TaskRecord) => (isFinal(task) ? 'FINISHED' : task.attempts !== seen.attempts ? 'CHANGED' : null);
      if (seen.attempts >= this.maxAttempts) {
        const reason = `lease lapsed ${seen.attempts} time(s) without a report; given up after ${this.maxAttempts} attempts`;
        await this.tasks.transition(accountId, seen.id, (task) => {
          const refusal = unchanged(task);
          return refusal ? { refuse: refusal } : { write: { status: 'FAILED', reason, finishedAt: new Date(), leaseUntil: null } };
        });
        await job.moveToFailed(new UnrecoverableError(reason), token, false);
        return { kind: 'skipped' };
      }

      // The account limit first: it is the one that usually refuses, and a refusal there takes no pod unit.
      const accountLimit = 'delegateTasksPerMinPerAccount';
      const byAccount = await this.options.limiter.consume(
        `${ACCOUNT_LIMIT_KEY_PREFIX}:${accountId}`,
        this.options.limits.limitFor(accountLimit, accountId),
        this.options.limits.windowFor(accountLimit),
      );
      if (!byAccount.allowed) return await this.putBack(job, token, byAccount.retryAfterMs);
      const podLimit = 'delegateTasksPerMinPerPod';
      const byPod = await this.options.limiter.consume(
        `${POD_LIMIT_KEY_PREFIX}:${this.podId}`,
        this.options.limits.limitFor(podLimit),
        this.options.limits.windowFor(podLimit),
      );
      // The account unit just taken stays spent: the limiter cannot give units back, so this errs on the safe side.
      if (!byPod.allowed) return await this.putBack(job, token, byPod.retryAfterMs);

      if ((await job.extendLock(token, seen.leaseMs)) !== 1) throw new Error(`lost the lock of job ${job.id} while claiming it`);
      const now = new Date();
      const claimed = await this.tasks.transition(accountId, seen.id, (task) => {
        const refusal = unchanged(task);
        if (refusal) return { refuse: refusal };
        return {
          write: {
            status: 'ACQUIRED',
            attempts: task.attempts + 1,
            delegateId,
            leaseToken: token,
            leaseUntil: new Date(now.getTime() + task.leaseMs),
            acquiredAt: now,
            startedAt: null,
          },
        };
      });
      if (claimed.ok) return { kind: 'claimed', task: claimed.task };
      // Expired or reported since it was read.
      if (claimed.reason === 'CHANGED') await job.moveToWait(token);
      else await job.moveToCompleted(null, token, false);
      return { kind: 'skipped' };
    } catch (error) {
      // Give the job back at once rather than leave it locked until the claim lock lapses.
      await job.moveToWait(token).catch(() => undefined);
      throw error;
    }
  }

  private async putBack(job: Job<DelegateTaskJobData>, token: string, retryAfterMs: number): Promise<ClaimOutcome> {
    // Back to the head of its queue: waiting for a limit must not cost a task its place.
    await job.moveToWait(token);
    return { kind: 'limited', retryAfterMs: Math.max(1, retryAfterMs) };
  }

  /** The delegate has started the task; also renews its lease. Repeating it is the same as renewing. */
  async markRunning(accountId: string, delegateId: string, taskId: string): Promise<LeaseOutcome> {
    const running = await this.tasks.transition<ReportRefusal | 'RUNNING'>(accountId, taskId, (task) => {
      const refusal = holderRefusal(task, delegateId);
      if (refusal) return { refuse: refusal };
      return task.status === 'RUNNING' ? { refuse: 'RUNNING' } : { write: { status: 'RUNNING', startedAt: new Date() } };
    });
    if (!running.ok && running.reason !== 'RUNNING') return { renewed: false, reason: running.reason };
    return this.renewLease(accountId, delegateId, taskId);
  }

  /** The heartbeat of a task: extends the lease by the task's leaseMs. Refused once the lease has lapsed. */
  async renewLease(accountId: string, delegateId: string, taskId: string): Promise<LeaseOutcome> {
    const task = await this.tasks.byId(accountId, taskId);
    if (!task) return { renewed: false, reason: 'NOT_FOUND' };
    const refusal = holderRefusal(task, delegateId);
    if (refusal || !task.leaseToken) return { renewed: false, reason: refusal ?? 'LEASE_NOT_HELD' };
    const token = task.leaseToken;
    const job = await Job.fromId<DelegateTaskJobData>(this.queueFor(accountId, selectorSetName(task.selectors)), taskId);
    // The lock is the lease: once it has lapsed the job is (or is about to be) offered again, and the delegate must stop.
    if (!job || (await job.extendLock(token, task.leaseMs)) !== 1) return { renewed: false, reason: 'LEASE_NOT_HELD' };
    const leaseUntil = new Date(Date.now() + task.leaseMs);
    const renewed = await this.tasks.transition<ReportRefusal>(accountId, taskId, (current) => {
      const lost = holderRefusal(current, delegateId) ?? (current.leaseToken === token ? null : 'LEASE_NOT_HELD');
      return lost ? { refuse: lost } : { write: { leaseUntil } };
    });
    return renewed.ok ? { renewed: true, leaseUntil } : { renewed: false, reason: renewed.reason };
  }

  /**
   * Records the result exactly once: only the delegate holding the task can finish it, and a finished task never
   * changes again, so late and duplicate reports are refused without effect.
   */
  async report(accountId: string, delegateId: string, taskId: string, report: TaskReport): Promise<ReportOutcome> {
    if (report.status !== 'SUCCEEDED' && report.status !== 'FAILED') {
      throw new DelegateTaskError('INVALID_INPUT', 'status must be SUCCEEDED or FAILED');
    }
    const result = validateTaskResult(report.result);
    const finished = await this.tasks.transition<ReportRefusal>(accountId, taskId, (task) => {
      const refusal = holderRefusal(task, delegateId);
      return refusal ? { refuse: refusal } : { write: { status: report.status, result, finishedAt: new Date(), leaseUntil: null } };
    });
    if (!finished.ok) return { accepted: false, reason: finished.reason, task: finished.task ? toPublic(finished.task) : null };
    await this.finishJob(finished.task);
    return { accepted: true, task: toPublic(finished.task) };
  }

  private async finishJob(task: TaskRecord): Promise<void> {
    if (!task.leaseToken) return;
    try {
      const job = await Job.fromId<DelegateTaskJobData>(this.queueFor(task.accountId, selectorSetName(task.selectors)), task.id);
      if (!job) return;
      if (task.status === 'SUCCEEDED') await job.moveToCompleted(null, task.leaseToken, false);
      else await job.moveToFailed(new UnrecoverableError(task.result?.error ?? 'the delegate reported failure'), task.leaseToken, false);
    } catch (err) {
      // Mongo already holds the result. If the lock lapsed, the job comes back and the next acquirer drops it.
      this.options.logger?.warn({ err, taskId: task.id }, 'could not finish the BullMQ job of a reported delegate task');
    }
  }

  /**
   * Expires tasks still QUEUED past their timeoutMs and removes their jobs; returns how many expired. The platform
   * calls it periodically from any one or several processes (each expiry is a conditional update, so overlapping
   * sweeps are harmless). A job being claimed at that moment cannot be removed; its acquirer drops it instead.
   */
  async expireOverdue(now = new Date()): Promise<number> {
    let expired = 0;
    for (;;) {
      const overdue = await this.tasks.overdueQueued(now, EXPIRY_BATCH);
      let progressed = false;
      for (const task of overdue) {
        const done = await this.tasks.transition(task.accountId, task.id, (current) =>
          current.status === 'QUEUED' ? { write: { status: 'EXPIRED', reason: expiryReason(current), finishedAt: now } } : { refuse: 'NOT_QUEUED' },
        );
        if (!done.ok) continue;
        expired += 1;
        progressed = true;
        await this.queueFor(task.accountId, selectorSetName(task.selectors))
          .remove(task.id)
          .catch((err: unknown) => this.options.logger?.warn({ err, taskId: task.id }, 'could not remove the job of an expired task'));
      }
      if (!progressed || overdue.length < EXPIRY_BATCH) return expired;
    }
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const workers = await Promise.allSettled(this.workers.values());
    await Promise.allSettled(workers.map((w) => (w.status === 'fulfilled' ? w.value.close() : undefined)));
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    await Promise.allSettled([this.redis.quit(), this.workerRedis.quit()]);
  }

  private queueFor(accountId: string, set: string): Queue<DelegateTaskJobData> {
    this.assertOpen();
    const key = `${accountId}\u0000${set}`;
    let queue = this.queues.get(key);
    if (!queue) {
      queue = new Queue<DelegateTaskJobData>(set, { connection: this.redis, prefix: queuePrefix(this.keyPrefix, accountId) });
      queue.on('error', (err) => this.options.logger?.warn({ err, accountId, set }, 'delegate task queue error'));
      this.queues.set(key, queue);
    }
    return queue;
  }

  /** Created on first use: each worker holds a blocking connection, so only queues that delegates poll get one. */
  private workerFor(accountId: string, set: string): Promise<Worker<DelegateTaskJobData>> {
    this.assertOpen();
    const key = `${accountId}\u0000${set}`;
    let worker = this.workers.get(key);
    if (!worker) {
      worker = this.startWorker(accountId, set);
      this.workers.set(key, worker);
      worker.catch(() => this.workers.delete(key));
    }
    return worker;
  }

  private async startWorker(accountId: string, set: string): Promise<Worker<DelegateTaskJobData>> {
    const worker = new Worker<DelegateTaskJobData>(set, null, {
      connection: this.workerRedis,
      prefix: queuePrefix(this.keyPrefix, accountId),
      autorun: false,
      lockDuration: CLAIM_LOCK_MS,
      stalledInterval: this.options.stalledCheckIntervalMs ?? 30_000,
      maxStalledCount: BULLMQ_MAX_STALLED,
    });
    worker.on('error', (err) => this.options.logger?.warn({ err, accountId, set }, 'delegate task worker error'));
    // Manual processing does not start the stalled check: without it a lapsed lease would never be offered again.
    await worker.startStalledCheckTimer();
    return worker;
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('the delegate task queue is closed');
  }
}

function isFinal(task: TaskRecord): boolean {
  return (FINAL_STATUSES as readonly string[]).includes(task.status);
}

function isLeased(task: TaskRecord): boolean {
  return (LEASED_STATUSES as readonly string[]).includes(task.status);
}

/** Why `delegateId` may not act on the task, or null if it holds it. */
function holderRefusal(task: TaskRecord, delegateId: string): ReportRefusal | null {
  if (isFinal(task)) return 'ALREADY_FINISHED';
  // Queued again, or held by another delegate: either way this delegate's lease is gone.
  return isLeased(task) && task.delegateId === delegateId ? null : 'LEASE_NOT_HELD';
}

function toPublic({ leaseToken: _leaseToken, seq: _seq, ...task }: TaskRecord): DelegateTask {
  return task;
}

function formatDuration(ms: number): string {
  if (ms % 60_000 === 0) return `${ms / 60_000}min`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

export function expiryReason(task: Pick<DelegateTask, 'selectors' | 'timeoutMs'>): string {
  const who = task.selectors.length > 0 ? `no delegate with tags [${task.selectors.join(', ')}]` : 'no delegate';
  return `${who} acquired it within ${formatDuration(task.timeoutMs)}`;
}

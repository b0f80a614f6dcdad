import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import Redis from 'ioredis';
import { Job, Queue, UnrecoverableError, Worker, type JobsOptions } from 'bullmq';
import { newId } from '@fg/tenancy';
import { podId as currentPodId, type LimitsConfig, type RateLimiter } from '@fg/rate-limits';
import {
  ACCOUNT_LIMIT_KEY_PREFIX,
  EXPIRY_SCHEDULE_KEY,
  JOB_NAME,
  POD_LIMIT_KEY_PREFIX,
  expiryMember,
  isDelegateTaskJobData,
  parseExpiryMember,
  queuePrefix,
  selectorSetName,
  selectorSetsKey,
  selectorsOf,
  type DelegateTaskJobData,
  type DelegateTaskJobDataV2,
  type ExpiryEntry,
} from './delegate-task.contract';
import { DelegateTaskError } from './delegate-task.error';
import type { DelegateTask, EnqueueTaskInput, TaskPayload, TaskResult, TaskType } from './task.entity';
import { validateAccountId, validateEnqueueInput, validateTags, validateTaskResult } from './task-input.validation';
import { TaskRepository, type NewOutcome, type NewTask, type StoredTask } from './task.repository';
import type { TaskDoc } from './task.schema';

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
  /**
   * A queue's worker (one Redis connection each) is closed after this long without an acquire from it, and opened
   * again by the next one. Its lapsed leases are then noticed when that next acquire comes. Default 10 minutes.
   */
  workerIdleMs?: number;
  logger?: TaskQueueLogger;
}

/** A task as handed to a delegate. */
export interface AcquiredTask {
  id: string;
  accountId: string;
  type: TaskType;
  payload: TaskPayload;
  leaseMs: number;
  /** Proves the holder when renewing or reporting; opaque to delegates. */
  leaseToken: string;
  status: 'ACQUIRED';
  attempts: number;
  delegateId: string;
  acquiredAt: Date;
  leaseUntil: Date;
}

export interface AcquireResult {
  tasks: AcquiredTask[];
  /** Set when a limit cut the batch short: ask again after this many ms, not before. */
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

/** One report of a batch. Without leaseToken the lease is looked up (one store read more). */
export interface BatchedTaskReport extends TaskReport {
  taskId: string;
  leaseToken?: string;
}

export type BatchedReportOutcome = { taskId: string; accepted: true } | { taskId: string; accepted: false; reason: ReportRefusal };

/** A fetched job, locked under `token`, not yet handed out. */
interface Fetched {
  job: Job<DelegateTaskJobData>;
  token: string;
}

/** A fetched job whose task is known and may be handed out. */
interface Offer extends Fetched {
  task: Pick<DelegateTaskJobDataV2, 'taskId' | 'type' | 'payload' | 'leaseMs'>;
}

/** A lease a report or renewal names: its job's lock token and queue. */
interface Claim {
  token: string;
  selectorSet: string;
}

/** What a report may act on: a lease verified as held, or why not. */
type Holding = ({ held: true } & Claim) | { held: false; reason: ReportRefusal };

// The lock a job gets when fetched. Equal to the default lease, so most tasks need no second call to set theirs.
const FETCH_LOCK_MS = 30_000;
// Mongo's attempts counter (maxAttempts) decides when a lapsing task gives up; BullMQ's own stall limit would fail
// the job without telling Mongo, so it is set out of reach.
const BULLMQ_MAX_STALLED = 1_000_000;
const BULK_CHUNK = 1000;
const EXPIRY_BATCH = 500;
// Options every job is added with; a job handle made from them (jobHandle) behaves as the job itself.
const JOB_OPTIONS = { attempts: 1, removeOnComplete: true, removeOnFail: true } as const satisfies JobsOptions;
const UUID_LENGTH = 36;
const DEFAULT_WORKER_IDLE_MS = 10 * 60_000;
const FIRST_FETCH_WAVE = 8;

/**
 * Delegate tasks: durable state in MongoDB, delivery through BullMQ. One queue per (account, selector set), so an
 * account's backlog never sits in front of another account's tasks and a delegate only looks at queues whose
 * selectors its tags cover. A job carries the task's id and immutable definition; its state is in the store.
 *
 * The hot path is batched: an acquire fetches up to `max` jobs at once, takes their limit units in one or two
 * calls, and records them in one acquisition document; a batch of reports is checked against BullMQ's locks (the lock is
 * the lease) in one read and recorded in one insert of outcomes, whose unique _id records each result exactly once.
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
  private readonly workerUsedAt = new Map<string, number>();
  private readonly workerIdleMs: number;
  private readonly idleWorkerSweep: NodeJS.Timeout;
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
    this.workerIdleMs = options.workerIdleMs ?? DEFAULT_WORKER_IDLE_MS;
    this.idleWorkerSweep = setInterval(() => void this.closeIdleWorkers(), Math.max(50, this.workerIdleMs / 4));
    this.idleWorkerSweep.unref();
  }

  async enqueue(accountId: string, input: EnqueueTaskInput): Promise<DelegateTask> {
    const [task] = await this.enqueueMany(accountId, [input]);
    return task as DelegateTask;
  }

  /**
   * Schedules expiry, stores the tasks, then queues them: one call of each per batch (per selector set for the
   * queueing). A crash before the queueing leaves the tasks to expire; one before the store leaves only schedule
   * entries, which the sweep drops.
   */
  async enqueueMany(accountId: string, inputs: EnqueueTaskInput[]): Promise<DelegateTask[]> {
    validateAccountId(accountId);
    const now = new Date();
    const docs: NewTask[] = inputs.map((input) => {
      const valid = validateEnqueueInput(input);
      return { _id: newId(), ...valid, createdAt: now, queuedUntil: new Date(now.getTime() + valid.timeoutMs) };
    });
    for (let i = 0; i < docs.length; i += BULK_CHUNK) {
      const schedule = docs
        .slice(i, i + BULK_CHUNK)
        .flatMap((doc) => [doc.queuedUntil.getTime(), expiryMember({ accountId, selectorSet: selectorSetName(doc.selectors), taskId: doc._id })]);
      await this.redis.zadd(this.expiryKey(), ...schedule);
    }
    const created = await this.tasks.createMany(accountId, docs);
    const bySet = new Map<string, TaskDoc[]>();
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
            data: {
              version: 2,
              accountId,
              taskId: task._id,
              type: task.type,
              payload: task.payload,
              leaseMs: task.leaseMs,
            } satisfies DelegateTaskJobDataV2,
            // The task id as job id: adding the same task twice cannot queue it twice.
            opts: { ...JOB_OPTIONS, jobId: task._id },
          })),
        );
      }
    }
    return created.map((task) => toPublic({ task, lease: null, outcome: null }));
  }

  async getTask(accountId: string, taskId: string): Promise<DelegateTask | null> {
    const stored = await this.tasks.stored(accountId, taskId);
    return stored ? toPublic(stored) : null;
  }

  /**
   * Up to `max` tasks for a delegate of the account. Jobs are fetched first, then the account and pod limits grant
   * units for as many of them as fit (a unit is only ever taken for a job in hand); jobs beyond the grant go back to
   * the head of their queue and the answer says when to ask again.
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

    const fetched: Fetched[] = [];
    for (const set of order) {
      if (fetched.length >= wanted) break;
      const worker = await this.workerFor(accountId, set);
      // One lock token for every job this call takes from this queue: they share one acquisition record.
      const token = newLeaseToken(set, delegateId);
      // In growing waves of concurrent fetches, so that polling an empty queue costs a few calls, not `max`.
      for (let wave = Math.min(wanted - fetched.length, FIRST_FETCH_WAVE); wave > 0; ) {
        const jobs = await Promise.all(Array.from({ length: wave }, () => worker.getNextJob(token, { block: false })));
        const got = jobs.filter((job): job is Job<DelegateTaskJobData> => job !== undefined);
        for (const job of got) fetched.push({ job, token });
        if (got.length < wave) break;
        wave = Math.min(wanted - fetched.length, wave * 4);
      }
    }
    if (fetched.length === 0) return { tasks: [] };

    try {
      const offers = await this.offersOf(accountId, fetched);
      const { granted, retryAfterMs } = await this.grantUnits(accountId, offers.length);
      const refused = offers.splice(granted);
      // Back to the head of its queue: waiting for a limit must not cost a task its place.
      await Promise.all(refused.map(({ job, token }) => job.moveToWait(token)));
      const retry = retryAfterMs !== undefined ? { retryAfterMs } : {};
      if (offers.length === 0) return { tasks: [], ...retry };

      await Promise.all(
        offers
          .filter(({ task }) => task.leaseMs !== FETCH_LOCK_MS)
          .map(async ({ job, token, task }) => {
            if ((await job.extendLock(token, task.leaseMs)) !== 1) throw new Error(`lost the lock of job ${job.id} while claiming it`);
          }),
      );
      const now = new Date();
      const acquired: AcquiredTask[] = offers.map(({ job, token, task }) => ({
        id: task.taskId,
        accountId,
        type: task.type,
        payload: task.payload,
        leaseMs: task.leaseMs,
        leaseToken: token,
        status: 'ACQUIRED',
        // BullMQ counts the lapsed locks of a job: each lapse is one acquisition that ended without a report.
        attempts: job.stalledCounter + 1,
        delegateId,
        acquiredAt: now,
        leaseUntil: new Date(now.getTime() + task.leaseMs),
      }));
      const byToken = new Map<string, AcquiredTask[]>();
      for (const task of acquired) byToken.set(task.leaseToken, [...(byToken.get(task.leaseToken) ?? []), task]);
      await this.tasks.recordAcquisitions(
        accountId,
        [...byToken].map(([token, tasks]) => {
          const { acquisitionId, selectorSet } = parseLeaseToken(token) as LeaseTokenParts;
          return { _id: acquisitionId, delegateId, selectorSet, token, acquiredAt: now, taskIds: tasks.map((t) => t.id), attempts: tasks.map((t) => t.attempts) };
        }),
      );
      return { tasks: acquired, ...retry };
    } catch (error) {
      // Give the jobs back at once rather than leave them locked until the fetch lock lapses (those already settled
      // refuse, harmlessly).
      await Promise.all(fetched.map(({ job, token }) => job.moveToWait(token).catch(() => undefined)));
      throw error;
    }
  }

  /** The fetched jobs that may be handed out; the others are settled here (dropped, or failed after lapsed leases). */
  private async offersOf(accountId: string, fetched: Fetched[]): Promise<Offer[]> {
    const offers: Offer[] = [];
    const givenUp: { fetched: Fetched; taskId: string; reason: string }[] = [];
    for (const { job, token } of fetched) {
      const data: unknown = job.data;
      if (!isDelegateTaskJobData(data) || data.accountId !== accountId) {
        this.options.logger?.error({ jobId: job.id, queue: job.queueName }, 'dropping a delegate task job with an unknown payload');
        await job.moveToFailed(new UnrecoverableError('unknown job payload'), token, false);
        continue;
      }
      if (job.stalledCounter >= this.maxAttempts) {
        const reason = `lease lapsed ${job.stalledCounter} time(s) without a report; given up after ${this.maxAttempts} attempts`;
        givenUp.push({ fetched: { job, token }, taskId: data.taskId, reason });
        continue;
      }
      if (data.version === 2) {
        offers.push({ job, token, task: data });
        continue;
      }
      // Version 1 carries ids only.
      const definition = await this.tasks.definition(accountId, data.taskId);
      const outcome = definition && (await this.tasks.outcome(accountId, data.taskId));
      if (!definition || outcome) {
        await job.moveToCompleted(null, token, false);
        continue;
      }
      offers.push({ job, token, task: { taskId: definition._id, type: definition.type, payload: definition.payload, leaseMs: definition.leaseMs } });
    }
    if (givenUp.length > 0) {
      const finishedAt = new Date();
      await this.tasks.recordOutcomes(
        accountId,
        givenUp.map(({ taskId, reason }) => ({ _id: taskId, status: 'FAILED', delegateId: null, result: null, reason, finishedAt })),
      );
      await Promise.all(givenUp.map(({ fetched: { job, token }, reason }) => job.moveToFailed(new UnrecoverableError(reason), token, false)));
    }
    return offers;
  }

  /**
   * Units for up to `wanted` acquisitions: the account limit first (it is the one that usually refuses, and a refusal
   * there takes no pod unit), then the pod limit for what the account granted. Account units the pod then refuses
   * stay spent: the limiter cannot give units back, so this errs on the safe side.
   */
  private async grantUnits(accountId: string, wanted: number): Promise<{ granted: number; retryAfterMs?: number }> {
    if (wanted === 0) return { granted: 0 };
    const { limits } = this.options;
    const byAccount = await this.takeUpTo(
      `${ACCOUNT_LIMIT_KEY_PREFIX}:${accountId}`,
      limits.limitFor('delegateTasksPerMinPerAccount', accountId),
      limits.windowFor('delegateTasksPerMinPerAccount'),
      wanted,
    );
    if (byAccount.granted === 0) return byAccount;
    const byPod = await this.takeUpTo(
      `${POD_LIMIT_KEY_PREFIX}:${this.podId}`,
      limits.limitFor('delegateTasksPerMinPerPod'),
      limits.windowFor('delegateTasksPerMinPerPod'),
      byAccount.granted,
    );
    const retryAfterMs = byPod.retryAfterMs ?? byAccount.retryAfterMs;
    return { granted: byPod.granted, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }

  /** As many of `wanted` units as fit under the limit, each take atomic; retryAfterMs when not all did. */
  private async takeUpTo(key: string, limit: number, windowMs: number, wanted: number): Promise<{ granted: number; retryAfterMs?: number }> {
    let cost = Math.min(wanted, limit);
    let retryAfterMs: number | undefined = cost < wanted ? windowMs : undefined;
    for (;;) {
      const decision = await this.options.limiter.consume(key, limit, windowMs, cost);
      if (decision.allowed) return { granted: cost, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
      // The time until this take would fit: an upper bound for the units the batch goes without.
      retryAfterMs = Math.max(1, decision.retryAfterMs);
      // Fewer units are free than asked for: take what is free (another process may take it first; then ask again).
      cost = Math.min(cost - 1, decision.remaining);
      if (cost <= 0) return { granted: 0, retryAfterMs };
    }
  }

  /** The delegate has started the task; also renews its lease. Repeating it is the same as renewing. */
  markRunning(accountId: string, delegateId: string, taskId: string, leaseToken?: string): Promise<LeaseOutcome> {
    return this.extendLease(accountId, delegateId, taskId, leaseToken, true);
  }

  /** The heartbeat of a task: extends the lease by the task's leaseMs. Refused once the lease has lapsed. */
  renewLease(accountId: string, delegateId: string, taskId: string, leaseToken?: string): Promise<LeaseOutcome> {
    return this.extendLease(accountId, delegateId, taskId, leaseToken, false);
  }

  private async extendLease(accountId: string, delegateId: string, taskId: string, leaseToken: string | undefined, started: boolean): Promise<LeaseOutcome> {
    validateAccountId(accountId);
    const named = leaseToken ? parseLeaseToken(leaseToken) : null;
    const stored = await this.tasks.stored(accountId, taskId, named?.acquisitionId);
    const refusal = holderRefusal(stored, delegateId, leaseToken);
    if (refusal || !stored?.lease) return { renewed: false, reason: refusal ?? 'LEASE_NOT_HELD' };
    const { task, lease } = stored;
    // The lock is the lease: once it has lapsed the job is (or is about to be) offered again, and the delegate must stop.
    const job = this.jobHandle(accountId, lease.selectorSet, taskId);
    if ((await job.extendLock(lease.token, task.leaseMs)) !== 1) return { renewed: false, reason: 'LEASE_NOT_HELD' };
    const leaseUntil = new Date(Date.now() + task.leaseMs);
    const startedAt = lease.startedAt ?? (started ? new Date() : null);
    await this.tasks.saveLease(accountId, taskId, { acquisitionId: lease.acquisitionId, leaseUntil, startedAt });
    return { renewed: true, leaseUntil };
  }

  /**
   * Records the result exactly once: only the delegate holding the task can finish it, and a finished task never
   * changes again, so late and duplicate reports are refused without effect.
   */
  async report(accountId: string, delegateId: string, taskId: string, report: TaskReport, leaseToken?: string): Promise<ReportOutcome> {
    const [outcome] = (await this.reportMany(accountId, delegateId, [{ taskId, ...report, ...(leaseToken ? { leaseToken } : {}) }])) as [BatchedReportOutcome];
    const task = await this.getTask(accountId, taskId);
    return outcome.accepted && task ? { accepted: true, task } : { accepted: false, reason: outcome.accepted ? 'NOT_FOUND' : outcome.reason, task };
  }

  /**
   * Reports of one delegate, in one batch: each is checked against its job's lock, the accepted ones are recorded in
   * one insert (a task that already has an outcome keeps it), then their jobs are finished. Outcomes in input order.
   */
  async reportMany(accountId: string, delegateId: string, reports: BatchedTaskReport[]): Promise<BatchedReportOutcome[]> {
    validateAccountId(accountId);
    const valid = reports.map((report) => {
      if (report.status !== 'SUCCEEDED' && report.status !== 'FAILED') {
        throw new DelegateTaskError('INVALID_INPUT', 'status must be SUCCEEDED or FAILED');
      }
      if (typeof report.taskId !== 'string' || report.taskId.length === 0) throw new DelegateTaskError('INVALID_INPUT', 'taskId is required');
      return { ...report, result: validateTaskResult(report.result) };
    });
    const holdings = await this.holdings(accountId, delegateId, valid);

    const finishedAt = new Date();
    // A task reported twice in one batch: the first report is the one that counts.
    const firstReport = new Map<string, number>();
    const outcomes: NewOutcome[] = [];
    valid.forEach((report, i) => {
      if (!holdings[i]?.held || firstReport.has(report.taskId)) return;
      firstReport.set(report.taskId, i);
      // No reason field: every field costs FerretDB time on the hot path, and an absent reason reads as null.
      outcomes.push({ _id: report.taskId, status: report.status, delegateId, result: report.result, finishedAt });
    });
    const recorded = await this.tasks.recordOutcomes(accountId, outcomes);

    return Promise.all(
      valid.map(async (report, i): Promise<BatchedReportOutcome> => {
        const holding = holdings[i] as Holding;
        if (!holding.held) return { taskId: report.taskId, accepted: false, reason: holding.reason };
        if (firstReport.get(report.taskId) !== i) return { taskId: report.taskId, accepted: false, reason: 'ALREADY_FINISHED' };
        const first = recorded.has(report.taskId);
        // Finished either way: the task has its outcome, and the holder's job must not be offered again.
        await this.finishJob(accountId, holding, report.taskId, first ? report : undefined);
        return first ? { taskId: report.taskId, accepted: true } : { taskId: report.taskId, accepted: false, reason: 'ALREADY_FINISHED' };
      }),
    );
  }

  /**
   * Whether `delegateId` holds each task's lease now. A report with its lease token names the job and lock token
   * itself, so the whole batch is checked with one read of the jobs' locks; one without is looked up in the store.
   */
  private async holdings(accountId: string, delegateId: string, reports: BatchedTaskReport[]): Promise<Holding[]> {
    const claims = await Promise.all(
      reports.map(async ({ taskId, leaseToken }): Promise<Holding> => {
        const named = leaseToken ? parseLeaseToken(leaseToken) : null;
        if (leaseToken && named) {
          return named.delegateId === delegateId ? { held: true, token: leaseToken, selectorSet: named.selectorSet } : { held: false, reason: 'LEASE_NOT_HELD' };
        }
        const stored = await this.tasks.stored(accountId, taskId);
        const refusal = holderRefusal(stored, delegateId, leaseToken);
        if (refusal || !stored?.lease) return { held: false, reason: refusal ?? 'LEASE_NOT_HELD' };
        return { held: true, token: stored.lease.token, selectorSet: stored.lease.selectorSet };
      }),
    );
    const locks = await this.currentLocks(
      accountId,
      reports.map(({ taskId }, i) => {
        const claim = claims[i] as Holding;
        return claim.held ? { taskId, selectorSet: claim.selectorSet } : null;
      }),
    );
    return Promise.all(
      claims.map(async (claim, i) => {
        if (!claim.held || locks[i] === claim.token) return claim;
        // Lapsed, finished or never ours: the store tells which.
        const taskId = (reports[i] as BatchedTaskReport).taskId;
        return { held: false, reason: holderRefusal(await this.tasks.stored(accountId, taskId), delegateId, undefined) ?? 'LEASE_NOT_HELD' };
      }),
    );
  }

  /** The lock token each job holds now (null: unlocked or gone), in one read; null entries are skipped. */
  private async currentLocks(accountId: string, jobs: ({ taskId: string; selectorSet: string } | null)[]): Promise<(string | null)[]> {
    const keys = jobs.map((job) => (job ? `${this.queueFor(accountId, job.selectorSet).toKey(job.taskId)}:lock` : null));
    const present = keys.filter((key): key is string => key !== null);
    if (present.length === 0) return keys.map(() => null);
    const values = await this.redis.mget(...present);
    let next = 0;
    return keys.map((key) => (key === null ? null : (values[next++] ?? null)));
  }

  private async finishJob(accountId: string, claim: Claim, taskId: string, report: TaskReport | undefined): Promise<void> {
    try {
      const job = this.jobHandle(accountId, claim.selectorSet, taskId);
      if (report?.status === 'FAILED') await job.moveToFailed(new UnrecoverableError(report.result?.error ?? 'the delegate reported failure'), claim.token, false);
      else await job.moveToCompleted(null, claim.token, false);
    } catch (err) {
      // The store already holds the outcome. If the lock lapsed, the job comes back; a delegate that runs it again
      // finds its report refused as ALREADY_FINISHED.
      this.options.logger?.warn({ err, taskId }, 'could not finish the BullMQ job of a reported delegate task');
    }
  }

  /**
   * Expires tasks still queued past their timeoutMs and removes their jobs; returns how many expired. The platform
   * calls it periodically from any one or several processes (an outcome is recorded once, so overlapping sweeps are
   * harmless). A task acquired in time leaves the schedule; a job being claimed at that moment cannot be removed, and
   * its delegate's report is then refused as ALREADY_FINISHED.
   */
  async expireOverdue(now = new Date()): Promise<number> {
    let expired = 0;
    for (;;) {
      const due = await this.redis.zrangebyscore(this.expiryKey(), '-inf', now.getTime(), 'LIMIT', 0, EXPIRY_BATCH);
      for (const member of due) {
        const entry = parseExpiryMember(member);
        if (entry && (await this.expire(entry, now))) expired += 1;
        await this.redis.zrem(this.expiryKey(), member);
      }
      if (due.length < EXPIRY_BATCH) return expired;
    }
  }

  private async expire({ accountId, selectorSet, taskId }: ExpiryEntry, now: Date): Promise<boolean> {
    const queue = this.queueFor(accountId, selectorSet);
    const state = await queue.getJobState(taskId);
    // Acquired in time (active), or already finished: not for the sweep.
    if (state === 'active' || state === 'completed' || state === 'failed') return false;
    const task = await this.tasks.definition(accountId, taskId);
    if (!task) return false;
    const recorded = await this.tasks.recordOutcomes(accountId, [
      { _id: taskId, status: 'EXPIRED', delegateId: null, result: null, reason: expiryReason(task), finishedAt: now },
    ]);
    if (!recorded.has(taskId)) return false;
    await queue.remove(taskId).catch((err: unknown) => this.options.logger?.warn({ err, taskId }, 'could not remove the job of an expired task'));
    return true;
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    clearInterval(this.idleWorkerSweep);
    const workers = await Promise.allSettled(this.workers.values());
    await Promise.allSettled(workers.map((w) => (w.status === 'fulfilled' ? w.value.close() : undefined)));
    await Promise.allSettled([...this.queues.values()].map((queue) => queue.close()));
    await Promise.allSettled([this.redis.quit(), this.workerRedis.quit()]);
  }

  private expiryKey(): string {
    return `${this.keyPrefix}${EXPIRY_SCHEDULE_KEY}`;
  }

  /** A handle on a job by id, for lock calls and finishing: no Redis read, since every job has the same options. */
  private jobHandle(accountId: string, set: string, taskId: string): Job<DelegateTaskJobData> {
    return new Job(this.queueFor(accountId, set), JOB_NAME, { version: 1, accountId, taskId }, { ...JOB_OPTIONS, jobId: taskId }, taskId);
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
    this.workerUsedAt.set(key, Date.now());
    return worker;
  }

  private async closeIdleWorkers(): Promise<void> {
    const now = Date.now();
    for (const [key, usedAt] of this.workerUsedAt) {
      if (now - usedAt < this.workerIdleMs) continue;
      const worker = this.workers.get(key);
      this.workers.delete(key);
      this.workerUsedAt.delete(key);
      try {
        await (await worker)?.close();
      } catch (err) {
        this.options.logger?.warn({ err }, 'could not close an idle delegate task worker');
      }
    }
  }

  private async startWorker(accountId: string, set: string): Promise<Worker<DelegateTaskJobData>> {
    const worker = new Worker<DelegateTaskJobData>(set, null, {
      connection: this.workerRedis,
      prefix: queuePrefix(this.keyPrefix, accountId),
      autorun: false,
      lockDuration: FETCH_LOCK_MS,
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

/**
 * A lease token: a fresh UUID that also names the acquisition record, then the queue's selector set and the holder,
 * so that a report carrying it is checked without a store read. It is the BullMQ lock token of the jobs it covers.
 */
function newLeaseToken(selectorSet: string, delegateId: string): string {
  return `${randomUUID()}~${Buffer.from(JSON.stringify([selectorSet, delegateId])).toString('base64url')}`;
}

interface LeaseTokenParts {
  acquisitionId: string;
  selectorSet: string;
  delegateId: string;
}

function parseLeaseToken(token: string): LeaseTokenParts | null {
  if (token.length <= UUID_LENGTH + 1 || token[UUID_LENGTH] !== '~') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token.slice(UUID_LENGTH + 1), 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((part) => typeof part === 'string')) return null;
    return { acquisitionId: token.slice(0, UUID_LENGTH), selectorSet: parsed[0] as string, delegateId: parsed[1] as string };
  } catch {
    return null;
  }
}

/** Why `delegateId` may not act on the task, or null if its lease (with this token, if given) is on record. */
function holderRefusal(stored: StoredTask | null, delegateId: string, leaseToken: string | undefined): ReportRefusal | null {
  if (!stored) return 'NOT_FOUND';
  if (stored.outcome) return 'ALREADY_FINISHED';
  const { lease } = stored;
  // Never acquired, or held by another delegate (or by an earlier acquisition): this delegate's lease is gone.
  if (!lease || lease.delegateId !== delegateId || (leaseToken !== undefined && lease.token !== leaseToken)) return 'LEASE_NOT_HELD';
  return null;
}

function toPublic({ task, lease, outcome }: StoredTask): DelegateTask {
  return {
    id: task._id,
    accountId: task.accountId,
    type: task.type,
    payload: task.payload,
    selectors: [...task.selectors],
    timeoutMs: task.timeoutMs,
    leaseMs: task.leaseMs,
    status: outcome?.status ?? (lease ? (lease.startedAt ? 'RUNNING' : 'ACQUIRED') : 'QUEUED'),
    attempts: lease?.attempt ?? 0,
    delegateId: outcome?.delegateId ?? lease?.delegateId ?? null,
    leaseUntil: outcome ? null : (lease?.leaseUntil ?? null),
    result: outcome?.result ?? null,
    reason: outcome?.reason ?? null,
    createdAt: task.createdAt,
    queuedUntil: task.queuedUntil,
    acquiredAt: lease?.acquiredAt ?? null,
    startedAt: lease?.startedAt ?? null,
    finishedAt: outcome?.finishedAt ?? null,
  };
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

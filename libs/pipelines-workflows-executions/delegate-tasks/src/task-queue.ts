import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import Redis from 'ioredis';
import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { LeaseOutcome, RefusalReason, ReportOutcome, TaskRef } from '@fg/delegate-protocol';
import { newId } from '@fg/tenancy';
import { podId as currentPodId, type LimitsConfig, type RateLimiter } from '@fg/rate-limits';
import { traceTaskEnqueue, type TaskTraceContext } from '@fg/tracing';
import {
  ACCOUNT_LIMIT_KEY_PREFIX,
  JOB_NAME,
  POD_ACCOUNTS_KEY_PREFIX,
  POD_LIMIT_KEY_PREFIX,
  deliveryId,
  isDeliveryData,
  limitBlockKey,
  queuePrefix,
  selectorSetName,
  selectorSetsKey,
  selectorsOf,
  type DeliveryData,
} from './delegate-task.contract';
import { DelegateTaskError } from './delegate-task.error';
import { LEASED_STATUSES, type DelegateTask, type EndedTask, type EnqueueTaskInput, type TaskPayload, type TaskResult, type TaskStatus, type TaskType } from './task.entity';
import { validateAccountId, validateEnqueueInput, validateTags, validateTaskResult } from './task-input.validation';
import { TaskRepository, type Claim, type EndedFacts, type Finish } from './task.repository';
import type { TaskDoc } from './task.schema';
import { maskedResult, secretReferencesIn, withSecretValues, type SecretResolution, type TaskSecretResolver } from './task-secrets';

export interface TaskQueueLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface TaskQueueOptions {
  /** The pipelines database; build its indexes at start-up with ensureIndexes from @fg/tenancy. */
  connection: Connection;
  redisUrl: string;
  /** Shared with the app; keys under the limiter's own prefix. */
  limiter: RateLimiter;
  limits: LimitsConfig;
  /** This process's name for the per-pod limit; podId() by default. */
  podId?: string;
  /** Prepended to every Redis key of the queues; '' in production, a unique prefix per test file. */
  keyPrefix?: string;
  /** How often BullMQ looks for deliveries fetched by a process that died before settling them. */
  stalledCheckIntervalMs?: number;
  /** Acquisitions after which a task whose lease keeps lapsing is FAILED instead of offered again. */
  maxAttempts?: number;
  /** Upper bound of `max` in one acquire call. */
  maxBatch?: number;
  /** A queue's worker (one Redis connection each) is closed after this long without an acquire from it. */
  workerIdleMs?: number;
  logger?: TaskQueueLogger;
  /**
   * Called once per task that reached SUCCEEDED, FAILED or EXPIRED through this queue (a report, the expiry sweep,
   * a lease given up), after the write that ended it. A process that dies in between never calls it: whoever waits
   * for tasks must also be able to look them up (getTask) when it resumes.
   */
  onTaskEnded?: (tasks: EndedTask[]) => Promise<void>;
  /**
   * Where the values of a task's `${secrets.getValue("name")}` references come from, when a delegate acquires it
   * (and again to mask them in its report). Without one, a task that refers to a secret fails when acquired.
   */
  secrets?: TaskSecretResolver;
  /** Counts of the queue's work for /metrics (PlatformMetrics of @fg/metrics fits). */
  metrics?: TaskQueueMetrics;
}

/** The counters a TaskQueue reports to. */
export interface TaskQueueMetrics {
  tasksAcquiredBy(count: number): void;
  taskCompleted(outcome: 'SUCCEEDED' | 'FAILED', count?: number): void;
  tasksExpiredBy(count: number): void;
}

/** A task as handed to a delegate. */
export interface AcquiredTask {
  id: string;
  accountId: string;
  type: TaskType;
  /** With the values of its secret references in place: for the delegate's eyes only, never stored. */
  payload: TaskPayload;
  leaseMs: number;
  /** Proves the holder when starting, renewing or reporting; opaque to delegates. */
  leaseToken: string;
  /** The trace of the request that enqueued it, for the delegate's run to continue. */
  trace: TaskTraceContext | null;
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

export interface TaskReport extends TaskRef {
  status: 'SUCCEEDED' | 'FAILED';
  result?: TaskResult;
}

/** The limit that last refused an account's acquisitions, while it still refuses. */
export interface LimitBlock {
  limit: 'account' | 'pod';
  until: Date;
}

/** A delivery fetched from a queue, locked under `token` until settled. */
interface Fetched {
  job: Job<DeliveryData>;
  token: string;
}

// Deliveries are settled (completed) in the same acquire call that fetched them; the lock only covers that call.
const FETCH_LOCK_MS = 30_000;
// A delivery is never retried by BullMQ: a lost one is recovered from the store by the lease sweep.
const BULLMQ_MAX_STALLED = 1_000_000;
const BULK_CHUNK = 1000;
const SWEEP_BATCH = 500;
const JOB_OPTIONS = { attempts: 1, removeOnComplete: true, removeOnFail: true } as const satisfies JobsOptions;
const DEFAULT_WORKER_IDLE_MS = 10 * 60_000;
const FIRST_FETCH_WAVE = 8;

/**
 * Delegate tasks: one document per task in MongoDB holds its state; BullMQ delivers it. One queue per (account,
 * selector set), so an account's backlog never sits in front of another account's tasks and a delegate only looks
 * at queues whose selectors its tags cover.
 *
 * A delivery is a job naming the task and the attempt it is queued for. Acquiring fetches deliveries (Worker with
 * autorun: false, getNextJob), claims their tasks with one compare-and-set bulk write (QUEUED at that attempt ->
 * ACQUIRED under a fresh lease token) and completes the jobs: the lease lives in the task document, never in Redis.
 * A stale delivery (its task expired or moved on) loses the compare-and-set and is dropped. Starts, renewals and
 * reports are compare-and-set writes guarded by status and lease token, batched per call.
 *
 * Two sweeps keep tasks moving; the platform runs both periodically (any number of processes may): expireOverdue
 * and recoverLapsedLeases (a lapsed lease is queued again, as a new delivery for its next attempt).
 */
export class TaskQueue {
  private readonly tasks: TaskRepository;
  private readonly redis: Redis;
  private readonly workerRedis: Redis;
  private readonly queues = new Map<string, Queue<DeliveryData>>();
  private readonly workers = new Map<string, Promise<Worker<DeliveryData>>>();
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
    // Producer calls should fail rather than hang while Redis is away.
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
   * Stores the tasks (one insert), then queues their deliveries (one call per selector set). A crash between the two
   * leaves tasks QUEUED without a delivery: they expire after their timeoutMs, with the reason saying so.
   */
  async enqueueMany(accountId: string, inputs: EnqueueTaskInput[]): Promise<DelegateTask[]> {
    validateAccountId(accountId);
    const now = new Date();
    const docs = inputs.map((input) => {
      const valid = validateEnqueueInput(input);
      return {
        _id: newId(),
        ...valid,
        // Inside the enqueueing request's span: the delegate's run becomes its child.
        trace: traceTaskEnqueue(valid.type) ?? null,
        selectorSet: selectorSetName(valid.selectors),
        status: 'QUEUED' as const,
        attempt: 0,
        lease: null,
        result: null,
        reason: null,
        finishedBy: null,
        createdAt: now,
        queuedUntil: new Date(now.getTime() + valid.timeoutMs),
        acquiredAt: null,
        startedAt: null,
        finishedAt: null,
      };
    });
    const created: TaskDoc[] = [];
    for (let i = 0; i < docs.length; i += BULK_CHUNK) created.push(...(await this.tasks.createMany(accountId, docs.slice(i, i + BULK_CHUNK))));
    await this.deliver(created);
    return created.map(toPublic);
  }

  /** Queues one delivery per task for its current attempt; a delivery queued twice is queued once. */
  private async deliver(tasks: TaskDoc[]): Promise<void> {
    const byQueue = new Map<string, TaskDoc[]>();
    for (const task of tasks) {
      const key = `${task.accountId}\u0000${task.selectorSet}`;
      byQueue.set(key, [...(byQueue.get(key) ?? []), task]);
    }
    for (const group of byQueue.values()) {
      const { accountId, selectorSet } = group[0] as TaskDoc;
      // Listed before the deliveries exist, so that none sits in a queue acquirers do not look at.
      await this.redis.sadd(selectorSetsKey(this.keyPrefix, accountId), selectorSet);
      const queue = this.queueFor(accountId, selectorSet);
      for (let i = 0; i < group.length; i += BULK_CHUNK) {
        await queue.addBulk(
          group.slice(i, i + BULK_CHUNK).map((task) => ({
            name: JOB_NAME,
            data: {
              accountId,
              taskId: task._id,
              attempt: task.attempt,
              type: task.type,
              payload: task.payload,
              leaseMs: task.leaseMs,
              ...(task.trace ? { trace: task.trace } : {}),
            },
            opts: { ...JOB_OPTIONS, jobId: deliveryId(task._id, task.attempt) },
          })),
        );
      }
    }
  }

  async getTask(accountId: string, taskId: string): Promise<DelegateTask | null> {
    validateAccountId(accountId);
    const doc = await this.tasks.byId(accountId, taskId);
    return doc ? toPublic(doc) : null;
  }

  /** The account's tasks, oldest first, optionally of one status. */
  async listTasks(accountId: string, status: TaskStatus | null, offset: number, count: number): Promise<DelegateTask[]> {
    return (await this.tasks.list(accountId, status, offset, count)).map(toPublic);
  }

  countTasks(accountId: string, status: TaskStatus | null): Promise<number> {
    return this.tasks.countByStatus(accountId, status);
  }

  /** How many tasks each account has waiting (one number per account with any), for the queue-depth metrics. */
  queuedPerAccount(): Promise<number[]> {
    return this.tasks.queuedPerAccount();
  }

  countQueuedBefore(accountId: string, createdAt: Date): Promise<number> {
    return this.tasks.countQueuedBefore(accountId, createdAt);
  }

  /** The limit refusing the account's acquisitions right now, if any (what the last refusal said). */
  async limitBlock(accountId: string, now = new Date()): Promise<LimitBlock | null> {
    const raw = await this.redis.get(limitBlockKey(this.keyPrefix, accountId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { limit: LimitBlock['limit']; until: number };
    return parsed.until > now.getTime() ? { limit: parsed.limit, until: new Date(parsed.until) } : null;
  }

  /**
   * Up to `max` tasks for a delegate of the account. Deliveries are fetched first, then the account and pod limits
   * grant units for as many as fit (a unit is only taken for a delivery in hand); those beyond the grant go back to
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
    // The BullMQ lock token of this call's deliveries; each task it wins gets a lease token made from it.
    const token = randomUUID();

    const fetched: Fetched[] = [];
    for (const set of order) {
      if (fetched.length >= wanted) break;
      const worker = await this.workerFor(accountId, set);
      // In growing waves of concurrent fetches, so that polling an empty queue costs a few calls, not `max`.
      for (let wave = Math.min(wanted - fetched.length, FIRST_FETCH_WAVE); wave > 0; ) {
        const jobs = await Promise.all(Array.from({ length: wave }, () => worker.getNextJob(token, { block: false })));
        const got = jobs.filter((job): job is Job<DeliveryData> => job !== undefined);
        for (const job of got) fetched.push({ job, token });
        if (got.length < wave) break;
        wave = Math.min(wanted - fetched.length, wave * 4);
      }
    }
    if (fetched.length === 0) return { tasks: [] };

    try {
      const valid = fetched.filter(({ job }) => isDeliveryData(job.data) && job.data.accountId === accountId);
      const invalid = fetched.filter((item) => !valid.includes(item));
      if (invalid.length > 0) this.options.logger?.error({ jobIds: invalid.map(({ job }) => job.id) }, 'dropping delegate task deliveries with unknown data');
      const { granted, retryAfterMs } = await this.grantUnits(accountId, valid.length);
      const refused = valid.splice(granted);
      // Back to the head of its queue: waiting for a limit must not cost a task its place.
      await Promise.all(refused.map(({ job }) => job.moveToWait(token)));
      const now = new Date();
      const claims: Claim[] = valid.map(({ job: { data } }) => ({
        taskId: data.taskId,
        attempt: data.attempt,
        leaseMs: data.leaseMs,
        token: leaseToken(token, data.leaseMs, secretReferencesIn(data.payload).length > 0),
      }));
      const won = await this.tasks.acquire(accountId, delegateId, claims, now);
      // Won or stale, every delivery of this call is done: the lease is in the task document now.
      await this.settle([...valid, ...invalid]);
      const tokens = new Map(claims.map((claim) => [claim.taskId, claim.token]));
      const acquired = valid
        .filter(({ job }) => won.has(job.data.taskId))
        .map(({ job: { data } }): AcquiredTask => ({
          id: data.taskId,
          accountId,
          type: data.type,
          payload: data.payload,
          leaseMs: data.leaseMs,
          leaseToken: tokens.get(data.taskId) as string,
          trace: data.trace ?? null,
          attempts: data.attempt + 1,
          delegateId,
          acquiredAt: now,
          leaseUntil: new Date(now.getTime() + data.leaseMs),
        }));
      const handedOut = await this.injectSecrets(accountId, delegateId, acquired, now);
      this.options.metrics?.tasksAcquiredBy(handedOut.length);
      return { tasks: handedOut, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    } catch (error) {
      // Give the unsettled deliveries back at once rather than leave them locked until the fetch lock lapses (a
      // delivery whose task this call did claim is then stale, and dropped when fetched again).
      await Promise.all(fetched.map(({ job }) => job.moveToWait(token).catch(() => undefined)));
      throw error;
    }
  }

  /**
   * The values of acquired tasks' secret references, put into the payloads handed out (never into the store). A task
   * that may not have a secret is FAILED with the reason naming it; one whose values the secrets service could not
   * give now is withheld and its lease ended at once, so the lease sweep offers it again.
   */
  private async injectSecrets(accountId: string, delegateId: string, acquired: AcquiredTask[], now: Date): Promise<AcquiredTask[]> {
    const referring = acquired.filter((task) => refersToSecrets(task.leaseToken));
    if (referring.length === 0) return acquired;
    const docs = await this.tasks.current(accountId, referring.map((task) => task.id));
    const payloads = new Map<string, TaskPayload>();
    const refused: { task: AcquiredTask; reason: string }[] = [];
    const withheld: AcquiredTask[] = [];
    await Promise.all(
      referring.map(async (task) => {
        const names = secretReferencesIn(task.payload);
        const resolution = await this.resolveSecrets(accountId, delegateId, names, docs.get(task.id)?.context ?? null);
        if (resolution.ok) payloads.set(task.id, withSecretValues(task.payload, resolution.values));
        else if (resolution.refused) refused.push({ task, reason: `its secrets could not be given to a delegate: ${resolution.message}` });
        else {
          this.options.logger?.warn({ accountId, taskId: task.id, problem: resolution.message }, 'delegate task withheld: its secrets could not be looked up');
          withheld.push(task);
        }
      }),
    );
    if (withheld.length > 0) await this.tasks.endLeases(accountId, withheld.map((task) => ({ taskId: task.id, token: task.leaseToken })), now);
    if (refused.length > 0) {
      const failed = await this.tasks.failHeld(accountId, refused.map(({ task, reason }) => ({ taskId: task.id, token: task.leaseToken, reason })), now);
      this.options.metrics?.taskCompleted('FAILED', failed.size);
      await this.announceEnded(await this.tasks.endedFacts(accountId, [...failed]));
    }
    const dropped = new Set([...withheld.map((task) => task.id), ...refused.map(({ task }) => task.id)]);
    return acquired.filter((task) => !dropped.has(task.id)).map((task) => ({ ...task, payload: payloads.get(task.id) ?? task.payload }));
  }

  private async resolveSecrets(accountId: string, delegateId: string, names: string[], context: DelegateTask['context']): Promise<SecretResolution> {
    if (!this.options.secrets) return { ok: false, refused: true, message: 'this platform has no secrets service configured for delegate tasks' };
    try {
      return await this.options.secrets.resolve(accountId, delegateId, names, context);
    } catch (error) {
      return { ok: false, refused: false, message: (error as Error).message };
    }
  }

  /**
   * Reports of tasks that were given secret values: each value masked in the output and error before anything is
   * stored. When the values cannot be looked up again, the output is withheld rather than stored unmasked.
   */
  private async maskReports(accountId: string, delegateId: string, finishes: Finish[]): Promise<Finish[]> {
    const referring = finishes.filter((finish) => refersToSecrets(finish.token));
    if (referring.length === 0) return finishes;
    const docs = await this.tasks.current(accountId, referring.map((finish) => finish.taskId));
    return Promise.all(
      finishes.map(async (finish) => {
        const doc = docs.get(finish.taskId);
        if (!refersToSecrets(finish.token) || !doc) return finish;
        const resolution = await this.resolveSecrets(accountId, delegateId, secretReferencesIn(doc.payload), doc.context ?? null);
        if (resolution.ok) return { ...finish, result: maskedResult(finish.result, resolution.values.values()) };
        this.options.logger?.warn({ accountId, taskId: finish.taskId, problem: resolution.message }, 'delegate task output withheld: its secrets could not be looked up to mask them');
        const { exitCode, httpStatus } = finish.result;
        return {
          ...finish,
          result: {
            ...(exitCode !== undefined ? { exitCode } : {}),
            ...(httpStatus !== undefined ? { httpStatus } : {}),
            error: 'the output was withheld: the values of the secrets it used could not be looked up to mask them',
          },
        };
      }),
    );
  }

  private async settle(fetched: Fetched[]): Promise<void> {
    await Promise.all(
      fetched.map(({ job, token }) =>
        job.moveToCompleted(null, token, false).catch((err: unknown) => {
          // The lock lapsed first (a very slow call): BullMQ offers the delivery again and the store refuses it as stale.
          this.options.logger?.warn({ err, jobId: job.id }, 'could not settle a delegate task delivery');
        }),
      ),
    );
  }

  /**
   * Units for up to `wanted` acquisitions: the account limit first (it is the one that usually refuses, and a refusal
   * there takes no pod unit), then the account's fair share of the pod limit, then the pod limit itself. Units a
   * later limit refuses stay spent in the earlier ones: the limiter cannot give units back, so this errs on the safe
   * side.
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
    if (byAccount.retryAfterMs !== undefined) await this.recordBlock(accountId, 'account', byAccount.retryAfterMs);
    if (byAccount.granted === 0) return byAccount;
    const podLimit = limits.limitFor('delegateTasksPerMinPerPod');
    const podWindowMs = limits.windowFor('delegateTasksPerMinPerPod');
    const share = Math.ceil(podLimit / (await this.accountsActiveOnPod(accountId, podWindowMs)));
    const byShare = await this.takeUpTo(`${POD_LIMIT_KEY_PREFIX}:${this.podId}:${accountId}`, share, podWindowMs, byAccount.granted);
    const byPod = byShare.granted === 0 ? byShare : await this.takeUpTo(`${POD_LIMIT_KEY_PREFIX}:${this.podId}`, podLimit, podWindowMs, byShare.granted);
    const podRetry = byPod.retryAfterMs ?? byShare.retryAfterMs;
    if (podRetry !== undefined) await this.recordBlock(accountId, 'pod', podRetry);
    const retryAfterMs = podRetry ?? byAccount.retryAfterMs;
    return { granted: byPod.granted, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }

  /**
   * How many accounts acquired on this pod within the window, this one included: the pod limit is shared among them,
   * so one account's delegates cannot take every unit while another account's tasks wait.
   */
  private async accountsActiveOnPod(accountId: string, windowMs: number): Promise<number> {
    const key = `${this.keyPrefix}${POD_ACCOUNTS_KEY_PREFIX}:${this.podId}`;
    const now = Date.now();
    const results = await this.redis
      .multi()
      .zadd(key, now, accountId)
      .zremrangebyscore(key, '-inf', now - windowMs)
      .zcard(key)
      .pexpire(key, windowMs)
      .exec();
    const count = Number(results?.[2]?.[1] ?? 1);
    return Math.max(1, count);
  }

  /** Remembers which limit refused the account and until when, for delegateTask to explain a wait. */
  private async recordBlock(accountId: string, limit: LimitBlock['limit'], retryAfterMs: number): Promise<void> {
    const until = Date.now() + retryAfterMs;
    await this.redis.set(limitBlockKey(this.keyPrefix, accountId), JSON.stringify({ limit, until }), 'PX', Math.max(1, retryAfterMs));
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

  /** The delegate has started these tasks (ACQUIRED -> RUNNING); also renews their leases. Repeating it renews. */
  start(accountId: string, delegateId: string, refs: TaskRef[]): Promise<LeaseOutcome[]> {
    return this.extendLeases(accountId, delegateId, refs, true);
  }

  /** The heartbeat of tasks: extends each lease by its task's leaseMs. Refused once another acquisition took it. */
  renew(accountId: string, delegateId: string, refs: TaskRef[]): Promise<LeaseOutcome[]> {
    return this.extendLeases(accountId, delegateId, refs, false);
  }

  private async extendLeases(accountId: string, delegateId: string, refs: TaskRef[], start: boolean): Promise<LeaseOutcome[]> {
    validateAccountId(accountId);
    // A task named twice is extended once, under the first ref that names it; a token this queue never made holds nothing.
    const leases = new Map<string, { taskId: string; token: string; leaseMs: number }>();
    for (const { taskId, leaseToken } of refs) {
      const leaseMs = leaseMsOf(leaseToken);
      if (leaseMs !== null && !leases.has(taskId)) leases.set(taskId, { taskId, token: leaseToken, leaseMs });
    }
    const extended = await this.tasks.extend(accountId, delegateId, [...leases.values()], start, new Date());
    const held = (taskId: string, leaseToken: string) => extended.has(taskId) && leases.get(taskId)?.token === leaseToken;
    const refused = refs.filter(({ taskId, leaseToken }) => !held(taskId, leaseToken));
    // Only a refusal costs a read: it tells the delegate why.
    const current = refused.length > 0 ? await this.tasks.current(accountId, refused.map((ref) => ref.taskId)) : new Map<string, TaskDoc>();
    return refs.map(({ taskId, leaseToken }): LeaseOutcome => {
      const until = extended.get(taskId);
      if (until && held(taskId, leaseToken)) return { taskId, held: true, leaseUntil: until.getTime() };
      return { taskId, held: false, reason: holderRefusal(current.get(taskId), delegateId, leaseToken) ?? 'LEASE_NOT_HELD' };
    });
  }

  /**
   * Records each result exactly once: only the delegate holding the task under that lease token can finish it, and
   * a finished task never changes again, so late and duplicate reports are refused without effect. In input order.
   */
  async report(accountId: string, delegateId: string, reports: TaskReport[]): Promise<ReportOutcome[]> {
    validateAccountId(accountId);
    const finishes: Finish[] = [];
    const seen = new Set<string>();
    for (const report of reports) {
      if (report.status !== 'SUCCEEDED' && report.status !== 'FAILED') throw new DelegateTaskError('INVALID_INPUT', 'status must be SUCCEEDED or FAILED');
      const result = validateTaskResult(report.result);
      // A task reported twice in one batch: the first report is the one that counts.
      if (seen.has(report.taskId)) continue;
      seen.add(report.taskId);
      finishes.push({ taskId: report.taskId, token: report.leaseToken, status: report.status, result });
    }
    const callId = randomUUID();
    const finished = await this.tasks.finish(accountId, delegateId, await this.maskReports(accountId, delegateId, finishes), callId, new Date());
    for (const status of ['SUCCEEDED', 'FAILED'] as const) {
      const count = finishes.filter((finish) => finish.status === status && finished.has(finish.taskId)).length;
      if (count > 0) this.options.metrics?.taskCompleted(status, count);
    }
    if (this.options.onTaskEnded && finished.size > 0) {
      await this.announceEnded(await this.tasks.endedFacts(accountId, [...finished]));
    }
    const refused = reports.filter((report) => !finished.has(report.taskId));
    const current = refused.length > 0 ? await this.tasks.current(accountId, refused.map((report) => report.taskId)) : new Map<string, TaskDoc>();
    const counted = new Set<string>();
    return reports.map(({ taskId, leaseToken }): ReportOutcome => {
      if (finished.has(taskId) && !counted.has(taskId)) {
        counted.add(taskId);
        return { taskId, accepted: true };
      }
      const doc = finished.has(taskId) ? undefined : current.get(taskId);
      return { taskId, accepted: false, reason: finished.has(taskId) ? 'ALREADY_FINISHED' : (holderRefusal(doc, delegateId, leaseToken) ?? 'LEASE_NOT_HELD') };
    });
  }

  /** Expires tasks still queued past their queuedUntil; returns how many. Overlapping sweeps are harmless. */
  async expireOverdue(now = new Date()): Promise<number> {
    let expired = 0;
    for (;;) {
      const due = await this.tasks.overdue(now, SWEEP_BATCH);
      const results = await Promise.all(due.map((task) => this.tasks.expire(task, expiryReason(task), now)));
      const gone = due.filter((_, i) => results[i]);
      expired += gone.length;
      this.options.metrics?.tasksExpiredBy(gone.length);
      await this.announceEnded(gone.map((task) => ({ ...task, status: 'EXPIRED' as const })));
      // Best effort: a delivery left behind is stale, and dropped when fetched.
      await Promise.all(gone.map((task) => this.queueFor(task.accountId, task.selectorSet).remove(deliveryId(task._id, task.attempt)).catch(() => 0)));
      if (due.length < SWEEP_BATCH) return expired;
    }
  }

  /**
   * Tasks whose holder stopped renewing: queued again for their next attempt (a new delivery first, then the
   * compare-and-set, so a crash between leaves a delivery the store refuses, never a queued task without one), or
   * FAILED after maxAttempts acquisitions. Returns how many were recovered or given up.
   */
  async recoverLapsedLeases(now = new Date()): Promise<number> {
    let recovered = 0;
    for (;;) {
      const lapsed = await this.tasks.lapsed(now, SWEEP_BATCH);
      const held = lapsed.filter((task): task is TaskDoc & { lease: NonNullable<TaskDoc['lease']> } => task.lease !== null);
      const givingUp = held.filter((task) => task.attempt >= this.maxAttempts);
      const retrying = held.filter((task) => task.attempt < this.maxAttempts);
      await this.deliver(retrying);
      const results = await Promise.all([
        ...retrying.map((task) => this.tasks.requeue(task, now)),
        ...givingUp.map((task) =>
          this.tasks.giveUp(task, `its lease lapsed without a report ${task.attempt} time(s); given up after ${this.maxAttempts} attempts`, now),
        ),
      ]);
      recovered += results.filter(Boolean).length;
      const gaveUp = givingUp.filter((_, i) => results[retrying.length + i]);
      if (gaveUp.length > 0) this.options.metrics?.taskCompleted('FAILED', gaveUp.length);
      await this.announceEnded(gaveUp.map((task) => ({ ...task, status: 'FAILED' as const })));
      if (lapsed.length < SWEEP_BATCH) return recovered;
    }
  }

  private async announceEnded(docs: EndedFacts[]): Promise<void> {
    const listener = this.options.onTaskEnded;
    if (!listener || docs.length === 0) return;
    const ended = docs
      .filter((doc): doc is EndedFacts & { status: EndedTask['status'] } => ['SUCCEEDED', 'FAILED', 'EXPIRED'].includes(doc.status))
      .map((doc) => ({ id: doc._id, accountId: doc.accountId, status: doc.status, context: doc.context ?? null }));
    try {
      await listener(ended);
    } catch (err) {
      // The task's own state is already written; a listener that failed must catch up by looking tasks up itself.
      this.options.logger?.error({ err }, 'onTaskEnded listener failed');
    }
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

  private queueFor(accountId: string, set: string): Queue<DeliveryData> {
    this.assertOpen();
    const key = `${accountId}\u0000${set}`;
    let queue = this.queues.get(key);
    if (!queue) {
      queue = new Queue<DeliveryData>(set, { connection: this.redis, prefix: queuePrefix(this.keyPrefix, accountId) });
      queue.on('error', (err) => this.options.logger?.warn({ err, accountId, set }, 'delegate task queue error'));
      this.queues.set(key, queue);
    }
    return queue;
  }

  /** Created on first use: each worker holds a blocking connection, so only queues that delegates poll get one. */
  private workerFor(accountId: string, set: string): Promise<Worker<DeliveryData>> {
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

  private async startWorker(accountId: string, set: string): Promise<Worker<DeliveryData>> {
    const worker = new Worker<DeliveryData>(set, null, {
      connection: this.workerRedis,
      prefix: queuePrefix(this.keyPrefix, accountId),
      autorun: false,
      lockDuration: FETCH_LOCK_MS,
      stalledInterval: this.options.stalledCheckIntervalMs ?? 30_000,
      maxStalledCount: BULLMQ_MAX_STALLED,
    });
    worker.on('error', (err) => this.options.logger?.warn({ err, accountId, set }, 'delegate task worker error'));
    // Manual processing does not start the stalled check: without it a delivery fetched by a process that died
    // before settling it would stay locked for good.
    await worker.startStalledCheckTimer();
    return worker;
  }

  private assertOpen(): void {
    if (this.closing) throw new Error('the delegate task queue is closed');
  }
}

/**
 * A lease token: the acquire call's UUID and the task's leaseMs, so that a renewal sets the new lease end without
 * reading the task first. Opaque to delegates; the store compares it whole.
 */
function leaseToken(callId: string, leaseMs: number, refersToSecrets: boolean): string {
  return `${callId}${refersToSecrets ? SECRETS_MARK : ''}.${leaseMs}`;
}

// In the lease token of a task that refers to secrets, so a report knows to mask without reading the task first. The
// store compares tokens whole, so a delegate cannot drop it and still report.
const SECRETS_MARK = '~secrets';

function refersToSecrets(token: string): boolean {
  return token.slice(0, token.lastIndexOf('.')).endsWith(SECRETS_MARK);
}

function leaseMsOf(token: string): number | null {
  const leaseMs = Number(token.slice(token.lastIndexOf('.') + 1));
  return token.includes('.') && Number.isSafeInteger(leaseMs) && leaseMs > 0 ? leaseMs : null;
}

/** Why `delegateId` may not act on the task under this lease token, or null if it holds it. */
function holderRefusal(doc: TaskDoc | undefined, delegateId: string, leaseToken: string): RefusalReason | null {
  if (!doc) return 'NOT_FOUND';
  if (doc.status !== 'QUEUED' && !(LEASED_STATUSES as readonly string[]).includes(doc.status)) return 'ALREADY_FINISHED';
  // Queued again, or held by another delegate or another acquisition: this lease is gone.
  if (doc.status === 'QUEUED' || doc.lease?.delegateId !== delegateId || doc.lease.token !== leaseToken) return 'LEASE_NOT_HELD';
  return null;
}

function toPublic(doc: TaskDoc): DelegateTask {
  const leased = (LEASED_STATUSES as readonly string[]).includes(doc.status);
  return {
    id: doc._id,
    accountId: doc.accountId,
    type: doc.type,
    payload: doc.payload,
    context: doc.context ?? null,
    selectors: [...doc.selectors],
    timeoutMs: doc.timeoutMs,
    leaseMs: doc.leaseMs,
    status: doc.status,
    attempts: doc.attempt,
    delegateId: doc.lease?.delegateId ?? null,
    leaseUntil: leased ? (doc.lease?.until ?? null) : null,
    result: doc.result,
    reason: doc.reason,
    createdAt: doc.createdAt,
    queuedUntil: doc.queuedUntil,
    acquiredAt: doc.acquiredAt,
    startedAt: doc.startedAt,
    finishedAt: doc.finishedAt,
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

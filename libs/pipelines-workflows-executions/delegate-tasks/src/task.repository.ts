import type { Connection, Model, mongo } from 'mongoose';
import { AccountScopedRepository } from '@fg/tenancy';
import { LEASED_STATUSES, type TaskLease, type TaskResult, type TaskStatus } from './task.entity';
import { taskSchema, type TaskDoc } from './task.schema';

export type NewTask = Omit<TaskDoc, 'accountId'>;

/** The fields of a task that reached an end, as onTaskEnded listeners get them. */
export type EndedFacts = Pick<TaskDoc, '_id' | 'accountId' | 'status' | 'context'>;

/** A delivery a delegate's acquire took from a queue: the task, and the attempt it was queued for. */
export interface Claim {
  taskId: string;
  attempt: number;
  leaseMs: number;
  /** The lease token the task gets if this claim wins. */
  token: string;
}

/** A lease a delegate names when it starts, renews or reports a task. */
export interface HeldLease {
  taskId: string;
  token: string;
}

export interface Finish extends HeldLease {
  status: Extract<TaskStatus, 'SUCCEEDED' | 'FAILED'>;
  result: TaskResult;
}

const MODEL_NAME = 'DelegateTask';

/**
 * The task documents. Every state change is a compare-and-set update (filter = the state it leaves); batches go as
 * one bulk write, and only when some of it did not apply is the batch read back to tell which writes won.
 */
export class TaskRepository extends AccountScopedRepository<TaskDoc, TaskDoc> {
  private readonly tasks: Model<TaskDoc>;

  constructor(connection: Connection) {
    const model = (connection.models[MODEL_NAME] ?? connection.model<TaskDoc>(MODEL_NAME, taskSchema)) as Model<TaskDoc>;
    super(model);
    this.tasks = model;
  }

  protected toEntity(doc: TaskDoc): TaskDoc {
    return doc;
  }

  /** One round trip for a batch. */
  async createMany(accountId: string, tasks: NewTask[]): Promise<TaskDoc[]> {
    requireAccount(accountId);
    if (tasks.length === 0) return [];
    const docs: TaskDoc[] = tasks.map((task) => ({ ...task, accountId }));
    await this.tasks.collection.insertMany(docs as never[], { ordered: true });
    return docs;
  }

  byId(accountId: string, id: string): Promise<TaskDoc | null> {
    return this.findOne(accountId, { _id: id });
  }

  list(accountId: string, status: TaskStatus | null, offset: number, count: number): Promise<TaskDoc[]> {
    return this.findMany(accountId, status ? { status } : {}, { offset, count, sort: { createdAt: 1 } });
  }

  countByStatus(accountId: string, status: TaskStatus | null): Promise<number> {
    return this.count(accountId, status ? { status } : {});
  }

  /** Queued tasks of the account created before `createdAt` (served by the {accountId, status, createdAt} index). */
  countQueuedBefore(accountId: string, createdAt: Date): Promise<number> {
    return this.count(accountId, { status: 'QUEUED', createdAt: { $lt: createdAt } });
  }

  /**
   * QUEUED -> ACQUIRED for each claim whose task is still queued for that attempt, under the claim's lease token;
   * returns the ids won. A claim loses when the task expired, or when the delivery was stale (the task moved on).
   */
  async acquire(accountId: string, delegateId: string, claims: Claim[], now: Date): Promise<Set<string>> {
    if (claims.length === 0) return new Set();
    const applied = await this.casMany(
      accountId,
      claims.map(({ taskId, attempt, leaseMs, token }) => ({
        filter: { _id: taskId, status: 'QUEUED', attempt },
        set: {
          status: 'ACQUIRED',
          attempt: attempt + 1,
          lease: { delegateId, token, until: new Date(now.getTime() + leaseMs) },
          acquiredAt: now,
          startedAt: null,
        },
      })),
    );
    if (applied === claims.length) return new Set(claims.map((claim) => claim.taskId));
    const tokens = new Map(claims.map((claim) => [claim.taskId, claim.token]));
    const after = await this.read(accountId, [...tokens.keys()], {});
    return new Set(after.filter((doc) => doc.lease?.token === tokens.get(doc._id)).map((doc) => doc._id));
  }

  /** The tasks named, as stored now (one read); absent ids are not found or not the account's. */
  async current(accountId: string, ids: string[]): Promise<Map<string, TaskDoc>> {
    const docs = await this.read(accountId, ids, {});
    return new Map(docs.map((doc) => [doc._id, doc]));
  }

  /** What a listener of ended tasks is told of each: one read of just these fields, not the payloads and results. */
  async endedFacts(accountId: string, ids: string[]): Promise<EndedFacts[]> {
    requireAccount(accountId);
    const projection = { _id: 1, accountId: 1, status: 1, context: 1 };
    return (await this.tasks.collection.find({ _id: { $in: ids }, accountId } as never, { projection }).toArray()) as unknown as EndedFacts[];
  }

  /**
   * Extends each lease to now + leaseMs if `delegateId` still holds it under that token, without reading first;
   * `start` also moves ACQUIRED to RUNNING (and a repeated start only renews). One task per lease. Returns the new lease
   * ends of the tasks whose lease was extended.
   *
   * A start is one write per task (ACQUIRED -> RUNNING with the new lease end): a delegate starts each task once, so
   * the renewal write is sent only when some of the batch did not start, i.e. was already RUNNING or is not held.
   */
  async extend(accountId: string, delegateId: string, leases: (HeldLease & { leaseMs: number })[], start: boolean, now: Date): Promise<Map<string, Date>> {
    if (leases.length === 0) return new Map();
    const until = new Map(leases.map(({ taskId, leaseMs }) => [taskId, new Date(now.getTime() + leaseMs)]));
    const holder = (taskId: string, token: string) => ({ _id: taskId, 'lease.token': token, 'lease.delegateId': delegateId });
    if (start) {
      const started = await this.casMany(
        accountId,
        leases.map(({ taskId, token }) => ({
          filter: { ...holder(taskId, token), status: 'ACQUIRED' },
          set: { status: 'RUNNING', startedAt: now, 'lease.until': until.get(taskId) },
        })),
      );
      if (started === leases.length) return until;
    }
    // A renewal; after a partial start, the tasks that started match it too and keep the same lease end.
    const renewed = await this.casMany(
      accountId,
      leases.map(({ taskId, token }) => ({ filter: { ...holder(taskId, token), status: { $in: [...LEASED_STATUSES] } }, set: { 'lease.until': until.get(taskId) } })),
    );
    if (renewed === leases.length) return until;
    const tokens = new Map(leases.map(({ taskId, token }) => [taskId, token]));
    const after = await this.read(accountId, [...tokens.keys()], { status: { $in: [...LEASED_STATUSES] } });
    const extended = new Map<string, Date>();
    for (const doc of after) {
      const lease = doc.lease;
      if (lease && lease.token === tokens.get(doc._id) && lease.until.getTime() >= (until.get(doc._id) as Date).getTime()) {
        extended.set(doc._id, lease.until);
      }
    }
    return extended;
  }

  /**
   * Records each result if `delegateId` still holds the task under that token: a finished task never changes again.
   * `callId` is unique per call; returns the ids this call finished.
   */
  async finish(accountId: string, delegateId: string, finishes: Finish[], callId: string, now: Date): Promise<Set<string>> {
    if (finishes.length === 0) return new Set();
    const applied = await this.casMany(
      accountId,
      finishes.map(({ taskId, token, status, result }) => ({
        filter: { _id: taskId, status: { $in: [...LEASED_STATUSES] }, 'lease.token': token, 'lease.delegateId': delegateId },
        set: { status, result, finishedAt: now, finishedBy: callId },
      })),
    );
    const ids = finishes.map((finish) => finish.taskId);
    if (applied === finishes.length) return new Set(ids);
    return new Set((await this.read(accountId, ids, { finishedBy: callId })).map((doc) => doc._id));
  }

  /** ACQUIRED -> FAILED with a reason, for tasks this acquisition still holds (not yet handed to the delegate). */
  async failHeld(accountId: string, tasks: (HeldLease & { reason: string })[], now: Date): Promise<Set<string>> {
    if (tasks.length === 0) return new Set();
    const applied = await this.casMany(
      accountId,
      tasks.map(({ taskId, token, reason }) => ({
        filter: { _id: taskId, status: 'ACQUIRED', 'lease.token': token },
        set: { status: 'FAILED', reason, finishedAt: now },
      })),
    );
    const ids = tasks.map((task) => task.taskId);
    if (applied === tasks.length) return new Set(ids);
    const tokens = new Map(tasks.map((task) => [task.taskId, task.token]));
    return new Set((await this.read(accountId, ids, { status: 'FAILED' })).filter((doc) => doc.lease?.token === tokens.get(doc._id)).map((doc) => doc._id));
  }

  /** Ends these leases now (the task was not handed out after all), so the lease sweep offers the tasks again. */
  async endLeases(accountId: string, leases: HeldLease[], now: Date): Promise<void> {
    if (leases.length === 0) return;
    await this.casMany(
      accountId,
      leases.map(({ taskId, token }) => ({ filter: { _id: taskId, status: 'ACQUIRED', 'lease.token': token }, set: { 'lease.until': new Date(now.getTime() - 1) } })),
    );
  }

  /**
   * The number of queued tasks of each account that has any, for the queue-depth metrics. Served by the
   * {status, queuedUntil} index (its status prefix); one number per account, never an account's id leaves here.
   */
  async queuedPerAccount(): Promise<number[]> {
    const groups = await this.tasks.collection
      .aggregate<{ queued: number }>([{ $match: { status: 'QUEUED' } }, { $group: { _id: '$accountId', queued: { $sum: 1 } } }, { $project: { _id: 0, queued: 1 } }])
      .toArray();
    return groups.map((group) => group.queued);
  }

  /** Queued tasks past their queuedUntil, in every account: the expiry sweep's candidates. */
  overdue(now: Date, count: number): Promise<TaskDoc[]> {
    return this.findManyAcrossAccounts({ status: 'QUEUED', queuedUntil: { $lte: now } }, 'the expiry sweep serves every account', count);
  }

  /** Held tasks whose lease ran out, in every account: the lease sweep's candidates. */
  lapsed(now: Date, count: number): Promise<TaskDoc[]> {
    return this.findManyAcrossAccounts(
      { status: { $in: [...LEASED_STATUSES] }, 'lease.until': { $lt: now } },
      'the lease sweep serves every account',
      count,
    );
  }

  /** QUEUED -> EXPIRED, unless it was acquired (or requeued) meanwhile. */
  async expire(task: TaskDoc, reason: string, now: Date): Promise<boolean> {
    const filter = { _id: task._id, status: 'QUEUED', attempt: task.attempt, queuedUntil: task.queuedUntil };
    return (await this.casMany(task.accountId, [{ filter, set: { status: 'EXPIRED', reason, finishedAt: now } }])) === 1;
  }

  /** A lapsed lease back to QUEUED (for its next attempt), unless its holder renewed or finished it meanwhile. */
  async requeue(task: TaskDoc & { lease: TaskLease }, now: Date): Promise<boolean> {
    const set = { status: 'QUEUED', queuedUntil: new Date(now.getTime() + task.timeoutMs), 'lease.until': now };
    return (await this.casMany(task.accountId, [{ filter: lapsedFilter(task, now), set }])) === 1;
  }

  /** A lapsed lease given up for good: FAILED with the reason. */
  async giveUp(task: TaskDoc & { lease: TaskLease }, reason: string, now: Date): Promise<boolean> {
    return (await this.casMany(task.accountId, [{ filter: lapsedFilter(task, now), set: { status: 'FAILED', reason, finishedAt: now } }])) === 1;
  }

  private async read(accountId: string, ids: string[], filter: Record<string, unknown>): Promise<TaskDoc[]> {
    requireAccount(accountId);
    return (await this.tasks.collection.find({ ...filter, _id: { $in: ids }, accountId } as never).toArray()) as unknown as TaskDoc[];
  }

  /** Conditional updates in one bulk write, each scoped to the account; returns how many matched. */
  private async casMany(accountId: string, updates: { filter: Record<string, unknown>; set: Record<string, unknown> }[]): Promise<number> {
    requireAccount(accountId);
    const operations: mongo.AnyBulkWriteOperation<TaskDoc>[] = updates.map(({ filter, set }) => ({
      updateOne: { filter: { ...filter, accountId } as never, update: { $set: set } },
    }));
    const result = await this.tasks.collection.bulkWrite(operations as never, { ordered: false });
    return result.matchedCount;
  }
}

function lapsedFilter(task: TaskDoc & { lease: TaskLease }, now: Date): Record<string, unknown> {
  return { _id: task._id, status: task.status, 'lease.token': task.lease.token, 'lease.until': { $lt: now } };
}

function requireAccount(accountId: string): void {
  if (!accountId) throw new Error('accountId is required for every query');
}


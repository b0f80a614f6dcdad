import type { Connection, Model, Schema } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError } from '@fg/tenancy';
import { taskSchema, type TaskDoc } from './task.schema';
import { taskAcquisitionSchema, type TaskAcquisitionDoc } from './task-acquisition.schema';
import { taskLeaseSchema, type TaskLeaseDoc } from './task-lease.schema';
import { taskOutcomeSchema, type TaskOutcomeDoc } from './task-outcome.schema';

export type NewTask = Omit<TaskDoc, 'accountId'>;
export type NewAcquisition = Omit<TaskAcquisitionDoc, 'accountId'>;
export type NewOutcome = Omit<TaskOutcomeDoc, 'accountId'>;

/** A task's current lease: its latest acquisition, with what its holder has said since. */
export interface TaskLease {
  acquisitionId: string;
  delegateId: string;
  selectorSet: string;
  token: string;
  attempt: number;
  acquiredAt: Date;
  leaseUntil: Date;
  startedAt: Date | null;
}

/** Everything stored about one task. */
export interface StoredTask {
  task: TaskDoc;
  lease: TaskLease | null;
  outcome: TaskOutcomeDoc | null;
}

function modelOf<T>(connection: Connection, name: string, schema: Schema<T>): Model<T> {
  return (connection.models[name] ?? connection.model<T>(name, schema)) as Model<T>;
}

/**
 * Tasks, their acquisitions, leases and outcomes. Reads go by bare _id and check the account on the result where
 * they can: FerretDB 1.24 serves only a bare _id filter from an index and scans the collection for anything else
 * (`{ _id, accountId }` included), and the check is equally strict. The hot path only inserts, in batches.
 */
export class TaskRepository extends AccountScopedRepository<TaskDoc, TaskDoc> {
  private readonly tasks: Model<TaskDoc>;
  private readonly acquisitions: Model<TaskAcquisitionDoc>;
  private readonly leases: Model<TaskLeaseDoc>;
  private readonly outcomes: Model<TaskOutcomeDoc>;

  constructor(connection: Connection) {
    const tasks = modelOf(connection, 'DelegateTask', taskSchema);
    super(tasks);
    this.tasks = tasks;
    this.acquisitions = modelOf(connection, 'DelegateTaskAcquisition', taskAcquisitionSchema);
    this.leases = modelOf(connection, 'DelegateTaskLease', taskLeaseSchema);
    this.outcomes = modelOf(connection, 'DelegateTaskOutcome', taskOutcomeSchema);
  }

  protected toEntity(doc: TaskDoc): TaskDoc {
    return { ...doc, selectors: [...doc.selectors] };
  }

  /** One round trip for a batch; the account id is set here, as insert does, so the caller cannot mix accounts. */
  async createMany(accountId: string, tasks: NewTask[]): Promise<TaskDoc[]> {
    requireAccount(accountId);
    if (tasks.length === 0) return [];
    const docs: TaskDoc[] = tasks.map((task) => ({ ...task, accountId }));
    await this.tasks.collection.insertMany(docs as never[], { ordered: true });
    return docs.map((doc) => this.toEntity(doc));
  }

  async definition(accountId: string, id: string): Promise<TaskDoc | null> {
    const doc = await byBareId(this.tasks, accountId, id);
    return doc ? this.toEntity(doc) : null;
  }

  outcome(accountId: string, id: string): Promise<TaskOutcomeDoc | null> {
    return byBareId(this.outcomes, accountId, id);
  }

  /**
   * The task with its current lease and outcome. `acquisitionId` (from a lease token) names the acquisition to read
   * by _id; without it the task's latest acquisition is looked up.
   */
  async stored(accountId: string, id: string, acquisitionId?: string): Promise<StoredTask | null> {
    const [task, acquisition, lease, outcome] = await Promise.all([
      this.definition(accountId, id),
      acquisitionId ? byBareId(this.acquisitions, accountId, acquisitionId) : this.latestAcquisition(accountId, id),
      byBareId(this.leases, accountId, id),
      byBareId(this.outcomes, accountId, id),
    ]);
    if (!task) return null;
    return { task, lease: acquisition ? leaseOf(task, acquisition, lease) : null, outcome };
  }

  private async latestAcquisition(accountId: string, taskId: string): Promise<TaskAcquisitionDoc | null> {
    requireAccount(accountId);
    const filter = { accountId, taskIds: taskId };
    return (await this.acquisitions.collection.findOne(filter as never, { sort: { acquiredAt: -1 } })) as TaskAcquisitionDoc | null;
  }

  /** One insert for an acquire call (one document per queue it took tasks from). */
  async recordAcquisitions(accountId: string, acquisitions: NewAcquisition[]): Promise<void> {
    requireAccount(accountId);
    if (acquisitions.length === 0) return;
    await this.acquisitions.collection.insertMany(acquisitions.map((doc) => ({ ...doc, accountId })) as never[], { ordered: true });
  }

  /** A start or renewal of a lease the caller has just verified it holds (BullMQ's lock decides that). */
  async saveLease(accountId: string, taskId: string, lease: Omit<TaskLeaseDoc, '_id' | 'accountId'>): Promise<void> {
    requireAccount(accountId);
    await this.leases.collection.replaceOne({ _id: taskId } as never, { ...lease, accountId }, { upsert: true });
  }

  /** Inserts the outcomes; returns the ids recorded now. A task that already had an outcome keeps it. */
  recordOutcomes(accountId: string, outcomes: NewOutcome[]): Promise<Set<string>> {
    return insertUnique(this.outcomes, accountId, outcomes.map((outcome) => ({ ...outcome, accountId })));
  }
}

function leaseOf(task: TaskDoc, acquisition: TaskAcquisitionDoc, lease: TaskLeaseDoc | null): TaskLease | null {
  const index = acquisition.taskIds.indexOf(task._id);
  if (index < 0) return null;
  // A start or renewal recorded for an earlier acquisition says nothing about this one.
  const said = lease?.acquisitionId === acquisition._id ? lease : null;
  return {
    acquisitionId: acquisition._id,
    delegateId: acquisition.delegateId,
    selectorSet: acquisition.selectorSet,
    token: acquisition.token,
    attempt: acquisition.attempts[index] ?? 1,
    acquiredAt: acquisition.acquiredAt,
    leaseUntil: said?.leaseUntil ?? new Date(acquisition.acquiredAt.getTime() + task.leaseMs),
    startedAt: said?.startedAt ?? null,
  };
}

function requireAccount(accountId: string): void {
  if (!accountId) throw new Error('accountId is required for every query');
}

async function byBareId<T extends { _id: string; accountId: string }>(model: Model<T>, accountId: string, id: string): Promise<T | null> {
  requireAccount(accountId);
  const doc = (await model.collection.findOne({ _id: id } as never)) as T | null;
  return doc && doc.accountId === accountId ? doc : null;
}

/** Inserts each document unless one with its _id exists; returns the ids inserted. */
async function insertUnique<T extends { _id: string; accountId: string }>(model: Model<T>, accountId: string, docs: T[]): Promise<Set<string>> {
  requireAccount(accountId);
  if (docs.length === 0) return new Set();
  if (docs.some((doc) => doc.accountId !== accountId)) throw new Error('a batch may hold one account only');
  // A write error names a position; with an _id twice in the batch it could not tell which copy failed.
  if (new Set(docs.map((doc) => doc._id)).size !== docs.length) throw new Error('a batch may hold each _id once');
  const inserted = new Set(docs.map((doc) => doc._id));
  try {
    await model.collection.insertMany(docs as never[], { ordered: false });
  } catch (error) {
    type WriteFailure = { index: number; code?: number; errmsg?: string };
    // The driver gives one write error as an object, several as an array.
    const reported = (error as { writeErrors?: WriteFailure | WriteFailure[] }).writeErrors;
    const failures = reported === undefined ? [] : Array.isArray(reported) ? reported : [reported];
    if (failures.length === 0) throw error;
    for (const failure of failures) {
      if (!isDuplicateKeyError({ code: failure.code, message: failure.errmsg })) throw error;
      inserted.delete((docs[failure.index] as T)._id);
    }
  }
  return inserted;
}

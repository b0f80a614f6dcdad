import type { Connection, Model } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError } from '@fg/tenancy';
import { taskSchema, type TaskDoc } from './task.schema';
import { taskLeaseSchema, type TaskLeaseDoc } from './task-lease.schema';
import { taskOutcomeSchema, type TaskOutcomeDoc } from './task-outcome.schema';

export type NewTask = Omit<TaskDoc, 'accountId'>;
export type NewLease = Omit<TaskLeaseDoc, 'accountId'>;
export type NewOutcome = Omit<TaskOutcomeDoc, 'accountId'>;

/** Everything stored about one task. */
export interface StoredTask {
  task: TaskDoc;
  lease: TaskLeaseDoc | null;
  outcome: TaskOutcomeDoc | null;
}

function modelOf<T>(connection: Connection, name: string, schema: import('mongoose').Schema<T>): Model<T> {
  return (connection.models[name] ?? connection.model<T>(name, schema)) as Model<T>;
}

/**
 * Tasks, their leases and their outcomes, all keyed by the task's id. Reads go by bare _id and check the account on
 * the result: FerretDB 1.24 serves only a bare _id filter from an index and scans the collection for anything else
 * (`{ _id, accountId }` included), and the check is equally strict. Writes are batched inserts; the few updates
 * (a lease renewed or started, a lapsed task acquired again) go by bare _id too.
 */
export class TaskRepository extends AccountScopedRepository<TaskDoc, TaskDoc> {
  private readonly tasks: Model<TaskDoc>;
  private readonly leases: Model<TaskLeaseDoc>;
  private readonly outcomes: Model<TaskOutcomeDoc>;

  constructor(connection: Connection) {
    const tasks = modelOf(connection, 'DelegateTask', taskSchema);
    super(tasks);
    this.tasks = tasks;
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

  async stored(accountId: string, id: string): Promise<StoredTask | null> {
    const [task, lease, outcome] = await Promise.all([
      this.definition(accountId, id),
      byBareId(this.leases, accountId, id),
      byBareId(this.outcomes, accountId, id),
    ]);
    return task ? { task, lease, outcome } : null;
  }

  lease(accountId: string, id: string): Promise<TaskLeaseDoc | null> {
    return byBareId(this.leases, accountId, id);
  }

  outcome(accountId: string, id: string): Promise<TaskOutcomeDoc | null> {
    return byBareId(this.outcomes, accountId, id);
  }

  /** Records new leases: one insert for the batch; a task leased before (its lease lapsed) has its lease replaced. */
  async recordLeases(accountId: string, leases: NewLease[]): Promise<void> {
    const docs: TaskLeaseDoc[] = leases.map((lease) => ({ ...lease, accountId }));
    const taken = await insertUnique(this.leases, accountId, docs);
    for (const doc of docs) {
      if (!taken.has(doc._id)) await this.leases.collection.replaceOne({ _id: doc._id } as never, doc);
    }
  }

  /** Renewal and start of a lease the caller has just verified it holds (BullMQ's lock decides that). */
  async updateLease(accountId: string, id: string, changes: Partial<Pick<TaskLeaseDoc, 'leaseUntil' | 'startedAt'>>): Promise<void> {
    requireAccount(accountId);
    await this.leases.collection.updateOne({ _id: id } as never, { $set: changes });
  }

  /** Inserts the outcomes; returns the ids recorded now. A task that already had an outcome keeps it. */
  recordOutcomes(accountId: string, outcomes: NewOutcome[]): Promise<Set<string>> {
    return insertUnique(this.outcomes, accountId, outcomes.map((outcome) => ({ ...outcome, accountId })));
  }
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

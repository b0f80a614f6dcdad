import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection, Model } from 'mongoose';
import { AccountScopedRepository } from '@fg/tenancy';
import type { DelegateTask } from './task.entity';
import { taskSchema, type TaskDoc } from './task.schema';
import { TaskTransitionRepository } from './task-transition.repository';

/** A task with the fields only the platform uses. */
export interface TaskRecord extends DelegateTask {
  leaseToken: string | null;
  seq: number;
}

export type NewTask = Omit<TaskDoc, 'accountId' | 'seq'>;

export type TaskChanges = Partial<Omit<TaskDoc, '_id' | 'accountId' | 'seq'>>;

/** What a transition decides from the task as it is now: the fields to write, or why not. */
export type Decision<R extends string> = { write: TaskChanges } | { refuse: R };

export type TransitionOutcome<R extends string> =
  | { ok: true; task: TaskRecord }
  | { ok: false; reason: R | 'NOT_FOUND'; task: TaskRecord | null };

const MODEL_NAME = 'DelegateTask';
// A writer that won a transition and has not written the task within this time is taken to have died.
const ABANDONED_TRANSITION_MS = 10_000;
const CONTENDED_FOR_MS = 5_000;

/**
 * Every state change goes through transition(): read, decide, win the next sequence number (a unique insert), then
 * write. FerretDB 1.24 has no transactions and its conditional updates are not atomic, so this is what makes "two
 * acquirers can never both win" and "a result is recorded once" hold.
 */
export class TaskRepository extends AccountScopedRepository<TaskDoc, TaskRecord> {
  private readonly tasks: Model<TaskDoc>;
  private readonly transitions: TaskTransitionRepository;

  constructor(connection: Connection) {
    const model = (connection.models[MODEL_NAME] ?? connection.model<TaskDoc>(MODEL_NAME, taskSchema)) as Model<TaskDoc>;
    super(model);
    this.tasks = model;
    this.transitions = new TaskTransitionRepository(connection);
  }

  protected toEntity(doc: TaskDoc): TaskRecord {
    return {
      id: doc._id,
      accountId: doc.accountId,
      type: doc.type,
      payload: doc.payload,
      selectors: [...doc.selectors],
      timeoutMs: doc.timeoutMs,
      leaseMs: doc.leaseMs,
      status: doc.status,
      attempts: doc.attempts,
      seq: doc.seq ?? 0,
      delegateId: doc.delegateId ?? null,
      leaseToken: doc.leaseToken ?? null,
      leaseUntil: doc.leaseUntil ?? null,
      result: doc.result ?? null,
      reason: doc.reason ?? null,
      createdAt: doc.createdAt,
      queuedUntil: doc.queuedUntil,
      acquiredAt: doc.acquiredAt ?? null,
      startedAt: doc.startedAt ?? null,
      finishedAt: doc.finishedAt ?? null,
    };
  }

  /** One round trip for a batch; the account id is set here, as insert does, so the caller cannot mix accounts. */
  async createMany(accountId: string, tasks: NewTask[]): Promise<TaskRecord[]> {
    if (!accountId) throw new Error('accountId is required for every query');
    if (tasks.length === 0) return [];
    const docs: TaskDoc[] = tasks.map((task) => ({ ...task, accountId, seq: 0 }));
    await this.tasks.insertMany(docs, { ordered: true, lean: true });
    return docs.map((doc) => this.toEntity(doc));
  }

  async byId(accountId: string, id: string): Promise<TaskRecord | null> {
    // FerretDB 1.24 scans the whole collection for {_id, accountId} (about 1 s at 10,000 tasks) but not for a bare
    // _id; the account is checked on the result instead, which is equally strict.
    const task = await this.findOneAcrossAccounts({ _id: id }, 'bare _id lookup for FerretDB; account checked below');
    return task && task.accountId === accountId ? task : null;
  }

  async transition<R extends string>(
    accountId: string,
    id: string,
    decide: (task: TaskRecord) => Decision<R>,
  ): Promise<TransitionOutcome<R>> {
    const giveUpAt = Date.now() + CONTENDED_FOR_MS;
    for (let round = 0; ; round += 1) {
      const task = await this.byId(accountId, id);
      if (!task) return { ok: false, reason: 'NOT_FOUND', task: null };
      const decision = decide(task);
      if ('refuse' in decision) return { ok: false, reason: decision.refuse, task };
      const seq = task.seq + 1;
      const set = { ...decision.write, seq };
      if (await this.transitions.take(accountId, id, seq, set, new Date())) {
        const written = await this.updateOne(accountId, { _id: id }, { $set: set });
        if (!written) throw new Error(`delegate task ${id} disappeared during a transition`);
        return { ok: true, task: written };
      }
      await this.completeAbandoned(accountId, id, seq);
      if (Date.now() > giveUpAt) throw new Error(`delegate task ${id} stayed contended for ${CONTENDED_FOR_MS} ms`);
      // The winner is writing; its write is a round trip away.
      await sleep(Math.min(5 * (round + 1), 50));
    }
  }

  /** Writes a transition whose winner died between winning it and writing the task. */
  private async completeAbandoned(accountId: string, id: string, seq: number): Promise<void> {
    const transition = await this.transitions.get(accountId, id, seq);
    if (!transition || Date.now() - transition.at.getTime() < ABANDONED_TRANSITION_MS) return;
    const task = await this.byId(accountId, id);
    if (task && task.seq === seq - 1) await this.updateOne(accountId, { _id: id }, { $set: transition.set });
  }

  overdueQueued(now: Date, count: number): Promise<TaskRecord[]> {
    return this.findManyAcrossAccounts(
      { status: 'QUEUED', queuedUntil: { $lte: now } },
      'expiry is a platform sweep over all accounts; each expiry is then a scoped transition',
      count,
    );
  }
}

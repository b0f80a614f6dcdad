import type { Connection, Model } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, type ScopedFilter } from '@fg/tenancy';
import { FINAL_STATUSES, type Execution } from './execution.entity';
import { executionSchema, type ExecutionDoc } from './execution.schema';

/** Conditions on stored execution fields (applicationId, status, createdAt, …) built by the executions query. */
export type ExecutionCondition = Record<string, unknown>;

/** The stored fields deploymentStats groups by (serviceIds: one group per deployed service). */
export type ExecutionGroupField = 'applicationId' | 'serviceIds' | 'environmentId' | 'environmentType' | 'status' | 'workflowId' | 'pipelineId';

/** One group of deploymentStats: its field value and/or time bucket start (epoch ms, UTC), counted and measured. */
export interface ExecutionGroupTotals {
  key: string | null;
  time: number | null;
  count: number;
  /** Over the group's ended executions' durations (ms); min and max are null when none has ended. */
  durationSum: number;
  durationMin: number | null;
  durationMax: number | null;
  ended: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** 1970-01-01 was a Thursday: weeks start on the Monday four days later. */
const MONDAY_OFFSET_MS = 4 * DAY_MS;

/** The start of a bucket of the creation time, in arithmetic the store runs everywhere (no $dateTrunc). */
function bucketStart(unit: 'hour' | 'day' | 'week'): Record<string, unknown> {
  if (unit === 'week') return { $subtract: ['$createdAt', { $mod: [{ $subtract: ['$createdAt', MONDAY_OFFSET_MS] }, 7 * DAY_MS] }] };
  return { $subtract: ['$createdAt', { $mod: ['$createdAt', unit === 'hour' ? HOUR_MS : DAY_MS] }] };
}

function toDoc(execution: Execution): ExecutionDoc {
  const { id, accountId, ...fields } = execution;
  const durationMs = execution.startedAt !== null && execution.endedAt !== null ? execution.endedAt - execution.startedAt : null;
  return { _id: id, accountId, ...fields, durationMs } as ExecutionDoc;
}

/**
 * Executions, one document each. Every change is a compare-and-set on the document's version: `replace` writes the
 * next state only if nobody wrote since `current` was read, so of two racing transitions exactly one wins.
 */
export class ExecutionRepository extends AccountScopedRepository<ExecutionDoc, Execution> {
  private readonly executions: Model<ExecutionDoc>;

  constructor(connection: Connection) {
    const model = connection.models['Execution'] ?? connection.model<ExecutionDoc>('Execution', executionSchema);
    super(model as Model<ExecutionDoc>);
    this.executions = model as Model<ExecutionDoc>;
  }

  protected toEntity(doc: ExecutionDoc): Execution {
    const { _id, durationMs: _durationMs, ...fields } = doc;
    return { id: _id, ...fields } as unknown as Execution;
  }

  async create(execution: Execution): Promise<Execution> {
    return this.insert(execution.accountId, toDoc(execution) as Omit<ExecutionDoc, 'accountId'>);
  }

  /**
   * Creates the execution unless one with its id exists (a retried pipeline stage); answers the stored one and whether
   * this call inserted it (so exactly one of racing creators acts on the insert).
   */
  async createIfAbsent(execution: Execution): Promise<{ execution: Execution; inserted: boolean }> {
    try {
      return { execution: await this.create(execution), inserted: true };
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const existing = await this.byId(execution.accountId, execution.id);
      if (!existing) throw error;
      return { execution: existing, inserted: false };
    }
  }

  byId(accountId: string, id: string): Promise<Execution | null> {
    return this.findOne(accountId, { _id: id });
  }

  /** Writes `next` if the stored version is still `current.version`; answers the stored state, or null if it lost. */
  async replace(current: Execution, next: Execution): Promise<Execution | null> {
    if (current.id !== next.id || current.accountId !== next.accountId) throw new Error('replace must keep the execution');
    const { _id, accountId: _accountId, ...fields } = toDoc({ ...next, version: current.version + 1 });
    return this.updateOne(current.accountId, { _id, version: current.version } as ScopedFilter<ExecutionDoc>, { $set: fields });
  }

  list(accountId: string, condition: ExecutionCondition, offset: number, count: number): Promise<Execution[]> {
    return this.findMany(accountId, condition as ScopedFilter<ExecutionDoc>, { offset, count, sort: { createdAt: -1, _id: 1 } });
  }

  countMatching(accountId: string, condition: ExecutionCondition): Promise<number> {
    return this.count(accountId, condition as ScopedFilter<ExecutionDoc>);
  }

  /**
   * deploymentStats: the matching executions of the account grouped in the store (one aggregation; the account filter
   * comes last, so no condition can widen it). Months are rolled up from days by the caller.
   */
  async aggregate(accountId: string, condition: ExecutionCondition, field: ExecutionGroupField | null, unit: 'hour' | 'day' | 'week' | null): Promise<ExecutionGroupTotals[]> {
    if (!accountId) throw new Error('accountId is required for every query');
    const key: Record<string, unknown> = {};
    if (field) key['key'] = `$${field}`;
    if (unit) key['time'] = bucketStart(unit);
    const rows = await this.executions
      .aggregate<{ _id: { key?: string | null; time?: number | null }; count: number; sum: number; min: number | null; max: number | null; ended: number }>([
        { $match: { ...condition, accountId } },
        ...(field === 'serviceIds' ? [{ $unwind: '$serviceIds' }] : []),
        {
          $group: {
            _id: key,
            count: { $sum: 1 },
            sum: { $sum: '$durationMs' },
            min: { $min: '$durationMs' },
            max: { $max: '$durationMs' },
            ended: { $sum: { $cond: [{ $eq: [{ $ifNull: ['$durationMs', null] }, null] }, 0, 1] } },
          },
        },
      ])
      .exec();
    return rows.map((row) => ({
      key: row._id.key ?? null,
      time: row._id.time ?? null,
      count: row.count,
      durationSum: row.sum ?? 0,
      durationMin: row.min ?? null,
      durationMax: row.max ?? null,
      ended: row.ended,
    }));
  }

  membersOf(accountId: string, pipelineExecutionIds: readonly string[]): Promise<Execution[]> {
    return this.findMany(accountId, { pipelineExecutionId: { $in: [...pipelineExecutionIds] } }, { offset: 0, count: 10_000, sort: { createdAt: 1, _id: 1 } });
  }

  /** Unfinished executions of every account, for the engine to pick up again after a restart. */
  async unfinished(count: number, afterId: string | null): Promise<Array<{ accountId: string; id: string; version: number }>> {
    const docs = await this.executions
      .find({ status: { $nin: [...FINAL_STATUSES] }, ...(afterId ? { _id: { $gt: afterId } } : {}) }, { accountId: 1, version: 1 })
      .sort({ _id: 1 })
      .limit(count)
      .lean<Array<{ _id: string; accountId: string; version: number }>>()
      .exec();
    return docs.map((doc) => ({ accountId: doc.accountId, id: doc._id, version: doc.version }));
  }
}

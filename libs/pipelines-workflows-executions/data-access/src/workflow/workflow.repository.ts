import { Schema, type Connection, type Model } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned, type ScopedFilter } from '@fg/tenancy';
import type { Workflow } from './workflow.entity';

/** The type of a workflow's environment, kept with it for permissions by environment type (PRODUCTION_WORKFLOWS …). */
export type WorkflowEnvironmentType = 'PROD' | 'NON_PROD';

/** A workflow as stored: the entity plus its environment's type when it was last written (null: no environment). */
export type WorkflowRecord = Workflow & { environmentType: WorkflowEnvironmentType | null };

type WorkflowDoc = AccountOwned &
  Omit<Workflow, 'id' | 'accountId' | 'createdAt' | 'updatedAt'> & { environmentType?: WorkflowEnvironmentType | null; createdAt: Date; updatedAt: Date };

const workflowSchema = new Schema<WorkflowDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    applicationId: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: null },
    workflowType: { type: String, required: true },
    environmentId: { type: String, default: null },
    environmentType: { type: String, default: null },
    // Stored as written: the GraphQL layer validates variables and phases, which only it and the engine read.
    variables: { type: Schema.Types.Mixed, default: () => [] },
    phases: { type: Schema.Types.Mixed, default: () => [] },
    createdBy: { type: String, default: null },
  },
  { collection: 'workflows', timestamps: true, versionKey: false },
);
// Application.workflows and workflows(filters: application): an application's workflows, newest first. Its prefix
// serves removeOfApplication (application.deleted's cascade).
workflowSchema.index({ accountId: 1, applicationId: 1, createdAt: -1, _id: 1 });
// Workflow names are unique within an application (workflowByName).
workflowSchema.index({ accountId: 1, applicationId: 1, name: 1 }, { unique: true });
// workflows(filters) without an application filter, and workflowStats: the account's workflows, newest first.
workflowSchema.index({ accountId: 1, createdAt: -1, _id: 1 });

export type NewWorkflow = Omit<Workflow, 'id' | 'accountId' | 'createdAt' | 'updatedAt'>;

/** What an update may change (absent fields are kept). */
export type WorkflowChanges = Partial<Pick<Workflow, 'name' | 'description' | 'workflowType' | 'environmentId' | 'variables' | 'phases'>> & {
  environmentType?: WorkflowEnvironmentType | null;
};

/** A condition on workflow fields (applicationId, _id, workflowType, environmentId, environmentType), ANDed by the caller. */
export type WorkflowFilter = Record<string, unknown>;

export class WorkflowRepository extends AccountScopedRepository<WorkflowDoc, WorkflowRecord> {
  private readonly workflows: Model<WorkflowDoc>;

  constructor(connection: Connection) {
    const model = (connection.models.Workflow as Model<WorkflowDoc> | undefined) ?? connection.model<WorkflowDoc>('Workflow', workflowSchema);
    super(model);
    this.workflows = model;
  }

  protected toEntity(doc: WorkflowDoc): WorkflowRecord {
    return {
      id: doc._id,
      accountId: doc.accountId,
      applicationId: doc.applicationId,
      name: doc.name,
      description: doc.description ?? null,
      workflowType: doc.workflowType,
      environmentId: doc.environmentId ?? null,
      environmentType: doc.environmentType ?? null,
      variables: doc.variables ?? [],
      phases: doc.phases ?? [],
      createdBy: doc.createdBy ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
      updatedAt: new Date(doc.updatedAt).getTime(),
    };
  }

  create(accountId: string, workflow: NewWorkflow, environmentType: WorkflowEnvironmentType | null = null): Promise<WorkflowRecord> {
    return this.insert(accountId, { _id: newId(), ...workflow, environmentType } as Omit<WorkflowDoc, 'accountId'>);
  }

  byName(accountId: string, applicationId: string, name: string): Promise<WorkflowRecord | null> {
    return this.findOne(accountId, { applicationId, name });
  }

  /** Sets the given fields (a unique name violation surfaces as a duplicate-key error); null when it does not exist. */
  update(accountId: string, id: string, changes: WorkflowChanges): Promise<WorkflowRecord | null> {
    return this.updateOne(accountId, { _id: id }, { $set: changes });
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }

  /** Deletes every workflow of an application (its deletion in apps-services); how many went. */
  removeOfApplication(accountId: string, applicationId: string): Promise<number> {
    return this.deleteMany(accountId, { applicationId });
  }

  private filterOf(conditions: readonly WorkflowFilter[]): ScopedFilter<WorkflowDoc> {
    return (conditions.length > 0 ? { $and: [...conditions] } : {}) as ScopedFilter<WorkflowDoc>;
  }

  /** workflows(filters): the conditions ANDed, newest first. */
  list(accountId: string, conditions: readonly WorkflowFilter[], offset: number, count: number): Promise<WorkflowRecord[]> {
    return this.findMany(accountId, this.filterOf(conditions), { offset, count, sort: { createdAt: -1, _id: 1 } });
  }

  total(accountId: string, conditions: readonly WorkflowFilter[]): Promise<number> {
    return this.count(accountId, this.filterOf(conditions));
  }

  /**
   * One read for several applications' workflows (batched Application.workflows), newest first per application;
   * `visible` narrows it to what the caller may read.
   */
  ofApplications(accountId: string, applicationIds: readonly string[], maxRows: number, visible?: WorkflowFilter): Promise<WorkflowRecord[]> {
    const ofApplications = { applicationId: { $in: [...applicationIds] } };
    return this.findMany(accountId, (visible ? { $and: [ofApplications, visible] } : ofApplications) as ScopedFilter<WorkflowDoc>, {
      offset: 0,
      count: maxRows,
      sort: { applicationId: 1, createdAt: -1, _id: 1 },
    });
  }

  countOfApplication(accountId: string, applicationId: string, visible?: WorkflowFilter): Promise<number> {
    return this.count(accountId, (visible ? { $and: [{ applicationId }, visible] } : { applicationId }) as ScopedFilter<WorkflowDoc>);
  }

  /** How many matching workflows hold each value of a field (workflowStats), counted in the store. */
  async countBy(accountId: string, conditions: readonly WorkflowFilter[], field: 'applicationId' | '_id' | 'workflowType'): Promise<Map<string, number>> {
    if (!accountId) throw new Error('accountId is required for every query');
    const groups = await this.workflows
      .aggregate<{ _id: string; count: number }>([{ $match: { ...this.filterOf(conditions), accountId } }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }])
      .exec();
    return new Map(groups.map((group) => [group._id, group.count]));
  }
}

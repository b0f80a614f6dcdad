import { Schema, type Connection, type Model } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned, type ScopedFilter } from '@fg/tenancy';
import type { CreatedBy, Variable } from '../workflow/workflow.entity';
import type { Pipeline, PipelineEnvironment } from './pipeline.entity';
import type { PipelineStage } from './pipeline-stage.entity';

interface PipelineDoc extends AccountOwned {
  applicationId: string;
  name: string;
  description: string | null;
  variables?: Variable[];
  stages?: PipelineStage[];
  environments?: PipelineEnvironment[];
  createdBy?: CreatedBy;
  createdAt: Date;
}

const pipelineSchema = new Schema<PipelineDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    applicationId: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: null },
    // Stored as written: the GraphQL layer validates variables and stages, which only it and the engine read.
    variables: { type: Schema.Types.Mixed, default: () => [] },
    stages: { type: Schema.Types.Mixed, default: () => [] },
    // No default: a pipeline written before environments were kept has none known (permission filters skip it). Read
    // only as a residual condition of the list scopes below, never as a query path of its own.
    environments: { type: Schema.Types.Mixed },
    createdBy: { type: String, default: null },
  },
  { collection: 'pipelines', timestamps: true, versionKey: false },
);
// Application.pipelines and pipelines(filters: application): an application's pipelines, newest first. Its prefix
// serves removeOfApplication (application.deleted's cascade).
pipelineSchema.index({ accountId: 1, applicationId: 1, createdAt: -1, _id: 1 });
// Pipeline names are unique within an application.
pipelineSchema.index({ accountId: 1, applicationId: 1, name: 1 }, { unique: true });
// pipelines(filters) without an application filter, and pipelineStats: the account's pipelines, newest first.
pipelineSchema.index({ accountId: 1, createdAt: -1, _id: 1 });
// deleteWorkflow: the pipelines whose stages run a workflow (a delete is refused while there are any).
pipelineSchema.index({ accountId: 1, 'stages.workflowId': 1 });

/** What an update may change (absent fields are kept). */
export type PipelineChanges = Partial<Pick<Pipeline, 'name' | 'description' | 'variables' | 'stages' | 'environments'>>;

/** A condition on pipeline fields (applicationId, _id, environments), such as a permission scope's list filter. */
export type PipelineFilter = Record<string, unknown>;

export class PipelineRepository extends AccountScopedRepository<PipelineDoc, Pipeline> {
  private readonly pipelines: Model<PipelineDoc>;

  constructor(connection: Connection) {
    const model = (connection.models.Pipeline as Model<PipelineDoc> | undefined) ?? connection.model<PipelineDoc>('Pipeline', pipelineSchema);
    super(model);
    this.pipelines = model;
  }

  protected toEntity(doc: PipelineDoc): Pipeline {
    return {
      id: doc._id,
      accountId: doc.accountId,
      applicationId: doc.applicationId,
      name: doc.name,
      description: doc.description ?? null,
      variables: doc.variables ?? [],
      stages: doc.stages ?? [],
      ...(doc.environments ? { environments: doc.environments } : {}),
      createdBy: doc.createdBy ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  create(
    accountId: string,
    pipeline: Pick<Pipeline, 'applicationId' | 'name' | 'description'> & Partial<Pick<Pipeline, 'variables' | 'stages' | 'environments' | 'createdBy'>>,
  ): Promise<Pipeline> {
    return this.insert(accountId, { _id: newId(), ...pipeline } as Omit<PipelineDoc, 'accountId'>);
  }

  /**
   * One read for several applications' pipelines (batched Application.pipelines), newest first; `visible` narrows it to
   * what the caller may read (a permission scope's filter on applicationId and _id).
   */
  ofApplications(accountId: string, applicationIds: readonly string[], maxRows: number, visible?: PipelineFilter): Promise<Pipeline[]> {
    const ofApplications = { applicationId: { $in: [...applicationIds] } };
    return this.findMany(accountId, visible ? { $and: [ofApplications, visible] } : ofApplications, {
      offset: 0,
      count: maxRows,
      sort: { applicationId: 1, createdAt: -1, _id: 1 },
    });
  }

  byName(accountId: string, applicationId: string, name: string): Promise<Pipeline | null> {
    return this.findOne(accountId, { applicationId, name });
  }

  countOfApplication(accountId: string, applicationId: string, visible?: PipelineFilter): Promise<number> {
    return this.count(accountId, visible ? { $and: [{ applicationId }, visible] } : { applicationId });
  }

  /** Sets the given fields (a unique name violation surfaces as a duplicate-key error); null when it does not exist. */
  update(accountId: string, id: string, changes: PipelineChanges): Promise<Pipeline | null> {
    return this.updateOne(accountId, { _id: id }, { $set: changes });
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }

  /** Deletes every pipeline of an application (its deletion in apps-services); how many went. */
  removeOfApplication(accountId: string, applicationId: string): Promise<number> {
    return this.deleteMany(accountId, { applicationId });
  }

  private filterOf(conditions: readonly PipelineFilter[]): ScopedFilter<PipelineDoc> {
    return (conditions.length > 0 ? { $and: [...conditions] } : {}) as ScopedFilter<PipelineDoc>;
  }

  /** pipelines(filters): the conditions ANDed, newest first. */
  list(accountId: string, conditions: readonly PipelineFilter[], offset: number, count: number): Promise<Pipeline[]> {
    return this.findMany(accountId, this.filterOf(conditions), { offset, count, sort: { createdAt: -1, _id: 1 } });
  }

  total(accountId: string, conditions: readonly PipelineFilter[]): Promise<number> {
    return this.count(accountId, this.filterOf(conditions));
  }

  /** The first `count` pipelines with a stage that runs the workflow, by name (for the error refusing its delete). */
  usingWorkflow(accountId: string, workflowId: string, count = 5): Promise<Pipeline[]> {
    return this.findMany(accountId, { 'stages.workflowId': workflowId } as ScopedFilter<PipelineDoc>, { offset: 0, count, sort: { name: 1 } });
  }

  /** How many matching pipelines hold each value of a field (pipelineStats), counted in the store. */
  async countBy(accountId: string, conditions: readonly PipelineFilter[], field: 'applicationId' | '_id'): Promise<Map<string, number>> {
    if (!accountId) throw new Error('accountId is required for every query');
    const groups = await this.pipelines
      .aggregate<{ _id: string; count: number }>([{ $match: { ...this.filterOf(conditions), accountId } }, { $group: { _id: `$${field}`, count: { $sum: 1 } } }])
      .exec();
    return new Map(groups.map((group) => [group._id, group.count]));
  }
}

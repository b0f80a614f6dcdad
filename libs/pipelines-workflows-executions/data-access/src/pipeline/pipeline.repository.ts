import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';
import type { CreatedBy, Variable } from '../workflow/workflow.entity';
import type { Pipeline } from './pipeline.entity';
import type { PipelineStage } from './pipeline-stage.entity';

interface PipelineDoc extends AccountOwned {
  applicationId: string;
  name: string;
  description: string | null;
  variables?: Variable[];
  stages?: PipelineStage[];
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
    createdBy: { type: String, default: null },
  },
  { collection: 'pipelines', timestamps: true, versionKey: false },
);
// Application.pipelines and pipelines(filters: application): an application's pipelines, newest first.
pipelineSchema.index({ accountId: 1, applicationId: 1, createdAt: -1, _id: 1 });
// Pipeline names are unique within an application.
pipelineSchema.index({ accountId: 1, applicationId: 1, name: 1 }, { unique: true });

/** A condition on pipeline fields (applicationId, _id), such as a permission scope's list filter. */
export type PipelineFilter = Record<string, unknown>;

export class PipelineRepository extends AccountScopedRepository<PipelineDoc, Pipeline> {
  constructor(connection: Connection) {
    super(connection.model<PipelineDoc>('Pipeline', pipelineSchema));
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
      createdBy: doc.createdBy ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  create(
    accountId: string,
    pipeline: Pick<Pipeline, 'applicationId' | 'name' | 'description'> & Partial<Pick<Pipeline, 'variables' | 'stages' | 'createdBy'>>,
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
}

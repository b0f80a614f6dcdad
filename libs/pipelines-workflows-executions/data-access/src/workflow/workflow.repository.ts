import { Schema, type Connection } from 'mongoose';
import { AccountScopedRepository, newId, type AccountOwned } from '@fg/tenancy';
import type { Workflow } from './workflow.entity';

type WorkflowDoc = AccountOwned & Omit<Workflow, 'id' | 'accountId' | 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date };

const workflowSchema = new Schema<WorkflowDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    applicationId: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: null },
    workflowType: { type: String, required: true },
    environmentId: { type: String, default: null },
    // Stored as written: the GraphQL layer validates variables and phases, which only it and the engine read.
    variables: { type: Schema.Types.Mixed, default: () => [] },
    phases: { type: Schema.Types.Mixed, default: () => [] },
    createdBy: { type: String, default: null },
  },
  { collection: 'workflows', timestamps: true, versionKey: false },
);
// Application.workflows and workflows(filters: application): an application's workflows, newest first.
workflowSchema.index({ accountId: 1, applicationId: 1, createdAt: -1, _id: 1 });
// Workflow names are unique within an application (workflowByName).
workflowSchema.index({ accountId: 1, applicationId: 1, name: 1 }, { unique: true });

export type NewWorkflow = Omit<Workflow, 'id' | 'accountId' | 'createdAt' | 'updatedAt'>;

export class WorkflowRepository extends AccountScopedRepository<WorkflowDoc, Workflow> {
  constructor(connection: Connection) {
    super(connection.model<WorkflowDoc>('Workflow', workflowSchema));
  }

  protected toEntity(doc: WorkflowDoc): Workflow {
    return {
      id: doc._id,
      accountId: doc.accountId,
      applicationId: doc.applicationId,
      name: doc.name,
      description: doc.description ?? null,
      workflowType: doc.workflowType,
      environmentId: doc.environmentId ?? null,
      variables: doc.variables ?? [],
      phases: doc.phases ?? [],
      createdBy: doc.createdBy ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
      updatedAt: new Date(doc.updatedAt).getTime(),
    };
  }

  create(accountId: string, workflow: NewWorkflow): Promise<Workflow> {
    return this.insert(accountId, { _id: newId(), ...workflow } as Omit<WorkflowDoc, 'accountId'>);
  }

  byName(accountId: string, applicationId: string, name: string): Promise<Workflow | null> {
    return this.findOne(accountId, { applicationId, name });
  }
}

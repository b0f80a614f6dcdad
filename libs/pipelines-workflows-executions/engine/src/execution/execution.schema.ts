import { Schema } from 'mongoose';
import type { AccountOwned } from '@fg/tenancy';
import type { Execution } from './execution.entity';

/** One document per execution: its steps (or stages), approvals, quota use and deployments are embedded. */
export type ExecutionDoc = AccountOwned & Omit<Execution, 'id' | 'accountId'> & Record<string, unknown>;

const mixed = { type: Schema.Types.Mixed, default: null };

export const executionSchema = new Schema<ExecutionDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    applicationId: { type: String, required: true },
    executionType: { type: String, required: true },
    workflowId: { type: String, default: null },
    pipelineId: { type: String, default: null },
    pipelineExecutionId: { type: String, default: null },
    environmentId: { type: String, default: null },
    environmentType: { type: String, default: null },
    serviceIds: { type: [String], default: undefined },
    version: { type: Number, required: true },
    status: { type: String, required: true },
    name: { type: String, required: true },
    cause: mixed,
    notes: { type: String, default: null },
    failureDetails: { type: String, default: null },
    inputVariables: mixed,
    artifacts: mixed,
    manifests: { type: Schema.Types.Mixed, default: undefined },
    steps: mixed,
    stages: mixed,
    quota: mixed,
    deployments: mixed,
    abortRequested: { type: Boolean, default: false },
    // Pipelines: runtime input stages run with their defaults (absent on older documents: false).
    continueWithDefaultValues: { type: Boolean, default: undefined },
    // Epoch milliseconds, as the API's DateTime: time filters compare numbers.
    createdAt: { type: Number, required: true },
    startedAt: { type: Number, default: null },
    endedAt: { type: Number, default: null },
    // endedAt - startedAt once ended: the duration filter.
    durationMs: { type: Number, default: null },
  },
  { collection: 'executions', versionKey: false, minimize: false },
);
// executions(filters): the account's executions, newest first (every filter narrows this scan).
executionSchema.index({ accountId: 1, createdAt: -1, _id: 1 });
// executions(filters: applicationId / application): one application's executions, newest first.
executionSchema.index({ accountId: 1, applicationId: 1, createdAt: -1 });
// PipelineExecution.memberExecutions and executions(filters: pipelineExecutionId): a pipeline's member executions.
executionSchema.index({ accountId: 1, pipelineExecutionId: 1, createdAt: -1 });
// executions(filters: workflow / pipeline): one workflow's or pipeline's executions, newest first.
executionSchema.index({ accountId: 1, workflowId: 1, createdAt: -1 });
executionSchema.index({ accountId: 1, pipelineId: 1, createdAt: -1 });
// executions(filters: service / environment, and SERVICE / ENVIRONMENT tags): the executions that deployed a service, or
// ran in an environment, newest first.
executionSchema.index({ accountId: 1, serviceIds: 1, createdAt: -1 });
executionSchema.index({ accountId: 1, environmentId: 1, createdAt: -1 });
// executions(filters: helmChartVersion): the executions that deployed a chart version, newest first.
executionSchema.index({ accountId: 1, 'manifests.version': 1, createdAt: -1 });
// executions(filters: status): an account's executions of some statuses, newest first (running ones, failed ones).
executionSchema.index({ accountId: 1, status: 1, createdAt: -1 });
// The engine's start-up sweep: every execution not yet in a final status, in any account.
executionSchema.index({ status: 1 });

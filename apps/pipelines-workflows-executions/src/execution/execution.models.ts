import type { DeploymentRecord, Execution, ExecutionCause, PipelineExecution } from '@fg/pipelines-workflows-executions/engine';

/** A Cause as the resolvers see it: the stored cause, with the pipeline execution it names (if any) loaded lazily. */
export type CauseModel = ExecutionCause;

export interface OutcomeModel {
  execution: Execution;
  deployment: DeploymentRecord;
}

export interface StartExecutionPayloadModel {
  clientMutationId?: string | null;
  execution: Execution;
  warningMessage: string | null;
}

export interface AbortExecutionPayloadModel {
  clientMutationId?: string | null;
  aborted: boolean;
  execution: Execution | null;
}

export type { PipelineExecution };

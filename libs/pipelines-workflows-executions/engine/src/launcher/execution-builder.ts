import { newId } from '@fg/tenancy';
import type { Pipeline, Workflow } from '@fg/pipelines-workflows-executions/data-access';
import type { ExecutionArtifact, ExecutionCause, ExecutionManifest, InputVariable, PipelineExecution, WorkflowExecution } from '../execution/execution.entity';
import { plannedStages } from '../state-machine/pipeline-progress';
import { plannedSteps } from '../state-machine/workflow-progress';

/** The services a workflow deploys: a workflow with a DEPLOY step is a deployment and spends a quota unit. */
export function deployedServiceIds(workflow: Workflow): string[] {
  const ids = workflow.phases.flatMap((phase) => phase.steps.flatMap((step) => (step.type === 'DEPLOY' ? [step.serviceId] : [])));
  return [...new Set(ids)];
}

export interface NewWorkflowExecution {
  id?: string;
  workflow: Workflow;
  cause: ExecutionCause;
  notes: string | null;
  inputVariables: InputVariable[];
  artifacts: ExecutionArtifact[];
  manifests: ExecutionManifest[];
  environmentType: 'PROD' | 'NON_PROD' | null;
  pipelineExecutionId: string | null;
  reservationId: string | null;
  now: number;
}

/** A QUEUED workflow execution whose steps are the workflow's as of now. */
export function newWorkflowExecution(input: NewWorkflowExecution): WorkflowExecution {
  const { workflow } = input;
  const serviceIds = deployedServiceIds(workflow);
  return {
    id: input.id ?? newId(),
    accountId: workflow.accountId,
    applicationId: workflow.applicationId,
    executionType: 'WORKFLOW',
    workflowId: workflow.id,
    version: 0,
    status: 'QUEUED',
    name: workflow.name,
    cause: input.cause,
    notes: input.notes,
    failureDetails: null,
    inputVariables: input.inputVariables,
    abortRequested: false,
    createdAt: input.now,
    startedAt: null,
    endedAt: null,
    environmentId: workflow.environmentId,
    environmentType: input.environmentType,
    pipelineExecutionId: input.pipelineExecutionId,
    serviceIds,
    artifacts: input.artifacts.filter((artifact) => serviceIds.includes(artifact.serviceId)),
    manifests: input.manifests.filter((manifest) => serviceIds.includes(manifest.serviceId)),
    steps: plannedSteps(workflow.phases),
    quota: input.reservationId ? { reservationId: input.reservationId, committed: false, released: false } : null,
    deployments: [],
  };
}

export function newPipelineExecution(input: {
  pipeline: Pipeline;
  cause: ExecutionCause;
  notes: string | null;
  inputVariables: InputVariable[];
  artifacts: ExecutionArtifact[];
  manifests: ExecutionManifest[];
  continueWithDefaultValues?: boolean;
  now: number;
}): PipelineExecution {
  const { pipeline } = input;
  return {
    id: newId(),
    accountId: pipeline.accountId,
    applicationId: pipeline.applicationId,
    executionType: 'PIPELINE',
    pipelineId: pipeline.id,
    version: 0,
    status: 'QUEUED',
    name: pipeline.name,
    cause: input.cause,
    notes: input.notes,
    failureDetails: null,
    inputVariables: input.inputVariables,
    abortRequested: false,
    createdAt: input.now,
    startedAt: null,
    endedAt: null,
    stages: plannedStages(pipeline.stages),
    artifacts: input.artifacts,
    manifests: input.manifests,
    continueWithDefaultValues: input.continueWithDefaultValues ?? false,
  };
}

import type { ApprovalStage, WorkflowStage, WorkflowStep } from '@fg/pipelines-workflows-executions/data-access';

/** The reference's ExecutionStatus; steps and stages use the same names. */
export const EXECUTION_STATUSES = ['QUEUED', 'RUNNING', 'PAUSED', 'WAITING', 'RESUMED', 'SUCCESS', 'FAILED', 'ERROR', 'ABORTED', 'REJECTED', 'EXPIRED', 'SKIPPED'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

/** Statuses an execution (or a step, or a stage) never leaves. */
export const FINAL_STATUSES = ['SUCCESS', 'FAILED', 'ERROR', 'ABORTED', 'REJECTED', 'EXPIRED', 'SKIPPED'] as const satisfies readonly ExecutionStatus[];
export type FinalStatus = (typeof FINAL_STATUSES)[number];

export function isFinal(status: ExecutionStatus): status is FinalStatus {
  return (FINAL_STATUSES as readonly string[]).includes(status);
}

export type ExecutionType = 'WORKFLOW' | 'PIPELINE';

/** Who or what started an execution (the reference's Cause union). */
export type ExecutionCause =
  | { type: 'USER'; userId: string }
  | { type: 'API_KEY'; apiKeyId: string }
  | { type: 'PIPELINE'; pipelineExecutionId: string }
  | { type: 'TRIGGER'; triggerId: string };

export interface InputVariable {
  name: string;
  value: string;
}

/** The artifact chosen for a service of the execution (a service input). */
export interface ExecutionArtifact {
  serviceId: string;
  artifactSourceId: string | null;
  artifactId: string | null;
  buildNo: string | null;
}

/**
 * The chart version chosen for a service of the execution (a service input's manifestValueInput): a version recorded
 * with recordManifestVersion, copied here whole because recorded versions never change.
 */
export interface ExecutionManifest {
  serviceId: string;
  /** The recorded version's id (the reference's helmChartId, Manifest.id). */
  manifestId: string;
  appManifestId: string;
  version: string;
  /** When the version was recorded (Manifest.createdAt). */
  recordedAt: number;
}

/** What a delegate task ended with, as the step records it. */
export interface TaskOutcome {
  status: 'SUCCEEDED' | 'FAILED' | 'EXPIRED';
  exitCode: number | null;
  httpStatus: number | null;
  output: string | null;
  error: string | null;
}

export type ApprovalAction = 'APPROVE' | 'REJECT';

/** A user-group approval (an APPROVAL step or stage): who may act, until when, and what they decided. */
export interface ApprovalState {
  userGroupIds: string[];
  startedAt: number;
  expiresAt: number;
  decision: {
    action: ApprovalAction;
    /** The principal that acted (a user id, or an API key id). */
    by: { kind: string; id: string };
    comments: string | null;
    variables: InputVariable[];
    at: number;
  } | null;
}

/** One step of a workflow execution: its definition as it was when the execution started, and its progress. */
export interface StepExecution {
  /** `<phase index>.<step index>`: unique within the execution, and the task context's stepId. */
  id: string;
  phaseName: string;
  definition: WorkflowStep;
  status: ExecutionStatus;
  startedAt: number | null;
  endedAt: number | null;
  /** The delegate task running the step; null until queued. */
  taskId: string | null;
  task: TaskOutcome | null;
  /** WAIT: when the step is done. */
  wakeAt: number | null;
  approval: ApprovalState | null;
  failure: string | null;
}

/** A workflow stage waiting for its runtime inputs (PAUSED), and what pipelineResumeRuntime gave. */
export interface RuntimeInputState {
  expiresAt: number;
  /** manifests: absent on stages given their inputs before executions took manifests. */
  given: { variables: InputVariable[]; artifacts: ExecutionArtifact[]; manifests?: ExecutionManifest[]; at: number } | null;
}

/** One stage of a pipeline execution. */
export interface StageExecution {
  /** The pipeline's stage id: the reference's pipelineStageElementId. */
  id: string;
  /** Stages of one parallel group run together; groups run in order. */
  group: number;
  definition: WorkflowStage | ApprovalStage;
  status: ExecutionStatus;
  startedAt: number | null;
  endedAt: number | null;
  /** WORKFLOW stages: the member execution, its id chosen before it is created so that a retry creates it once. */
  workflowExecutionId: string | null;
  approval: ApprovalState | null;
  /** Stages with runtime input variables; absent on executions stored before runtime inputs existed. */
  runtimeInput?: RuntimeInputState | null;
  failure: string | null;
}

/** A deployment's use of the account's rolling deployment quota. */
export interface QuotaUse {
  reservationId: string;
  /** Counted once the DEPLOY step ran; a reservation never committed is released when the execution ends. */
  committed: boolean;
  released: boolean;
}

/** What a DEPLOY step recorded (the reference's DeploymentOutcome). */
export interface DeploymentRecord {
  stepId: string;
  serviceId: string;
  environmentId: string | null;
  infrastructureDefinitionId: string | null;
  artifactId: string | null;
  buildNo: string | null;
  /** The chart version deployed with the artifact; absent on deployments recorded before executions took manifests. */
  manifest?: ExecutionManifest | null;
  deployedAt: number;
}

interface ExecutionBase {
  id: string;
  accountId: string;
  applicationId: string;
  /** Bumped by every write: transitions are compare-and-set on it. */
  version: number;
  status: ExecutionStatus;
  name: string;
  cause: ExecutionCause;
  notes: string | null;
  failureDetails: string | null;
  inputVariables: InputVariable[];
  /** Set by abortExecution; the engine ends the execution as ABORTED at its next advance. */
  abortRequested: boolean;
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
}

export interface WorkflowExecution extends ExecutionBase {
  executionType: 'WORKFLOW';
  workflowId: string;
  environmentId: string | null;
  environmentType: 'PROD' | 'NON_PROD' | null;
  /** The pipeline execution this one runs in (Cause ExecutedAlongPipeline), or null. */
  pipelineExecutionId: string | null;
  /** Services the workflow deploys (its DEPLOY steps). */
  serviceIds: string[];
  artifacts: ExecutionArtifact[];
  /** Chart versions chosen for the services it deploys; absent on executions stored before executions took manifests. */
  manifests?: ExecutionManifest[];
  steps: StepExecution[];
  quota: QuotaUse | null;
  deployments: DeploymentRecord[];
}

export interface PipelineExecution extends ExecutionBase {
  executionType: 'PIPELINE';
  pipelineId: string;
  stages: StageExecution[];
  /** Artifacts given at start, handed to every member workflow. */
  artifacts: ExecutionArtifact[];
  /** Chart versions given at start, handed to every member workflow (absent on executions stored before them). */
  manifests?: ExecutionManifest[];
  /** startExecution's continueWithDefaultValues: runtime input stages run with their defaults instead of pausing. */
  continueWithDefaultValues?: boolean;
}

export type Execution = WorkflowExecution | PipelineExecution;

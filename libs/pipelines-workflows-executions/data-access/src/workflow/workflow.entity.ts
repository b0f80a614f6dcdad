/** The reference's OrchestrationWorkflowType (shared/API.md §2.3). */
export const ORCHESTRATION_WORKFLOW_TYPES = ['BUILD', 'BASIC', 'CANARY', 'MULTI_SERVICE', 'BLUE_GREEN', 'ROLLING', 'CUSTOM'] as const;
export type OrchestrationWorkflowType = (typeof ORCHESTRATION_WORKFLOW_TYPES)[number];

/**
 * A workflow or pipeline variable as the reference's `Variable` shows it. `type` is the reference's variable type
 * (TEXT, ENTITY, …); a value is always a string, a multi-value one comma-separated.
 */
export interface Variable {
  name: string;
  type: string;
  required: boolean;
  allowedValues: string[];
  defaultValue: string | null;
  fixed: boolean;
  allowMultipleValues: boolean;
}

/** The step kinds the engine runs; a step's fields follow its kind. */
export const WORKFLOW_STEP_TYPES = ['SHELL_SCRIPT', 'HTTP', 'APPROVAL', 'WAIT', 'DEPLOY'] as const;
export type WorkflowStepType = (typeof WORKFLOW_STEP_TYPES)[number];

interface StepBase {
  /** Unique within its workflow: step logs and approvals are addressed by it. */
  name: string;
}

/** Runs on a delegate whose tags include every selector. `${workflow.variables.x}` and `${secrets.getValue("n")}` expand. */
export interface ShellScriptStep extends StepBase {
  type: 'SHELL_SCRIPT';
  script: string;
  delegateSelectors: string[];
  /** How long the script may run once a delegate has it. */
  timeoutMs: number;
}

export interface HttpStep extends StepBase {
  type: 'HTTP';
  url: string;
  method: string;
  body: string | null;
  headers: Array<{ name: string; value: string }>;
  expectedStatus: number;
  delegateSelectors: string[];
  timeoutMs: number;
}

/** Waits for a member of one of the user groups to approve or reject; EXPIRED after the timeout. */
export interface ApprovalStep extends StepBase {
  type: 'APPROVAL';
  userGroupIds: string[];
  timeoutMs: number;
}

export interface WaitStep extends StepBase {
  type: 'WAIT';
  durationMs: number;
}

/**
 * Records what is deployed: the service (its artifact comes from the execution's service inputs), to the workflow's
 * environment and this infrastructure definition. A workflow execution "deploys" (and spends a unit of the deployment
 * quota) when it reaches such a step.
 */
export interface DeployStep extends StepBase {
  type: 'DEPLOY';
  serviceId: string;
  infrastructureDefinitionId: string | null;
}

export type WorkflowStep = ShellScriptStep | HttpStep | ApprovalStep | WaitStep | DeployStep;

/** Phases run in order, and the steps of a phase in order. */
export interface WorkflowPhase {
  name: string;
  steps: WorkflowStep[];
}

/** Who created an entity, as `createdBy: User` resolves it: a user's id, or null when an API key or the platform did. */
export type CreatedBy = string | null;

export interface Workflow {
  id: string;
  accountId: string;
  applicationId: string;
  name: string;
  description: string | null;
  workflowType: OrchestrationWorkflowType;
  /** The environment the workflow deploys to (its tasks' secret scope); null for a BUILD workflow. */
  environmentId: string | null;
  variables: Variable[];
  phases: WorkflowPhase[];
  createdBy: CreatedBy;
  createdAt: number;
  updatedAt: number;
}

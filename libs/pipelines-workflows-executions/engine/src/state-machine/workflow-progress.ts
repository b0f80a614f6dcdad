import type { WorkflowPhase } from '@fg/pipelines-workflows-executions/data-access';
import { isFinal, type DeploymentRecord, type ExecutionStatus, type FinalStatus, type StepExecution, type TaskOutcome, type WorkflowExecution } from '../execution/execution.entity';
import { approvalOutcome, newApproval, type ApprovalDecision } from './approval';
import { assertTransition, InvalidTransitionError } from './execution-status';

/**
 * What the engine does next for a workflow execution, decided from the document alone (pure). The engine performs
 * the action, applies its transition and writes the result with a compare-and-set on the version.
 */
export type WorkflowAction =
  /** Nothing until something outside happens (a task ends, someone approves). */
  | { kind: 'none' }
  | { kind: 'start' }
  | { kind: 'finish'; status: FinalStatus; failureDetails: string | null }
  /** A QUEUED step is next: claim it (tasks are queued only by whoever claimed the step). */
  | { kind: 'runStep'; step: StepExecution }
  /**
   * A task step claimed over TASK_CLAIM_GRACE_MS ago whose task was never recorded: whoever claimed it died before
   * queueing it (the claimer queues it right after its claim), so queue it now.
   */
  | { kind: 'queueTask'; step: StepExecution }
  /** A task step waiting for its task: the end may have been missed, so look the task up. */
  | { kind: 'checkTask'; step: StepExecution }
  /** A step whose time came: a WAIT elapsed, an approval was decided or expired. */
  | { kind: 'completeStep'; step: StepExecution; status: ExecutionStatus; failure: string | null }
  /** Nothing to do before `at` (a WAIT or an approval's expiry). */
  | { kind: 'wakeAt'; at: number };

const TASK_STEPS = new Set(['SHELL_SCRIPT', 'HTTP']);

/** How long the claimer of a task step has to queue and record its task before another advance takes over. */
export const TASK_CLAIM_GRACE_MS = 30_000;

export function isTaskStep(step: StepExecution): boolean {
  return TASK_STEPS.has(step.definition.type);
}

/** The steps of a workflow's phases, in order, all QUEUED. */
export function plannedSteps(phases: WorkflowPhase[]): StepExecution[] {
  return phases.flatMap((phase, p) =>
    phase.steps.map(
      (definition, s): StepExecution => ({
        id: `${p}.${s}`,
        phaseName: phase.name,
        definition,
        status: 'QUEUED',
        startedAt: null,
        endedAt: null,
        taskId: null,
        task: null,
        wakeAt: null,
        approval: null,
        failure: null,
      }),
    ),
  );
}

/** The execution status a failed step ends it with. */
function endingOf(step: StepExecution): FinalStatus {
  switch (step.status) {
    case 'REJECTED':
    case 'EXPIRED':
    case 'ABORTED':
    case 'ERROR':
      return step.status;
    default:
      return 'FAILED';
  }
}

export function nextWorkflowAction(execution: WorkflowExecution, now: number): WorkflowAction {
  if (isFinal(execution.status)) return { kind: 'none' };
  if (execution.abortRequested) return { kind: 'finish', status: 'ABORTED', failureDetails: 'The execution was aborted' };
  if (execution.status === 'QUEUED') return { kind: 'start' };
  const failed = execution.steps.find((step) => isFinal(step.status) && step.status !== 'SUCCESS' && step.status !== 'SKIPPED');
  if (failed) return { kind: 'finish', status: endingOf(failed), failureDetails: `Step ${failed.definition.name}: ${failed.failure ?? failed.status}` };
  const step = execution.steps.find((candidate) => !isFinal(candidate.status));
  if (!step) return { kind: 'finish', status: 'SUCCESS', failureDetails: null };
  if (step.status === 'QUEUED') return { kind: 'runStep', step };
  if (isTaskStep(step)) {
    if (step.taskId === null) {
      const takeOverAt = (step.startedAt ?? now) + TASK_CLAIM_GRACE_MS;
      return now >= takeOverAt ? { kind: 'queueTask', step } : { kind: 'wakeAt', at: takeOverAt };
    }
    return { kind: 'checkTask', step };
  }
  if (step.definition.type === 'WAIT') {
    const wakeAt = step.wakeAt ?? now;
    return now >= wakeAt ? { kind: 'completeStep', step, status: 'SUCCESS', failure: null } : { kind: 'wakeAt', at: wakeAt };
  }
  if (step.definition.type === 'APPROVAL' && step.approval) {
    const outcome = approvalOutcome(step.approval, now);
    return outcome.ended ? { kind: 'completeStep', step, status: outcome.status, failure: outcome.failure } : { kind: 'wakeAt', at: outcome.until };
  }
  // A DEPLOY step is claimed and done in one transition (recordDeployment); a RUNNING one is a deploy in flight.
  return { kind: 'none' };
}

// ---- transitions: each returns a new document (the input is never changed) -------------------------------------------

function copy(execution: WorkflowExecution): WorkflowExecution {
  return structuredClone(execution);
}

function stepOf(execution: WorkflowExecution, stepId: string): StepExecution {
  const step = execution.steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`execution ${execution.id} has no step ${stepId}`);
  return step;
}

/** RUNNING, or WAITING while an approval step waits. */
function liveStatus(execution: WorkflowExecution): ExecutionStatus {
  return execution.steps.some((step) => step.status === 'WAITING') ? 'WAITING' : 'RUNNING';
}

function setStatus(execution: WorkflowExecution, status: ExecutionStatus): void {
  if (execution.status === status) return;
  assertTransition(execution.status, status);
  execution.status = status;
}

export function startWorkflow(execution: WorkflowExecution, now: number): WorkflowExecution {
  const next = copy(execution);
  setStatus(next, 'RUNNING');
  next.startedAt = now;
  return next;
}

/** Claims a QUEUED step: task and WAIT steps run, an approval waits. DEPLOY steps go through recordDeployment. */
export function claimStep(execution: WorkflowExecution, stepId: string, now: number): WorkflowExecution {
  const next = copy(execution);
  const step = stepOf(next, stepId);
  const definition = step.definition;
  if (definition.type === 'DEPLOY') throw new Error('a DEPLOY step is recorded with recordDeployment');
  const to: ExecutionStatus = definition.type === 'APPROVAL' ? 'WAITING' : 'RUNNING';
  assertTransition(step.status, to, `step ${definition.name}`);
  step.status = to;
  step.startedAt = now;
  if (definition.type === 'WAIT') step.wakeAt = now + definition.durationMs;
  if (definition.type === 'APPROVAL') step.approval = newApproval(definition.userGroupIds, definition.timeoutMs, now);
  setStatus(next, liveStatus(next));
  return next;
}

export function recordTaskQueued(execution: WorkflowExecution, stepId: string, taskId: string): WorkflowExecution {
  const next = copy(execution);
  const step = stepOf(next, stepId);
  if (step.status !== 'RUNNING' || step.taskId !== null) throw new InvalidTransitionError(step.status, 'RUNNING', `step ${step.definition.name}`);
  step.taskId = taskId;
  return next;
}

/** Longest step output kept with the execution; the task itself keeps the rest. */
export const MAX_STEP_OUTPUT = 64 * 1024;

function failureOf(outcome: TaskOutcome): string {
  if (outcome.status === 'EXPIRED') return outcome.error ?? 'No delegate ran the task before it expired';
  if (outcome.error) return outcome.error;
  if (outcome.exitCode !== null) return `The script exited with code ${outcome.exitCode}`;
  if (outcome.httpStatus !== null) return `The HTTP call answered ${outcome.httpStatus}`;
  return 'The task failed';
}

/** The step's task ended: the step ends with it (once: a second report of the same task changes nothing). */
export function recordTaskEnded(execution: WorkflowExecution, stepId: string, taskId: string, outcome: TaskOutcome, now: number): WorkflowExecution {
  const next = copy(execution);
  const step = stepOf(next, stepId);
  if (step.taskId !== taskId || step.status !== 'RUNNING') throw new InvalidTransitionError(step.status, 'SUCCESS', `step ${step.definition.name}`);
  const output = outcome.output !== null && outcome.output.length > MAX_STEP_OUTPUT ? outcome.output.slice(-MAX_STEP_OUTPUT) : outcome.output;
  step.task = { ...outcome, output };
  step.status = outcome.status === 'SUCCEEDED' ? 'SUCCESS' : 'FAILED';
  step.failure = outcome.status === 'SUCCEEDED' ? null : failureOf(outcome);
  step.endedAt = now;
  return next;
}

export function completeStep(execution: WorkflowExecution, stepId: string, status: ExecutionStatus, failure: string | null, now: number): WorkflowExecution {
  const next = copy(execution);
  const step = stepOf(next, stepId);
  assertTransition(step.status, status, `step ${step.definition.name}`);
  step.status = status;
  step.failure = failure;
  step.endedAt = now;
  setStatus(next, liveStatus(next));
  return next;
}

export function decideApprovalStep(execution: WorkflowExecution, stepId: string, decision: ApprovalDecision, now: number): WorkflowExecution {
  const next = copy(execution);
  const step = stepOf(next, stepId);
  if (step.status !== 'WAITING' || !step.approval || step.approval.decision) throw new InvalidTransitionError(step.status, 'SUCCESS', `approval ${step.definition.name}`);
  step.approval.decision = { ...decision, at: now };
  return next;
}

/** The DEPLOY step ran: what it deployed is recorded and the quota unit counted, in one write. */
export function recordDeployment(execution: WorkflowExecution, record: DeploymentRecord, reservationId: string, now: number): WorkflowExecution {
  const next = copy(execution);
  const step = stepOf(next, record.stepId);
  // Claimed and done in one write: the quota commit before it is what must not happen twice, and it is idempotent.
  if (step.status !== 'QUEUED') throw new InvalidTransitionError(step.status, 'SUCCESS', `step ${step.definition.name}`);
  step.status = 'SUCCESS';
  step.startedAt = now;
  step.endedAt = now;
  next.deployments.push(record);
  next.quota = { reservationId, committed: true, released: false };
  return next;
}

export function finishWorkflow(execution: WorkflowExecution, status: FinalStatus, failureDetails: string | null, now: number): WorkflowExecution {
  const next = copy(execution);
  setStatus(next, status);
  next.failureDetails = failureDetails;
  next.endedAt = now;
  for (const step of next.steps) {
    if (isFinal(step.status)) continue;
    // Steps that never ran are SKIPPED; one in flight ends with the execution.
    step.status = step.status === 'QUEUED' ? 'SKIPPED' : status === 'SUCCESS' ? 'SKIPPED' : status;
    if (step.startedAt !== null) step.endedAt = now;
  }
  return next;
}

/** The quota reservation went back (the execution ended without deploying). */
export function markQuotaReleased(execution: WorkflowExecution): WorkflowExecution {
  const next = copy(execution);
  if (next.quota) next.quota.released = true;
  return next;
}

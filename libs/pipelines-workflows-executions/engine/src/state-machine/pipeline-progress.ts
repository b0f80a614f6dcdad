import type { PipelineStage } from '@fg/pipelines-workflows-executions/data-access';
import { isFinal, type ExecutionArtifact, type ExecutionManifest, type ExecutionStatus, type FinalStatus, type InputVariable, type PipelineExecution, type StageExecution } from '../execution/execution.entity';
import { approvalOutcome, newApproval, type ApprovalDecision } from './approval';
import { assertTransition, InvalidTransitionError } from './execution-status';

/** How long a stage waits for runtime inputs when its definition does not say (a day, as approvals). */
export const DEFAULT_RUNTIME_INPUT_TIMEOUT_MS = 86_400_000;

/** What a member workflow execution looks like to its pipeline. */
export interface MemberState {
  status: ExecutionStatus;
  failureDetails: string | null;
}

export type PipelineAction =
  | { kind: 'none' }
  | { kind: 'start' }
  | { kind: 'finish'; status: FinalStatus; failureDetails: string | null }
  /** QUEUED stages of the current parallel group: claim them all (a workflow stage gets its member's id). */
  | { kind: 'startStages'; stages: StageExecution[] }
  /** A claimed workflow stage whose member execution does not exist yet (or the process died before it did). */
  | { kind: 'createMember'; stage: StageExecution }
  | { kind: 'completeStage'; stage: StageExecution; status: ExecutionStatus; failure: string | null }
  | { kind: 'wakeAt'; at: number };

/** The pipeline's stages, all QUEUED, numbered by parallel group. */
export function plannedStages(stages: PipelineStage[]): StageExecution[] {
  let group = -1;
  return stages.map((definition, index): StageExecution => {
    if (index === 0 || !definition.parallelWithPrevious) group += 1;
    return { id: definition.id, group, definition, status: 'QUEUED', startedAt: null, endedAt: null, workflowExecutionId: null, approval: null, runtimeInput: null, failure: null };
  });
}

/**
 * The stages of a pipeline execution resumed at the parallel group holding `stageName` (resumeExecution): earlier
 * groups keep what they did (they all succeeded), that group and the later ones run again. Null when the stage is not
 * in the execution; an Error naming the problem when it cannot be resumed there.
 */
export function resumedStages(execution: PipelineExecution, stageName: string): StageExecution[] | null {
  const stage = execution.stages.find((candidate) => candidate.definition.name === stageName);
  if (!stage) return null;
  if (!isFinal(execution.status) || execution.status === 'SUCCESS') throw new Error('Only a pipeline execution that ended without success can be resumed');
  const unfinishedEarlier = execution.stages.find((candidate) => candidate.group < stage.group && candidate.status !== 'SUCCESS');
  if (unfinishedEarlier) throw new Error(`Stage ${stageName} cannot be resumed: the earlier stage ${unfinishedEarlier.definition.name} did not succeed`);
  return execution.stages.map((candidate) =>
    candidate.group < stage.group
      ? structuredClone(candidate)
      : { ...structuredClone(candidate), status: 'QUEUED', startedAt: null, endedAt: null, workflowExecutionId: null, approval: null, runtimeInput: null, failure: null },
  );
}

function endingOf(stage: StageExecution): FinalStatus {
  return stage.status === 'REJECTED' || stage.status === 'EXPIRED' || stage.status === 'ABORTED' || stage.status === 'ERROR' ? stage.status : 'FAILED';
}

/** `members`: the states of the member executions the stages name (absent: not created yet). */
export function nextPipelineAction(execution: PipelineExecution, members: ReadonlyMap<string, MemberState>, now: number): PipelineAction {
  if (isFinal(execution.status)) return { kind: 'none' };
  if (execution.abortRequested) return { kind: 'finish', status: 'ABORTED', failureDetails: 'The execution was aborted' };
  if (execution.status === 'QUEUED') return { kind: 'start' };
  const group = execution.stages.find((stage) => !isFinal(stage.status))?.group;
  const failed = execution.stages.find((stage) => isFinal(stage.status) && stage.status !== 'SUCCESS' && stage.status !== 'SKIPPED');
  // A failed stage ends the pipeline once the rest of its parallel group has ended too.
  if (failed && (group === undefined || group > failed.group)) {
    return { kind: 'finish', status: endingOf(failed), failureDetails: `Stage ${failed.definition.name}: ${failed.failure ?? failed.status}` };
  }
  if (group === undefined) return { kind: 'finish', status: 'SUCCESS', failureDetails: null };
  const current = execution.stages.filter((stage) => stage.group === group);
  const queued = current.filter((stage) => stage.status === 'QUEUED');
  if (queued.length > 0 && !failed) return { kind: 'startStages', stages: queued };
  let wakeAt: number | null = null;
  for (const stage of current) {
    if (isFinal(stage.status)) continue;
    if (stage.status === 'QUEUED') return { kind: 'completeStage', stage, status: 'SKIPPED', failure: null };
    if (stage.status === 'PAUSED' && stage.runtimeInput) {
      if (now >= stage.runtimeInput.expiresAt) return { kind: 'completeStage', stage, status: 'EXPIRED', failure: 'Runtime inputs were not given in time' };
      wakeAt = wakeAt === null ? stage.runtimeInput.expiresAt : Math.min(wakeAt, stage.runtimeInput.expiresAt);
    } else if (stage.definition.type === 'WORKFLOW') {
      const member = stage.workflowExecutionId ? members.get(stage.workflowExecutionId) : undefined;
      if (!member) return { kind: 'createMember', stage };
      if (isFinal(member.status)) return { kind: 'completeStage', stage, status: member.status, failure: member.failureDetails };
    } else if (stage.approval) {
      const outcome = approvalOutcome(stage.approval, now);
      if (outcome.ended) return { kind: 'completeStage', stage, status: outcome.status, failure: outcome.failure };
      wakeAt = wakeAt === null ? outcome.until : Math.min(wakeAt, outcome.until);
    }
  }
  return wakeAt === null ? { kind: 'none' } : { kind: 'wakeAt', at: wakeAt };
}

function copy(execution: PipelineExecution): PipelineExecution {
  return structuredClone(execution);
}

function stageOf(execution: PipelineExecution, stageId: string): StageExecution {
  const stage = execution.stages.find((candidate) => candidate.id === stageId);
  if (!stage) throw new Error(`execution ${execution.id} has no stage ${stageId}`);
  return stage;
}

/** Whether a stage waits for runtime inputs when it is reached (not when the execution runs with defaults). */
export function pausesForRuntimeInputs(execution: PipelineExecution, stage: StageExecution): boolean {
  return stage.definition.type === 'WORKFLOW' && (stage.definition.runtimeInputVariables?.length ?? 0) > 0 && !execution.continueWithDefaultValues;
}

/** An approval waiting makes the pipeline WAITING; else a stage waiting for runtime inputs makes it PAUSED. */
function setLiveStatus(execution: PipelineExecution): void {
  const status: ExecutionStatus = execution.stages.some((stage) => stage.status === 'WAITING')
    ? 'WAITING'
    : execution.stages.some((stage) => stage.status === 'PAUSED')
      ? 'PAUSED'
      : 'RUNNING';
  if (execution.status === status) return;
  assertTransition(execution.status, status);
  execution.status = status;
}

export function startPipeline(execution: PipelineExecution, now: number): PipelineExecution {
  const next = copy(execution);
  assertTransition(next.status, 'RUNNING');
  next.status = 'RUNNING';
  next.startedAt = now;
  return next;
}

/**
 * Claims stages: a workflow stage RUNNING with its member's id chosen now (PAUSED until its runtime inputs come, if it
 * has any), an approval stage WAITING.
 */
export function claimStages(execution: PipelineExecution, memberIds: ReadonlyMap<string, string>, now: number): PipelineExecution {
  const next = copy(execution);
  for (const [stageId, memberId] of memberIds) {
    const stage = stageOf(next, stageId);
    const paused = pausesForRuntimeInputs(next, stage);
    const to: ExecutionStatus = stage.definition.type === 'APPROVAL' ? 'WAITING' : paused ? 'PAUSED' : 'RUNNING';
    assertTransition(stage.status, to, `stage ${stage.definition.name}`);
    stage.status = to;
    stage.startedAt = now;
    if (stage.definition.type === 'APPROVAL') stage.approval = newApproval(stage.definition.userGroupIds, stage.definition.timeoutMs, now);
    else stage.workflowExecutionId = memberId;
    if (paused && stage.definition.type === 'WORKFLOW') {
      stage.runtimeInput = { expiresAt: now + (stage.definition.runtimeInputTimeoutMs ?? DEFAULT_RUNTIME_INPUT_TIMEOUT_MS), given: null };
    }
  }
  setLiveStatus(next);
  return next;
}

export function completeStage(execution: PipelineExecution, stageId: string, status: ExecutionStatus, failure: string | null, now: number): PipelineExecution {
  const next = copy(execution);
  const stage = stageOf(next, stageId);
  assertTransition(stage.status, status, `stage ${stage.definition.name}`);
  stage.status = status;
  stage.failure = failure;
  stage.endedAt = now;
  setLiveStatus(next);
  return next;
}

/** pipelineResumeRuntime: the stage's runtime inputs, given once; the stage runs (its member is created next). */
export function giveRuntimeInputs(
  execution: PipelineExecution,
  stageId: string,
  given: { variables: InputVariable[]; artifacts: ExecutionArtifact[]; manifests: ExecutionManifest[] },
  now: number,
): PipelineExecution {
  const next = copy(execution);
  const stage = stageOf(next, stageId);
  if (stage.status !== 'PAUSED' || !stage.runtimeInput || stage.runtimeInput.given) throw new InvalidTransitionError(stage.status, 'RUNNING', `runtime inputs of stage ${stage.definition.name}`);
  stage.runtimeInput.given = { ...given, at: now };
  stage.status = 'RUNNING';
  setLiveStatus(next);
  return next;
}

export function decideApprovalStage(execution: PipelineExecution, stageId: string, decision: ApprovalDecision, now: number): PipelineExecution {
  const next = copy(execution);
  const stage = stageOf(next, stageId);
  if (stage.status !== 'WAITING' || !stage.approval || stage.approval.decision) throw new InvalidTransitionError(stage.status, 'SUCCESS', `approval ${stage.definition.name}`);
  stage.approval.decision = { ...decision, at: now };
  return next;
}

export function finishPipeline(execution: PipelineExecution, status: FinalStatus, failureDetails: string | null, now: number): PipelineExecution {
  const next = copy(execution);
  assertTransition(next.status, status);
  next.status = status;
  next.failureDetails = failureDetails;
  next.endedAt = now;
  for (const stage of next.stages) {
    if (isFinal(stage.status)) continue;
    stage.status = stage.status === 'QUEUED' ? 'SKIPPED' : status === 'SUCCESS' ? 'SKIPPED' : status;
    if (stage.startedAt !== null) stage.endedAt = now;
  }
  return next;
}

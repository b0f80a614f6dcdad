import type { PipelineStage } from '@fg/pipelines-workflows-executions/data-access';
import { isFinal, type ExecutionStatus, type FinalStatus, type PipelineExecution, type StageExecution } from '../execution/execution.entity';
import { approvalOutcome, newApproval, type ApprovalDecision } from './approval';
import { assertTransition, InvalidTransitionError } from './execution-status';

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
    return { id: definition.id, group, definition, status: 'QUEUED', startedAt: null, endedAt: null, workflowExecutionId: null, approval: null, failure: null };
  });
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
    if (stage.definition.type === 'WORKFLOW') {
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

function setLiveStatus(execution: PipelineExecution): void {
  const status: ExecutionStatus = execution.stages.some((stage) => stage.status === 'WAITING') ? 'WAITING' : 'RUNNING';
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

/** Claims stages: a workflow stage RUNNING with its member's id chosen now, an approval stage WAITING. */
export function claimStages(execution: PipelineExecution, memberIds: ReadonlyMap<string, string>, now: number): PipelineExecution {
  const next = copy(execution);
  for (const [stageId, memberId] of memberIds) {
    const stage = stageOf(next, stageId);
    const to: ExecutionStatus = stage.definition.type === 'APPROVAL' ? 'WAITING' : 'RUNNING';
    assertTransition(stage.status, to, `stage ${stage.definition.name}`);
    stage.status = to;
    stage.startedAt = now;
    if (stage.definition.type === 'APPROVAL') stage.approval = newApproval(stage.definition.userGroupIds, stage.definition.timeoutMs, now);
    else stage.workflowExecutionId = memberId;
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

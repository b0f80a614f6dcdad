import { ApiError, badInput, ErrorCode } from '@fg/graphql-kit';
import { forbidden } from '@fg/permissions';
import { isFinal, type ApprovalState, type Execution } from '../execution/execution.entity';
import type { ExecutionRepository } from '../execution/execution.repository';
import type { AdvanceRequests } from '../engine/advance-queue';
import { mayApprove, type ApprovalDecision } from '../state-machine/approval';
import { decideApprovalStage } from '../state-machine/pipeline-progress';
import { decideApprovalStep } from '../state-machine/workflow-progress';

/** A pending or decided approval of an execution, addressed by its step's or stage's id (the approvalId). */
export interface ApprovalView {
  approvalId: string;
  stepName: string | null;
  stageName: string | null;
  approval: ApprovalState;
  executionId: string;
}

/** The approvals of an execution that still wait for a decision. */
export function pendingApprovals(execution: Execution): ApprovalView[] {
  if (execution.executionType === 'WORKFLOW') {
    return execution.steps.flatMap((step) =>
      step.status === 'WAITING' && step.approval && !step.approval.decision
        ? [{ approvalId: step.id, stepName: step.definition.name, stageName: null, approval: step.approval, executionId: execution.id }]
        : [],
    );
  }
  return execution.stages.flatMap((stage) =>
    stage.status === 'WAITING' && stage.approval && !stage.approval.decision
      ? [{ approvalId: stage.id, stepName: null, stageName: stage.definition.name, approval: stage.approval, executionId: execution.id }]
      : [],
  );
}

/** Writes to running executions from outside the engine: approvals and aborts, each a compare-and-set. */
export class ExecutionControl {
  constructor(
    private readonly executions: ExecutionRepository,
    private readonly advance: AdvanceRequests,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Records an approval decision. Only a member of one of the approval's user groups may act; a decision already
   * taken, or an approval that is not waiting, is refused with CONFLICT.
   */
  async decide(execution: Execution, approvalId: string, principalGroupIds: readonly string[], decision: ApprovalDecision): Promise<void> {
    let current: Execution | null = execution;
    for (let attempt = 0; current && attempt < 20; attempt++) {
      const pending = pendingApprovals(current).find((approval) => approval.approvalId === approvalId);
      if (!pending) {
        const known = current.executionType === 'WORKFLOW' ? current.steps.some((step) => step.id === approvalId && step.approval) : current.stages.some((stage) => stage.id === approvalId && stage.approval);
        if (!known) throw badInput(`Approval ${approvalId} does not exist in execution ${current.id}`);
        throw new ApiError(ErrorCode.Conflict, `Approval ${approvalId} is no longer waiting for a decision`);
      }
      if (!mayApprove(pending.approval, principalGroupIds)) throw forbidden();
      const next =
        current.executionType === 'WORKFLOW'
          ? decideApprovalStep(current, approvalId, decision, this.now())
          : decideApprovalStage(current, approvalId, decision, this.now());
      const written = await this.executions.replace(current, next);
      if (written) {
        await this.advance.request(current.accountId, current.id, `approval.${approvalId}`);
        return;
      }
      current = await this.executions.byId(execution.accountId, execution.id);
    }
    throw new ApiError(ErrorCode.Conflict, 'The execution changed while the decision was recorded; please try again');
  }

  /** Marks the execution for abort; the engine ends it (and a pipeline's running members) as ABORTED. False when it had ended. */
  async abort(accountId: string, executionId: string): Promise<boolean> {
    for (let attempt = 0; attempt < 20; attempt++) {
      const execution = await this.executions.byId(accountId, executionId);
      if (!execution || isFinal(execution.status)) return false;
      if (execution.abortRequested) return true;
      if (await this.executions.replace(execution, { ...execution, abortRequested: true })) {
        await this.advance.request(accountId, executionId, 'abort');
        return true;
      }
    }
    throw new ApiError(ErrorCode.Conflict, 'The execution changed while it was being aborted; please try again');
  }
}

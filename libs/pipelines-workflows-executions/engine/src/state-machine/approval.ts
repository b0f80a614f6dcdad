import type { ApprovalAction, ApprovalState, ExecutionStatus, InputVariable } from '../execution/execution.entity';

export interface ApprovalDecision {
  action: ApprovalAction;
  by: { kind: string; id: string };
  comments: string | null;
  variables: InputVariable[];
}

export function newApproval(userGroupIds: string[], timeoutMs: number, now: number): ApprovalState {
  return { userGroupIds: [...userGroupIds], startedAt: now, expiresAt: now + timeoutMs, decision: null };
}

/** What a pending approval comes to at `now`: still waiting (until when), or ended with a status. */
export function approvalOutcome(approval: ApprovalState, now: number): { ended: false; until: number } | { ended: true; status: ExecutionStatus; failure: string | null } {
  if (approval.decision) {
    return approval.decision.action === 'APPROVE'
      ? { ended: true, status: 'SUCCESS', failure: null }
      : { ended: true, status: 'REJECTED', failure: `Rejected${approval.decision.comments ? `: ${approval.decision.comments}` : ''}` };
  }
  if (now >= approval.expiresAt) return { ended: true, status: 'EXPIRED', failure: 'The approval was not given before it expired' };
  return { ended: false, until: approval.expiresAt };
}

/** Only a member of one of the approver groups may act (an API key acts with its groups). */
export function mayApprove(approval: ApprovalState, principalGroupIds: readonly string[]): boolean {
  return approval.userGroupIds.some((id) => principalGroupIds.includes(id));
}

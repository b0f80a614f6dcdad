import { isFinal, type ExecutionStatus } from '../execution/execution.entity';

/**
 * The execution state machine: QUEUED → RUNNING → (PAUSED / WAITING) → SUCCESS / FAILED / ERROR / ABORTED /
 * REJECTED / EXPIRED. A step or stage may wait from the start (an approval) or be SKIPPED; an execution that never started can still be aborted or fail (its quota or its first step
 * refused); a final status is never left.
 */
const TRANSITIONS: Readonly<Record<ExecutionStatus, readonly ExecutionStatus[]>> = {
  QUEUED: ['RUNNING', 'WAITING', 'PAUSED', 'FAILED', 'ERROR', 'ABORTED', 'SKIPPED'],
  RUNNING: ['PAUSED', 'WAITING', 'SUCCESS', 'FAILED', 'ERROR', 'ABORTED', 'REJECTED', 'EXPIRED'],
  // PAUSED: waiting for runtime inputs (a stage, and its pipeline), which may never come (EXPIRED).
  PAUSED: ['RUNNING', 'RESUMED', 'WAITING', 'FAILED', 'ERROR', 'ABORTED', 'EXPIRED'],
  WAITING: ['RUNNING', 'PAUSED', 'SUCCESS', 'FAILED', 'ERROR', 'ABORTED', 'REJECTED', 'EXPIRED'],
  RESUMED: ['RUNNING', 'FAILED', 'ERROR', 'ABORTED'],
  SUCCESS: [],
  FAILED: [],
  ERROR: [],
  ABORTED: [],
  REJECTED: [],
  EXPIRED: [],
  SKIPPED: [],
};

export function canTransition(from: ExecutionStatus, to: ExecutionStatus): boolean {
  return from === to ? !isFinal(from) : TRANSITIONS[from].includes(to);
}

/** A transition the state machine does not allow: a bug or a lost race, never the caller's fault. */
export class InvalidTransitionError extends Error {
  constructor(
    readonly from: ExecutionStatus,
    readonly to: ExecutionStatus,
    what: string,
  ) {
    super(`${what} cannot go from ${from} to ${to}`);
    this.name = 'InvalidTransitionError';
  }
}

export function assertTransition(from: ExecutionStatus, to: ExecutionStatus, what = 'an execution'): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to, what);
}

import type { DelegateWithLiveness } from './delegate.entity';
import type { DelegateRegistry } from './delegate-registry';
import type { DelegateTask } from './task.entity';
import type { LimitBlock, TaskQueue } from './task-queue';

export const WAIT_REASONS = ['NO_MATCHING_DELEGATE', 'MATCHING_DELEGATES_DISCONNECTED', 'AWAITING_APPROVAL', 'ACCOUNT_LIMIT', 'POD_LIMIT', 'QUEUED_BEHIND'] as const;
export type WaitReason = (typeof WAIT_REASONS)[number];

export interface WaitExplanation {
  reason: WaitReason;
  message: string;
}

export interface QueuedTaskFacts {
  task: Pick<DelegateTask, 'selectors'>;
  delegates: DelegateWithLiveness[];
  block: LimitBlock | null;
  /** Queued tasks of the account created before this one. */
  queuedAhead: number;
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Why a queued task has not been acquired yet, from the facts the scheduler decides by (first blocking cause wins). */
export function explainQueuedTask({ task, delegates, block, queuedAhead }: QueuedTaskFacts): WaitExplanation {
  const matching = delegates.filter((delegate) => delegate.status !== 'DELETED' && task.selectors.every((tag) => delegate.tags.includes(tag)));
  const selectors = task.selectors.length > 0 ? ` with tags [${task.selectors.join(', ')}]` : '';
  const ready = matching.filter((delegate) => delegate.status === 'ENABLED' && delegate.connected);
  if (ready.length === 0) {
    const waiting = matching.filter((delegate) => delegate.status === 'WAITING_FOR_APPROVAL');
    if (waiting.length > 0) {
      return { reason: 'AWAITING_APPROVAL', message: `No enabled delegate${selectors} is connected; ${plural(waiting.length, 'matching delegate')} await approval` };
    }
    if (matching.length > 0) {
      return { reason: 'MATCHING_DELEGATES_DISCONNECTED', message: `No connected delegate${selectors}; ${plural(matching.length, 'matching delegate')} disconnected` };
    }
    return { reason: 'NO_MATCHING_DELEGATE', message: `No delegate${selectors} is registered for the account` };
  }
  if (block?.limit === 'account') {
    return { reason: 'ACCOUNT_LIMIT', message: `The account's delegate task limit per minute is reached until ${block.until.toISOString()}` };
  }
  if (block?.limit === 'pod') {
    return { reason: 'POD_LIMIT', message: `The delegate broker's task limit per minute is reached until ${block.until.toISOString()}` };
  }
  return {
    reason: 'QUEUED_BEHIND',
    message: `Waiting for one of ${plural(ready.length, 'connected matching delegate')} to acquire it; ${plural(queuedAhead, 'task')} of the account queued before it`,
  };
}

/** Gathers the facts for a queued task (three reads: delegates, the limit block, a count) and explains its wait. */
export class TaskScheduling {
  constructor(
    private readonly tasks: TaskQueue,
    private readonly delegates: DelegateRegistry,
  ) {}

  async explain(accountId: string, task: DelegateTask): Promise<WaitExplanation | null> {
    if (task.status !== 'QUEUED') return null;
    const [delegates, block, queuedAhead] = await Promise.all([
      this.delegates.listDelegates(accountId),
      this.tasks.limitBlock(accountId),
      this.tasks.countQueuedBefore(accountId, task.createdAt),
    ]);
    return explainQueuedTask({ task, delegates, block, queuedAhead });
  }
}

// WIRE CONTRACT: Redis key names, the job name and the job payload are read by every running release of the platform
// (a rolling deploy runs old and new side by side, and queued jobs outlive both). NEVER rename these constants or
// change the meaning of a payload version; add a new version instead and let consumers accept both.

/** First part of every queue's Redis keys: `${QUEUE_PREFIX}:${accountId}:${selectorSet}:wait` and so on. */
export const QUEUE_PREFIX = 'delegate-tasks';

/** The BullMQ job name of every delegate task. */
export const JOB_NAME = 'delegate-task';

/** Redis SET per account listing the selector sets it has queues for: `${SELECTOR_SETS_PREFIX}:${accountId}`. */
export const SELECTOR_SETS_PREFIX = 'delegate-tasks-selector-sets';

/** The queue name of a task with no selectors (BullMQ refuses empty names). */
export const ANY_DELEGATE_SELECTOR_SET = '-';

/** Rate-limiter keys (under the limiter's own key prefix). */
export const ACCOUNT_LIMIT_KEY_PREFIX = 'delegate-tasks:account';
export const POD_LIMIT_KEY_PREFIX = 'delegate-tasks:pod';

/**
 * Job payload, version 1. Only identifiers: the task's state lives in MongoDB, so a job never carries data that could
 * disagree with it.
 */
export interface DelegateTaskJobDataV1 {
  version: 1;
  accountId: string;
  taskId: string;
}

export type DelegateTaskJobData = DelegateTaskJobDataV1;

export function isDelegateTaskJobData(data: unknown): data is DelegateTaskJobData {
  const candidate = data as Partial<DelegateTaskJobDataV1> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.version === 1 &&
    typeof candidate.accountId === 'string' &&
    typeof candidate.taskId === 'string'
  );
}

/** The canonical name of a selector set: sorted, deduplicated, comma-joined; `-` when empty. */
export function selectorSetName(selectors: readonly string[]): string {
  const sorted = [...new Set(selectors)].sort();
  return sorted.length === 0 ? ANY_DELEGATE_SELECTOR_SET : sorted.join(',');
}

export function selectorsOf(setName: string): string[] {
  return setName === ANY_DELEGATE_SELECTOR_SET ? [] : setName.split(',');
}

/** BullMQ forbids ':' in queue names, so the account goes into the prefix and the selector set is the queue name. */
export function queuePrefix(keyPrefix: string, accountId: string): string {
  return `${keyPrefix}${QUEUE_PREFIX}:${accountId}`;
}

export function selectorSetsKey(keyPrefix: string, accountId: string): string {
  return `${keyPrefix}${SELECTOR_SETS_PREFIX}:${accountId}`;
}

// WIRE CONTRACT: Redis key names, the job name and the job data are read by every running release of the platform
// (a rolling deploy runs old and new side by side, and queued jobs outlive both). Never rename these or change the
// meaning of a field; a delivery whose data does not parse is dropped (its task is in the store and is recovered).
import type { TaskPayload, TaskType } from '@fg/delegate-protocol';
import type { TaskTraceContext } from '@fg/tracing';

/** First part of every queue's Redis keys (BullMQ's prefix): `${QUEUE_PREFIX}:${accountId}`, queue = selector set. */
export const QUEUE_PREFIX = 'delegate-tasks';

/** The BullMQ job name of every delivery. */
export const JOB_NAME = 'delegate-task';

/** Redis SET per account listing the selector sets it has queues for: `${SELECTOR_SETS_PREFIX}:${accountId}`. */
export const SELECTOR_SETS_PREFIX = 'delegate-tasks-selector-sets';

/** Redis string per account: the limit that last refused it and until when (JSON), expiring with the refusal. */
export const LIMIT_BLOCK_PREFIX = 'delegate-tasks-limited';

/** The queue name of a task with no selectors (BullMQ refuses empty names). */
export const ANY_DELEGATE_SELECTOR_SET = '-';

/** Rate-limiter keys (under the limiter's own key prefix). */
export const ACCOUNT_LIMIT_KEY_PREFIX = 'delegate-tasks:account';
export const POD_LIMIT_KEY_PREFIX = 'delegate-tasks:pod';

/** Redis sorted set per pod: the accounts that acquired there recently (score: last acquire, epoch ms). */
export const POD_ACCOUNTS_KEY_PREFIX = 'delegate-tasks-pod-accounts';

/**
 * One delivery of a task: its id, the attempt it is queued for (a delivery for an older attempt is stale and is
 * dropped when fetched), and its definition, which never changes once stored, so that acquiring needs no store read.
 */
export interface DeliveryData {
  accountId: string;
  taskId: string;
  attempt: number;
  type: TaskType;
  payload: TaskPayload;
  leaseMs: number;
  /** Added later, so optional: the W3C trace context the task was enqueued under. */
  trace?: TaskTraceContext;
}

export function isDeliveryData(data: unknown): data is DeliveryData {
  const candidate = data as Partial<DeliveryData> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.accountId === 'string' &&
    typeof candidate.taskId === 'string' &&
    typeof candidate.attempt === 'number' &&
    typeof candidate.type === 'string' &&
    typeof candidate.payload === 'object' &&
    candidate.payload !== null &&
    typeof candidate.leaseMs === 'number'
  );
}

/** The delivery's job id: one delivery per task and attempt, so queueing one twice queues it once. */
export function deliveryId(taskId: string, attempt: number): string {
  return `${taskId}.${attempt}`;
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

export function limitBlockKey(keyPrefix: string, accountId: string): string {
  return `${keyPrefix}${LIMIT_BLOCK_PREFIX}:${accountId}`;
}

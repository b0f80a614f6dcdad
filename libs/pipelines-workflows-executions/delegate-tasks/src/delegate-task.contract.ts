// WIRE CONTRACT: Redis key names, the job name and the job payload are read by every running release of the platform
// (a rolling deploy runs old and new side by side, and queued jobs outlive both). NEVER rename these constants or
// change the meaning of a payload version; add a new version instead and let consumers accept both.
import type { TaskPayload } from '@fg/delegate-protocol';

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

/** Job payload, version 1: identifiers only. Still accepted; the definition is then read from the store. */
export interface DelegateTaskJobDataV1 {
  version: 1;
  accountId: string;
  taskId: string;
}

/**
 * Job payload, version 2: v1's identifiers and the task's definition, which never changes once stored, so that
 * acquiring needs no store read. The task's state is never in the job: it lives in the store.
 */
export interface DelegateTaskJobDataV2 {
  version: 2;
  accountId: string;
  taskId: string;
  type: TaskPayload['type'];
  payload: TaskPayload;
  leaseMs: number;
}

export type DelegateTaskJobData = DelegateTaskJobDataV1 | DelegateTaskJobDataV2;

export function isDelegateTaskJobData(data: unknown): data is DelegateTaskJobData {
  const candidate = data as Partial<Omit<DelegateTaskJobDataV2, 'version'>> & { version?: unknown } | null;
  if (typeof candidate !== 'object' || candidate === null) return false;
  if (typeof candidate.accountId !== 'string' || typeof candidate.taskId !== 'string') return false;
  if (candidate.version === 1) return true;
  return (
    candidate.version === 2 &&
    typeof candidate.type === 'string' &&
    typeof candidate.payload === 'object' &&
    candidate.payload !== null &&
    typeof candidate.leaseMs === 'number'
  );
}

/**
 * Redis sorted set of queued tasks by the epoch ms at which they expire unless acquired:
 * `${keyPrefix}${EXPIRY_SCHEDULE_KEY}`, members `expiryMember(...)`.
 */
export const EXPIRY_SCHEDULE_KEY = 'delegate-tasks-expiry';

export interface ExpiryEntry {
  accountId: string;
  selectorSet: string;
  taskId: string;
}

/** A JSON array [accountId, selectorSet, taskId]: selector sets contain commas, account ids may contain anything. */
export function expiryMember(entry: ExpiryEntry): string {
  return JSON.stringify([entry.accountId, entry.selectorSet, entry.taskId]);
}

export function parseExpiryMember(member: string): ExpiryEntry | null {
  try {
    const parsed: unknown = JSON.parse(member);
    if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === 'string')) return null;
    const [accountId, selectorSet, taskId] = parsed as [string, string, string];
    return { accountId, selectorSet, taskId };
  } catch {
    return null;
  }
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

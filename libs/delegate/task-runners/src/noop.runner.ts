import { setTimeout as sleep } from 'node:timers/promises';
import type { NoopPayloadV1 } from './task-payload';
import type { RunnerContext, RunnerOutcome } from './task-result';

/** Does nothing for a while; lets the platform's plumbing be exercised without running anything on the customer's side. */
export async function runNoop(payload: NoopPayloadV1, context: RunnerContext): Promise<RunnerOutcome> {
  try {
    await sleep(payload.waitMs, undefined, context.signal ? { signal: context.signal } : {});
  } catch {
    return { status: 'FAILED', error: 'cancelled' };
  }
  return { status: 'SUCCEEDED' };
}

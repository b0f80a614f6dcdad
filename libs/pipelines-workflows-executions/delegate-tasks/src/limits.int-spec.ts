import { noopTask, taskQueueHarness, type TaskQueueHarness } from './testing/task-queue.fixture';
import type { TaskQueue } from './task-queue';

// Two platform processes are two TaskQueue instances in this process with different pod ids, for a quick check of
// the library; apps/e2e delegate-limits.e2e.int-spec.ts runs the same check against two platform processes.
const LIMITS_ENV = {
  LIMIT_DELEGATE_TASKS_PER_MIN_PER_ACCOUNT: '20',
  LIMIT_DELEGATE_TASKS_PER_MIN_PER_POD: '15',
  // Far longer than the run takes on any machine, so every grant of the test falls inside one window.
  LIMIT_RATE_WINDOW_SECONDS: '600',
};

let harness: TaskQueueHarness;

beforeAll(async () => {
  harness = await taskQueueHarness(LIMITS_ENV);
});
afterAll(() => harness.cleanup());

/** A delegate polling until told to come back later; it never asks again before retryAfterMs. */
async function pollUntilLimited(queue: TaskQueue, accountId: string, delegateId: string) {
  const ids: string[] = [];
  for (;;) {
    const { tasks, retryAfterMs } = await queue.acquire(accountId, delegateId, [], 2);
    ids.push(...tasks.map((task) => task.id));
    if (retryAfterMs !== undefined) return { ids, retryAfterMs };
    if (tasks.length === 0) return { ids, retryAfterMs: undefined };
  }
}

describe('delegate task limits across platform processes', () => {
  it('never grants more than the account limit in a window, nor more than the pod limit per pod', async () => {
    const podA = harness.open({ podId: 'pod-a' });
    const podB = harness.open({ podId: 'pod-b' });
    const queued = await podA.enqueueMany('acc-limited', Array.from({ length: 80 }, () => noopTask()));

    const [fromA, fromB] = await Promise.all(
      [podA, podB].map((pod, p) =>
        Promise.all(Array.from({ length: 20 }, (_, i) => pollUntilLimited(pod, 'acc-limited', `delegate-${p}-${i}`))),
      ),
    );

    const idsA = (fromA ?? []).flatMap((r) => r.ids);
    const idsB = (fromB ?? []).flatMap((r) => r.ids);
    const all = [...idsA, ...idsB];
    expect(all.length).toBeLessThanOrEqual(20);
    // A pod refusal can spend an account unit, never more than one per refused acquirer.
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(idsA.length).toBeLessThanOrEqual(15);
    expect(idsB.length).toBeLessThanOrEqual(15);
    expect(new Set(all).size).toBe(all.length);
    // Every acquirer stopped on a limit with a time to come back, none on an empty queue.
    for (const result of [...(fromA ?? []), ...(fromB ?? [])]) expect(result.retryAfterMs).toBeGreaterThan(0);

    // What was refused went back to its queue: still QUEUED, nothing acquired twice or lost.
    const states = await Promise.all(queued.map((task) => podB.getTask('acc-limited', task.id)));
    expect(states.filter((t) => t?.status === 'ACQUIRED')).toHaveLength(all.length);
    expect(states.filter((t) => t?.status === 'QUEUED')).toHaveLength(80 - all.length);
  });

  it("does not count one account's grants against another account's limit", async () => {
    const pod = harness.open({ podId: 'pod-c' });
    await pod.enqueueMany('acc-one', Array.from({ length: 25 }, () => noopTask()));
    await pod.enqueueMany('acc-two', Array.from({ length: 5 }, () => noopTask()));
    const one = await pollUntilLimited(pod, 'acc-one', 'd1');
    expect(one.ids).toHaveLength(15);
    expect(one.retryAfterMs).toBeGreaterThan(0);
    // pod-c has spent its 15; a fresh pod serves the other account in full.
    const other = harness.open({ podId: 'pod-d' });
    const two = await pollUntilLimited(other, 'acc-two', 'd2');
    expect(two.ids).toHaveLength(5);
    expect(two.retryAfterMs).toBeUndefined();
  });
});

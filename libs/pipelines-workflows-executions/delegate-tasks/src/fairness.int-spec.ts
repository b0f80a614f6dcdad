import { noopTask, taskQueueHarness, type TaskQueueHarness } from './testing/task-queue.fixture';
import type { TaskQueue } from './task-queue';

let harness: TaskQueueHarness;
let tasks: TaskQueue;

beforeAll(async () => {
  harness = await taskQueueHarness();
  tasks = harness.open();
});
afterAll(() => harness.cleanup());

describe('fairness between accounts', () => {
  it("serves a small account's tasks at once behind another account's backlog of 10,000", async () => {
    // Leases far longer than the test: these delegates never renew, and on a loaded machine a slow store can make the
    // calls below take longer than a default lease, after which a task is (rightly) offered again.
    const task = () => noopTask({ leaseMs: 3_600_000 });
    const backlog = await tasks.enqueueMany('acc-big', Array.from({ length: 10_000 }, task));
    expect(backlog).toHaveLength(10_000);
    const small = await tasks.enqueueMany('acc-small', Array.from({ length: 10 }, task));

    // The big account's delegates keep pulling meanwhile.
    const bigPulls = Promise.all(Array.from({ length: 4 }, (_, i) => tasks.acquire('acc-big', `big-${i}`, [], 10)));
    const got: string[] = [];
    for (let call = 0; call < 3 && got.length < small.length; call += 1) {
      const { tasks: batch } = await tasks.acquire('acc-small', 'small-delegate', [], 5);
      expect(batch.every((task) => task.accountId === 'acc-small')).toBe(true);
      got.push(...batch.map((task) => task.id));
    }
    expect(got.sort()).toEqual(small.map((task) => task.id).sort());
    const big = (await bigPulls).flatMap((result) => result.tasks);
    expect(big.length).toBe(40);
    expect(big.every((task) => task.accountId === 'acc-big')).toBe(true);
    // An embedded store that scans the collection for account-scoped writes makes each claim slow at this size.
  }, 300_000);
});

describe('fairness of a shared pod limit', () => {
  it("gives a small account its share of the pod's units while a big account's delegates hammer the same pod", async () => {
    const pod = harness.open({ podId: `pod-fair-${Date.now()}` }, { LIMIT_DELEGATE_TASKS_PER_MIN_PER_POD: '20', LIMIT_RATE_WINDOW_SECONDS: '600' });
    await pod.enqueueMany('acc-hammer', Array.from({ length: 100 }, () => noopTask({ leaseMs: 3_600_000 })));
    const small = await pod.enqueueMany('acc-quiet', Array.from({ length: 10 }, () => noopTask({ leaseMs: 3_600_000 })));

    // The small account asks first, then the big one's ten delegates ask until the pod refuses them.
    const first = await pod.acquire('acc-quiet', 'quiet-1', [], 1);
    const hammered = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const got: string[] = [];
        for (;;) {
          const { tasks: batch, retryAfterMs } = await pod.acquire('acc-hammer', `hammer-${i}`, [], 5);
          got.push(...batch.map((task) => task.id));
          if (retryAfterMs !== undefined || batch.length === 0) return got;
        }
      }),
    );
    const rest = await pod.acquire('acc-quiet', 'quiet-1', [], 20);

    // Two accounts share the pod's 20 units: the big one gets at most half, the small one all it has.
    expect(hammered.flat().length).toBeLessThanOrEqual(10);
    expect([...first.tasks, ...rest.tasks].map((task) => task.id).sort()).toEqual(small.map((task) => task.id).sort());
  });
});

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
    // Leases far longer than the test: these delegates never renew, and on a loaded machine FerretDB can make the calls
    // below take longer than a default lease, after which a task is (rightly) offered again.
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
    // FerretDB 1.24 scans the collection for account-scoped writes, so each claim costs about a second at this size.
  }, 300_000);
});

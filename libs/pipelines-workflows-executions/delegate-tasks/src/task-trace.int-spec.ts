import { runTaskInTrace, startServerSpan } from '@fg/tracing';
import { ancestry, startInMemoryTracing, type InMemoryTracing } from '@fg/tracing/testing';
import { noopTask, taskQueueHarness, type TaskQueueHarness } from './testing/task-queue.fixture';

let harness: TaskQueueHarness;
let tracing: InMemoryTracing;
beforeAll(async () => {
  tracing = startInMemoryTracing('delegate-tasks-spec');
  harness = await taskQueueHarness();
});
afterAll(async () => {
  await harness.cleanup();
  await tracing.shutdown();
});

describe('the trace of a delegate task', () => {
  it('stores the enqueueing request’s trace with the task and hands it to the delegate that acquires it', async () => {
    const queue = harness.open();
    const request = startServerSpan('subgraph request', {});
    const queued = await request.run(() => queue.enqueue('acc-trace', noopTask()));
    request.end();

    const stored = await harness.db.connection.db!.collection('delegate_tasks').findOne({ _id: queued.id as never });
    expect(stored?.trace).toEqual({ traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/) });
    const { tasks } = await queue.acquire('acc-trace', 'delegate-1', [], 1);
    expect(tasks.map((task) => task.trace)).toEqual([stored?.trace]);

    // The delegate, elsewhere, continues it.
    await runTaskInTrace(tasks[0]?.trace ?? undefined, 'NOOP', async () => undefined);
    const spans = tracing.spans();
    const run = spans.find((span) => span.name === 'delegate task run NOOP');
    expect(run && ancestry(spans, run)).toEqual(['delegate task run NOOP', 'delegate task enqueue NOOP', 'subgraph request']);
  });
});

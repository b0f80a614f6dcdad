import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runTaskInTrace, startClientSpan, startServerSpan, traceHeaders, traceTaskEnqueue, type TaskTraceContext } from './index';
import { ancestry, startInMemoryTracing, type InMemoryTracing } from './testing';

function serve(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

describe('tracing off (no OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  it('adds no headers, carries no trace in a task and still runs the work', async () => {
    expect(traceHeaders()).toEqual({});
    expect(traceTaskEnqueue('NOOP')).toBeUndefined();
    const scope = startServerSpan('request', { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
    expect(scope.run(() => 42)).toBe(42);
    await expect(runTaskInTrace(undefined, 'NOOP', async () => 'ran')).resolves.toBe('ran');
  });
});

describe('tracing on', () => {
  let tracing: InMemoryTracing;
  beforeAll(() => {
    tracing = startInMemoryTracing('tracing-spec');
  });
  afterAll(() => tracing.shutdown());

  it('follows one trace over HTTP into an enqueued task and the run of it elsewhere', async () => {
    let storedTask = '';
    // The "subgraph": continues the caller's trace and enqueues a task whose stored form carries it.
    const downstream = await serve((req, res) => {
      const scope = startServerSpan('subgraph request', req.headers);
      scope.run(() => {
        storedTask = JSON.stringify({ type: 'NOOP', trace: traceTaskEnqueue('NOOP') });
      });
      scope.end();
      res.end('ok');
    });
    try {
      const request = startServerSpan('gateway request', {});
      await request.run(async () => {
        const call = startClientSpan('subgraph fetch');
        await call.run(() => fetch(downstream.url, { headers: traceHeaders() }).then((response) => response.text()));
        call.end();
      });
      request.end();
    } finally {
      downstream.server.close();
    }
    // The "delegate", another process in real life: it only has the stored task.
    const task = JSON.parse(storedTask) as { trace: TaskTraceContext };
    expect(task.trace.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    await runTaskInTrace(task.trace, 'NOOP', async () => undefined);

    const spans = tracing.spans();
    const run = spans.find((span) => span.name === 'delegate task run NOOP')!;
    expect(ancestry(spans, run)).toEqual(['delegate task run NOOP', 'delegate task enqueue NOOP', 'subgraph request', 'subgraph fetch', 'gateway request']);
    expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
  });

  it('starts a new trace for a task that carries none or a malformed one', async () => {
    tracing.reset();
    await runTaskInTrace({ traceparent: 'not-a-traceparent' }, 'HTTP', async () => undefined);
    const [run] = tracing.spans();
    expect(run.name).toBe('delegate task run HTTP');
    expect(run.parentSpanContext).toBeUndefined();
  });

  it('marks a failed task run as an error and passes the error on', async () => {
    tracing.reset();
    await expect(runTaskInTrace(undefined, 'SHELL_SCRIPT', async () => Promise.reject(new Error('exit 1')))).rejects.toThrow('exit 1');
    expect(tracing.spans()[0].status).toEqual({ code: 2, message: 'exit 1' });
  });
});

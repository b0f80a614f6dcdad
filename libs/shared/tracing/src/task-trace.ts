import { ROOT_CONTEXT, SpanKind, context, propagation, trace } from '@opentelemetry/api';
import { startSpanWithParent, tracingEnabled } from './spans';

/**
 * The trace a delegate task carries from the request that enqueued it to the delegate's run of it: W3C trace
 * context, stored with the task (optional: a task enqueued while tracing was off has none).
 */
export interface TaskTraceContext {
  traceparent: string;
  tracestate?: string;
}

/**
 * Call where a task is enqueued, inside the request that enqueues it, and store the result with the task (its
 * payload's `trace` field). Records the enqueue as a producer span, the parent of the delegate's run.
 */
export function traceTaskEnqueue(taskType: string): TaskTraceContext | undefined {
  if (!tracingEnabled()) return undefined;
  const span = trace.getTracer('@fg/tracing').startSpan(`delegate task enqueue ${taskType}`, {
    kind: SpanKind.PRODUCER,
    attributes: { 'fg.task.type': taskType },
  });
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(context.active(), span), carrier);
  span.end();
  if (!carrier.traceparent) return undefined;
  return carrier.tracestate ? { traceparent: carrier.traceparent, tracestate: carrier.tracestate } : { traceparent: carrier.traceparent };
}

/**
 * Call where a delegate runs a task: the run becomes a consumer span, child of the enqueue span whose context the task
 * carries (a new trace when it carries none or a malformed one). The span ends when `run` settles.
 */
export async function runTaskInTrace<T>(taskTrace: TaskTraceContext | undefined, taskType: string, run: () => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return run();
  const parent = taskTrace ? propagation.extract(ROOT_CONTEXT, { ...taskTrace }) : ROOT_CONTEXT;
  const scope = startSpanWithParent(`delegate task run ${taskType}`, SpanKind.CONSUMER, parent, { 'fg.task.type': taskType });
  try {
    const result = await scope.run(run);
    scope.end();
    return result;
  } catch (error) {
    scope.end({ error: (error as Error).message });
    throw error;
  }
}

export { registerTracing, startTracing, type Tracing } from './start-tracing';
export { startClientSpan, startServerSpan, traceHeaders, tracingEnabled, type SpanScope } from './spans';
export { runTaskInTrace, traceTaskEnqueue, type TaskTraceContext } from './task-trace';

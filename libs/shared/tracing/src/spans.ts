import type { IncomingHttpHeaders } from 'node:http';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, propagation, trace, type Attributes, type Context, type Span } from '@opentelemetry/api';

const TRACER_NAME = '@fg/tracing';

// Checked before any OpenTelemetry call, so a process without an exporter pays one boolean test per helper.
let active = false;

export function setTracingActive(value: boolean): void {
  active = value;
}

export function tracingEnabled(): boolean {
  return active;
}

/** One span of our own: `run` makes it the active span for the code it calls, `end` closes it once. */
export interface SpanScope {
  run<T>(fn: () => T): T;
  end(outcome?: { error?: string; attributes?: Attributes }): void;
}

const NO_SPAN: SpanScope = { run: (fn) => fn(), end: () => undefined };

function scopeOf(span: Span, spanContext: Context): SpanScope {
  let ended = false;
  return {
    run: (fn) => context.with(spanContext, fn),
    end: (outcome) => {
      if (ended) return;
      ended = true;
      if (outcome?.attributes) span.setAttributes(outcome.attributes);
      if (outcome?.error) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error });
      span.end();
    },
  };
}

/** A span with an explicit parent context (one extracted from a carrier, say). */
export function startSpanWithParent(name: string, kind: SpanKind, parent: Context, attributes?: Attributes): SpanScope {
  const span = trace.getTracer(TRACER_NAME).startSpan(name, { kind, attributes }, parent);
  return scopeOf(span, trace.setSpan(parent, span));
}

/** The span of a request this process serves, continuing the caller's trace when its headers carry one. */
export function startServerSpan(name: string, headers: IncomingHttpHeaders, attributes?: Attributes): SpanScope {
  if (!active) return NO_SPAN;
  return startSpanWithParent(name, SpanKind.SERVER, propagation.extract(ROOT_CONTEXT, headers), attributes);
}

/** The span of a call this process makes, a child of the active span. */
export function startClientSpan(name: string, attributes?: Attributes): SpanScope {
  if (!active) return NO_SPAN;
  return startSpanWithParent(name, SpanKind.CLIENT, context.active(), attributes);
}

/** The W3C trace headers (`traceparent`, `tracestate`) of the active span, for an outgoing call; none when off. */
export function traceHeaders(): Record<string, string> {
  if (!active) return {};
  const headers: Record<string, string> = {};
  propagation.inject(context.active(), headers);
  return headers;
}

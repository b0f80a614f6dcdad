import { context, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { setTracingActive } from './spans';

export interface Tracing {
  /** Flushes the spans not yet exported and stops tracing. */
  shutdown(): Promise<void>;
}

const OFF: Tracing = { shutdown: async () => undefined };

/**
 * Starts the OpenTelemetry SDK for this process when `OTEL_EXPORTER_OTLP_ENDPOINT` is set: spans are batched and
 * exported over OTLP/HTTP (the exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself, as does the SDK
 * OTEL_TRACES_SAMPLER). Without it nothing is registered and every helper of this lib is a plain function call.
 * Call it first in a process's main, before anything handles a request.
 */
// The one place the tracing settings are read: they are OpenTelemetry's standard variables, shared with the SDK.
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): Tracing {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return OFF;
  return registerTracing(service, new BatchSpanProcessor(new OTLPTraceExporter()));
}

/** Registers a tracer provider with the given span processor (the OTLP exporter, or an in-memory one in tests). */
export function registerTracing(service: string, spanProcessor: SpanProcessor): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    spanProcessors: [spanProcessor],
  });
  // AsyncLocalStorage context and the W3C traceparent/tracestate propagator.
  provider.register();
  setTracingActive(true);
  return {
    shutdown: async () => {
      setTracingActive(false);
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

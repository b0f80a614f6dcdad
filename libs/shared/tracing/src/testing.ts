import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { registerTracing } from './start-tracing';

export interface InMemoryTracing {
  /** Every span ended so far, in the order they ended. */
  spans(): ReadableSpan[];
  reset(): void;
  shutdown(): Promise<void>;
}

/** Tracing for a spec: spans are kept in memory, exported as each one ends. */
export function startInMemoryTracing(service = 'test'): InMemoryTracing {
  const exporter = new InMemorySpanExporter();
  const tracing = registerTracing(service, new SimpleSpanProcessor(exporter));
  return {
    spans: () => exporter.getFinishedSpans(),
    reset: () => exporter.reset(),
    shutdown: () => tracing.shutdown(),
  };
}

/** The chain of span names from a span up to its trace's root, for asserting parent-child links. */
export function ancestry(spans: readonly ReadableSpan[], span: ReadableSpan): string[] {
  const byId = new Map(spans.map((each) => [each.spanContext().spanId, each]));
  const chain = [span.name];
  let parentId = span.parentSpanContext?.spanId;
  while (parentId) {
    const parent = byId.get(parentId);
    if (!parent) {
      chain.push(`<missing ${parentId}>`);
      break;
    }
    chain.push(parent.name);
    parentId = parent.parentSpanContext?.spanId;
  }
  return chain;
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedSpan {
  service: string;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}

/** An OTLP/HTTP (JSON) trace receiver on this machine: what the apps export when OTEL_EXPORTER_OTLP_ENDPOINT is set. */
export async function startTraceReceiver(): Promise<{ server: Server; endpoint: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: Omit<ReceivedSpan, 'service'>[] }[];
        }[];
      };
      for (const { resource, scopeSpans } of body.resourceSpans) {
        const service = resource.attributes.find((attribute) => attribute.key === 'service.name')?.value.stringValue ?? '?';
        for (const { spans: batch } of scopeSpans) {
          for (const span of batch) spans.push({ service, name: span.name, traceId: span.traceId, spanId: span.spanId, parentSpanId: span.parentSpanId || undefined });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans };
}

/** "service: name" of a span and of each ancestor the receiver has, up to the root. */
export function spanChain(spans: readonly ReceivedSpan[], span: ReceivedSpan): string[] {
  const parent = spans.find((each) => each.spanId === span.parentSpanId);
  return [`${span.service}: ${span.name}`, ...(parent ? spanChain(spans, parent) : [])];
}

import type { ServerResponse } from 'node:http';
import type { ServiceMetrics } from './service-metrics';

export const METRICS_PATH = '/metrics';

/** Answers a Prometheus scrape. The exposition holds counts and timings only: no key, secret or id is ever a label. */
export async function sendMetrics(metrics: ServiceMetrics, res: ServerResponse): Promise<void> {
  const { contentType, body } = await metrics.exposition();
  res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

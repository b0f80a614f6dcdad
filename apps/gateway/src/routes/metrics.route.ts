import type { IncomingMessage, ServerResponse } from 'node:http';
import { METRICS_PATH, sendMetrics, type ServiceMetrics } from '@fg/metrics';

export { METRICS_PATH };

/** Prometheus scrapes: counts and timings only, so it needs no key (keep it off the public ingress all the same). */
export function createMetricsRoute(metrics: ServiceMetrics) {
  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => sendMetrics(metrics, res);
}

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { RequestBodyError, listen, readBody, sendJson, stopOnce } from '@fg/graphql-kit';
import { PrincipalVerifier, type Principal } from '@fg/internal-auth';
import type { Logger } from '@fg/logger';
import { METRICS_PATH, sendMetrics, type ServiceMetrics } from '@fg/metrics';

/** A route only the gateway may call: its principal signature is checked before the handler runs. */
export type BrokerRoute = (body: unknown, principal: Principal) => Promise<{ status: number; body: unknown }>;

export interface BrokerServerOptions {
  routes: Record<string, BrokerRoute>;
  signingSecret: string;
  logger: Logger;
  isReady(): boolean;
  metrics: ServiceMetrics;
  /** Brings the sampled gauges (queue depth, delegates) up to date before a scrape answers. */
  beforeScrape(): Promise<void>;
}

export interface RunningBroker {
  url: string;
  stop(): Promise<void>;
}

/** Signed-only JSON over HTTP (POST to a route's path) plus /healthz and /metrics; no GraphQL here. */
export async function startBrokerServer(options: BrokerServerOptions, port: number, host: string, onStop: () => Promise<void>): Promise<RunningBroker> {
  const principals = new PrincipalVerifier(options.signingSecret);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://broker').pathname;
    if (path === '/healthz') {
      const ready = options.isReady();
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', service: 'delegate-broker' });
    }
    if (path === METRICS_PATH) {
      // A scrape that cannot sample the store still answers, with the counters and the gauges' last values.
      await options.beforeScrape().catch((error: unknown) => options.logger.warn({ err: error }, 'could not sample delegate task gauges'));
      return sendMetrics(options.metrics, res);
    }
    const route = options.routes[path];
    if (!route) return sendJson(res, 404, { error: 'NOT_FOUND' });
    const principal = principals.verify(req.headers);
    if (!principal) return sendJson(res, 401, { error: 'UNAUTHENTICATED', message: 'Missing or invalid gateway signature' });
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
    // Read first, so an oversized body answers 413 (through the handler below), not "invalid JSON".
    const text = await readBody(req);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return sendJson(res, 400, { error: 'INVALID_INPUT', message: 'Request body is not valid JSON' });
    }
    const answer = await route(body, principal);
    sendJson(res, answer.status, answer.body);
  };

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    // Labelled by the broker's own routes only (a fixed set): any other path counts as "other".
    const path = new URL(req.url ?? '/', 'http://broker').pathname;
    const route = path === '/healthz' || path === METRICS_PATH || Object.hasOwn(options.routes, path) ? path : 'other';
    res.once('finish', () => options.metrics.httpRequest(route, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9));
    handle(req, res).catch((error: unknown) => {
      if (error instanceof RequestBodyError) return sendJson(res, error.status, { error: 'BAD_REQUEST', message: error.message });
      options.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR' });
      else res.destroy();
    });
  });
  // Longer than the gateway's pooled connections' idle timeout, so the gateway never writes to a closing socket.
  server.keepAliveTimeout = 65_000;
  const url = `http://${host}:${await listen(server, port, host)}`;
  options.logger.info({ url }, 'delegate broker ready');
  return { url, stop: stopOnce(server, onStop) };
}

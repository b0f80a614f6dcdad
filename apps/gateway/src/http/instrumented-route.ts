import type { ServiceMetrics } from '@fg/metrics';
import { startServerSpan } from '@fg/tracing';
import type { RouteHandler, Routes } from './route';

/** The label of a request's route: one of the gateway's own paths or prefixes, never the raw path a client sent. */
export function routeLabeler(routes: Routes): (pathname: string) => string {
  const paths = new Set(Object.keys(routes.paths));
  const prefixes = (routes.prefixes ?? []).map(([prefix]) => prefix);
  return (pathname) => {
    if (paths.has(pathname)) return pathname;
    return prefixes.find((prefix) => pathname.startsWith(prefix)) ?? 'not_found';
  };
}

/**
 * Every request through a span of its own (the root of its trace, or a child of the caller's traceparent) and into
 * fg_http_requests_total / fg_http_request_duration_seconds by route and status once its answer is sent.
 */
export function instrumentRoute(route: RouteHandler, labelOf: (pathname: string) => string, metrics: ServiceMetrics): RouteHandler {
  return (req, res, url) => {
    const started = process.hrtime.bigint();
    const label = labelOf(url.pathname);
    const span = startServerSpan(`gateway ${req.method ?? 'GET'} ${label}`, req.headers, { 'http.route': label });
    res.once('close', () => {
      metrics.httpRequest(label, res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
      span.end(res.statusCode >= 500 ? { error: `HTTP ${res.statusCode}`, attributes: { 'http.status_code': res.statusCode } } : { attributes: { 'http.status_code': res.statusCode } });
    });
    return span.run(() => route(req, res, url));
  };
}

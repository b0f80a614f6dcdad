import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@fg/graphql-kit';

/** One route of the gateway: it answers the request itself, or throws for the error responder to answer. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

export interface Routes {
  /** Exact paths. */
  paths: Record<string, RouteHandler>;
  /** Path prefixes, tried in order after the exact paths. */
  prefixes?: [prefix: string, handler: RouteHandler][];
  notFound: RouteHandler;
}

/** Picks the handler for a request's path. */
export function createRouter(routes: Routes): RouteHandler {
  return (req, res, url) => {
    const exact = routes.paths[url.pathname];
    if (exact) return exact(req, res, url);
    const prefixed = routes.prefixes?.find(([prefix]) => url.pathname.startsWith(prefix));
    return (prefixed?.[1] ?? routes.notFound)(req, res, url);
  };
}

/** The answer to a path the gateway does not serve. */
export function notFoundRoute(apiPath: string): RouteHandler {
  return async (_req, res) => sendJson(res, 404, { errors: [{ message: `Not found: the API is served at ${apiPath}` }] });
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { sendJson } from '@fg/graphql-kit';
import type { RouteHandler } from '../http/route';

/** Where the explorer's bundled script and style sheet are served. */
export const EXPLORER_ASSETS_PREFIX = '/explorer/';

export interface ExplorerAssets {
  script: Buffer;
  style: Buffer;
  /** Changes with every build, so browsers may cache the assets for long. */
  version: string;
}

/** The explorer bundled by the build next to the gateway's main.js (dist/apps/gateway/browser); null when not built. */
export function loadExplorerAssets(dir = join(__dirname, 'browser')): ExplorerAssets | null {
  try {
    const script = readFileSync(join(dir, 'explorer.js'));
    const style = readFileSync(join(dir, 'explorer.css'));
    const version = createHash('sha256').update(script).update(style).digest('hex').slice(0, 16);
    return { script, style, version };
  } catch {
    return null;
  }
}

// The page may reach the gateway and nothing else, whatever a dependency of the bundle would like to load.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function explorerPage(assets: ExplorerAssets): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphQL explorer</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${EXPLORER_ASSETS_PREFIX}explorer.css?v=${assets.version}">
<style>
  html, body, #explorer, .fg-explorer { height: 100%; margin: 0; }
  .fg-explorer { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  .fg-key-bar { display: flex; gap: 8px; align-items: center; padding: 8px 12px; border-bottom: 1px solid #ddd; }
  .fg-key-bar input { flex: 0 1 420px; padding: 4px 6px; font-family: monospace; }
  .fg-key-state { color: #666; font-size: 13px; }
  .fg-graphiql { flex: 1; min-height: 0; }
</style>
</head>
<body>
<div id="explorer"></div>
<script src="${EXPLORER_ASSETS_PREFIX}explorer.js?v=${assets.version}"></script>
</body>
</html>
`;
}

const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>GraphQL explorer</title>
<p>The explorer is not built into this gateway: build it with <code>npx nx build gateway</code> and run
<code>dist/apps/gateway/main.js</code>. The API itself works: POST /api/graphql with an x-api-key header.</p></html>`;

function wantsExplorer(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
}

/** The API route, with the explorer page answered in its place when a browser opens the API's URL. */
export function withExplorer(api: RouteHandler, assets: ExplorerAssets | null): RouteHandler {
  const page = assets ? explorerPage(assets) : NOT_BUILT_PAGE;
  return async (req, res, url) => {
    if (!wantsExplorer(req, url)) return api(req, res, url);
    // The page needs no key; every operation it sends carries the one the user types.
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(page),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': 'no-cache',
    });
    res.end(page);
  };
}

/** The explorer's script and style sheet. */
export function createExplorerAssetsRoute(assets: ExplorerAssets | null): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const name = url.pathname.slice(EXPLORER_ASSETS_PREFIX.length);
    const body = name === 'explorer.js' ? assets?.script : name === 'explorer.css' ? assets?.style : undefined;
    if (!body || (req.method !== 'GET' && req.method !== 'HEAD')) return sendJson(res, 404, { errors: [{ message: 'Not found' }] });
    res.writeHead(200, {
      'content-type': name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8',
      'content-length': body.length,
      'cache-control': 'public, max-age=86400, immutable',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

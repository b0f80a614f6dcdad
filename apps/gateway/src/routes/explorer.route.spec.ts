import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordedResponse, fakeRequest } from '../testing/fake-http';
import { createExplorerAssetsRoute, loadExplorerAssets, withExplorer } from './explorer.route';

function builtAssets() {
  const dir = mkdtempSync(join(tmpdir(), 'explorer-'));
  writeFileSync(join(dir, 'explorer.js'), 'console.log("explorer")');
  writeFileSync(join(dir, 'explorer.css'), 'body { margin: 0 }');
  return loadExplorerAssets(dir);
}

async function call(route: ReturnType<typeof withExplorer>, url: string, method = 'GET', accept = 'text/html') {
  const res = new RecordedResponse();
  await route(fakeRequest({ method, headers: { accept } }), res.asServerResponse(), new URL(url, 'http://gateway'));
  return res;
}

describe('the explorer', () => {
  const apiCalls: string[] = [];
  const api = withExplorer(async (_req, res, url) => {
    apiCalls.push(url.pathname + url.search);
    res.end('api');
  }, builtAssets());

  it('answers a browser opening the API with the page, allowed to reach nothing but the gateway', async () => {
    const res = await call(api, '/api/graphql');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(/<script src="\/explorer\/explorer\.js\?v=[0-9a-f]{16}"><\/script>/);
    expect(res.body).not.toMatch(/https?:\/\//);
    expect(res.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('passes every other request to the API', async () => {
    apiCalls.length = 0;
    expect((await call(api, '/api/graphql', 'POST')).body).toBe('api');
    expect((await call(api, '/api/graphql', 'GET', 'application/json')).body).toBe('api');
    expect((await call(api, '/api/graphql?query={__typename}')).body).toBe('api');
    expect(apiCalls).toEqual(['/api/graphql', '/api/graphql', '/api/graphql?query={__typename}']);
  });

  it('serves its bundled script and style sheet, and nothing else under its prefix', async () => {
    const assets = createExplorerAssetsRoute(builtAssets());
    const script = await call(assets, '/explorer/explorer.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log("explorer")');
    expect((await call(assets, '/explorer/explorer.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await call(assets, '/explorer/../main.js')).statusCode).toBe(404);
    expect((await call(assets, '/explorer/explorer.js', 'POST')).statusCode).toBe(404);
  });

  it('says how to build it when the gateway runs without the bundle', async () => {
    expect(loadExplorerAssets(join(tmpdir(), 'no-such-explorer'))).toBeNull();
    const res = await call(withExplorer(async () => undefined, null), '/api/graphql');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npx nx build gateway');
  });
});

// Functions passed to page.waitForFunction run in the browser, against its DOM.
/// <reference lib="dom" />
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { SUBGRAPHS } from '@fg/subgraph-registry';
import { callGateway, startStack, type Stack } from './stack';
import { startTraceReceiver, type ReceivedSpan } from './trace-receiver';

const workspaceRoot = join(__dirname, '../../..');
const SCREENSHOTS = join(workspaceRoot, 'dist/test-results/screenshots');

/** Debian's chromium, which npm test installs like redis-server; this spec fails (never skips) without it. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
  if (!found) {
    throw new Error(
      'Chromium is not installed, and the explorer spec drives it headless: install it with "sudo apt-get install -y chromium" ' +
        '(npm test does that itself when it runs as root), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return found;
}

const TYPED_QUERY = 'query ExplorerApplications { applications(limit: 5) { nodes { name } } }';

describe('operating it: the explorer in a browser, and metrics (built apps, real store)', () => {
  let stack: Stack;
  let browser: Browser;
  let traces: Awaited<ReturnType<typeof startTraceReceiver>>;

  beforeAll(async () => {
    const executablePath = chromiumPath();
    traces = await startTraceReceiver();
    // Every process exports its spans here, in batches sent every 100 ms.
    stack = await startStack({ OTEL_EXPORTER_OTLP_ENDPOINT: traces.endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' });
    const created = await callGateway(stack, stack.demoApiKey, {
      query: 'mutation { createApplication(input: { name: "Shown in the explorer" }) { application { id } } }',
    });
    expect(created.status).toBe(200);
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      // Root in CI has no user namespace sandbox; /dev/shm is small in containers.
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    traces?.server.close();
  });

  async function openExplorer(requests: string[], consoleErrors: string[]): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    const response = await page.goto(stack.gatewayUrl, { waitUntil: 'networkidle0' });
    expect(response?.status()).toBe(200);
    await page.waitForSelector('.graphiql-container');
    return page;
  }

  it('loads with no request beyond the gateway, runs a typed query with the typed key and shows the docs', async () => {
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    const page = await openExplorer(requests, consoleErrors);

    await page.type('#fg-api-key', stack.demoApiKey);
    await page.click('.fg-key-bar button[type="submit"]');

    // The docs come from introspection, which needs the key.
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForFunction(() => document.querySelector('.graphiql-doc-explorer')?.textContent?.includes('Mutation'), { timeout: 15_000 });

    await page.click('.graphiql-query-editor .CodeMirror');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(TYPED_QUERY);
    await page.click('.graphiql-execute-button');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page
      .waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('Shown in the explorer'), { timeout: 15_000 })
      .catch(async (error: unknown) => {
        // What the page showed instead, for whoever reads the failure.
        await page.screenshot({ path: join(SCREENSHOTS, 'explorer-failure.png') });
        throw error;
      });
    const result = await page.$eval('.result-window', (element) => element.textContent ?? '');
    expect(result).toContain('"applications"');
    expect(result).not.toContain('Invalid Api Key');

    const screenshot = join(SCREENSHOTS, 'explorer.png');
    await page.screenshot({ path: screenshot });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);

    const elsewhere = requests.filter((url) => !url.startsWith(`${stack.gatewayOrigin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(elsewhere).toEqual([]);
    expect(requests).toEqual(expect.arrayContaining([`${stack.gatewayOrigin}/api/graphql`]));
    // A blocked load (the page's content security policy) would show up here.
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('answers an operation sent without a key with the reference 401', async () => {
    const page = await openExplorer([], []);
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      return { status: response.status, body: await response.json() };
    });
    expect(answer).toEqual({ status: 401, body: { errors: [{ message: 'Invalid Api Key' }] } });
    await page.close();
  });

  it('serves Prometheus metrics on the gateway and every subgraph after a few requests, with no key in them', async () => {
    await callGateway(stack, stack.demoApiKey, { query: 'query MetricsProbe { applications(limit: 1) { nodes { id } } }' });
    await callGateway(stack, 'wrong-key', { query: '{ __typename }' });
    const gateway = await (await fetch(`${stack.gatewayOrigin}/metrics`)).text();
    expect(gateway).toMatch(/^fg_graphql_operations_total\{operation="MetricsProbe",status="200",service="gateway"\} 1$/m);
    expect(gateway).toMatch(/^fg_http_requests_total\{route="\/api\/graphql",status="401",service="gateway"\} \d+$/m);
    expect(gateway).toMatch(/^fg_subgraph_call_duration_seconds_count\{service="gateway",subgraph="apps-services",outcome="ok"\} \d+$/m);
    expect(gateway).toContain('# TYPE fg_rate_limit_refusals_total counter');
    expect(gateway).not.toContain(stack.demoApiKey);
    expect(gateway).not.toContain('wrong-key');
    for (const { name } of SUBGRAPHS) {
      const response = await fetch(new URL('/metrics', stack.subgraphUrls[name]));
      expect(response.status).toBe(200);
      // The gateway's readiness checks reach every subgraph.
      expect(await response.text()).toContain(`fg_http_requests_total{route="/readyz",status="200",service="${name}"}`);
    }
  });

  it('exports one trace per request over OTLP, the subgraph process continuing the gateway process', async () => {
    await callGateway(stack, stack.demoApiKey, { query: 'query TraceProbe { applications(limit: 1) { nodes { id } } }' });
    const chainOf = (span: ReceivedSpan): string[] => {
      const parent = traces.spans.find((each) => each.spanId === span.parentSpanId);
      return [`${span.service}: ${span.name}`, ...(parent ? chainOf(parent) : [])];
    };
    const deadline = Date.now() + 20_000;
    let chain: string[] = [];
    const root = 'gateway: gateway POST /api/graphql';
    while (Date.now() < deadline && chain.at(-1) !== root) {
      const served = traces.spans.filter((span) => span.service === 'apps-services' && span.name === 'apps-services graphql');
      chain = served.map(chainOf).sort((a, b) => b.length - a.length)[0] ?? [];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Apollo Gateway's own spans (request, execute, fetch) sit between the request and the subgraph fetch.
    expect(chain).toEqual([
      'apps-services: apps-services graphql',
      'gateway: subgraph apps-services',
      'gateway: gateway.fetch',
      'gateway: gateway.execute',
      'gateway: gateway.request',
      root,
    ]);
  });
});

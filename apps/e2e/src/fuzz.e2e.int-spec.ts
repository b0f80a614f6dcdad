import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { FuzzRequests, type FuzzRequest } from './fuzz/fuzz-requests';
import { SeededRandom } from './fuzz/seeded-random';
import { startStack, type Stack } from './stack';

/** FUZZ_DOCUMENTS and FUZZ_SEED make a longer or a different run; a failure prints the seed that reproduces it. */
const DOCUMENTS = Number(process.env.FUZZ_DOCUMENTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 16);
// Requests in flight at once: enough to keep the gateway busy on 2 cores without measuring the client instead.
const CONCURRENCY = 8;
// Gateway memory may grow this much between the end of the warm-up (the first quarter of the run) and the end. Apollo's
// parsed-document cache and the query-plan cache are LRUs of about 30 MiB each and fill during the run with distinct
// random documents; anything beyond them plus garbage-collector slack is a leak (10 KiB a request would be ~75 MiB).
const RSS_GROWTH_BOUND_BYTES = 96 * 1024 * 1024;

// A stack trace line, a file path of this machine or a module, or a Node error code leaking to the client.
const INTERNALS = [/\n\s+at /, /\bat \S+ \(/, /\/(?:work|home|root|usr|tmp|app|dist|src)\//, /node_modules/, /\.(?:js|ts|mjs|cjs):\d+/, /\bE(?:CONNREFUSED|CONNRESET|PIPE)\b/, /127\.0\.0\.1:\d+/];

interface Finding {
  index: number;
  kind: string;
  problem: string;
  excerpt: string;
}

describe(`the gateway under fuzzed requests (${DOCUMENTS} documents, seed ${SEED})`, () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const residentMemory = async (): Promise<number> => {
    const text = await (await fetch(`${stack.gatewayOrigin}/metrics`)).text();
    const match = /^fg_process_resident_memory_bytes(?:{[^}]*})? (\S+)$/m.exec(text);
    if (!match) throw new Error('the gateway /metrics has no fg_process_resident_memory_bytes');
    return Number(match[1]);
  };

  const send = async (request: FuzzRequest): Promise<{ status: number; text: string } | { failed: string }> => {
    try {
      const response = await fetch(`${stack.gatewayUrl}${request.search ?? ''}`, {
        method: request.method,
        headers: {
          ...(request.contentType ? { 'content-type': request.contentType } : {}),
          ...(request.anonymous ? {} : { 'x-api-key': stack.demoApiKey }),
          // Apollo's CSRF prevention refuses a GET without a preflight-forcing header.
          'apollo-require-preflight': 'true',
        },
        body: request.body,
      });
      return { status: response.status, text: await response.text() };
    } catch (error) {
      return { failed: String((error as Error).cause ?? error) };
    }
  };

  it('answers every request without a 5xx, an exit, a stack trace, an internal path or a leak', async () => {
    const random = new SeededRandom(SEED);
    const generator = new FuzzRequests(buildSchema(readFileSync(join(__dirname, '../../gateway/src/supergraph.graphql'), 'utf8')), random);
    const requests = Array.from({ length: DOCUMENTS }, () => generator.next());
    const findings: Finding[] = [];
    const kinds = new Map<string, number>();
    let warmMemory = 0;
    let nextIndex = 0;

    const worker = async () => {
      while (nextIndex < requests.length) {
        const index = nextIndex;
        nextIndex += 1;
        if (index === Math.floor(DOCUMENTS / 4)) warmMemory = await residentMemory();
        const request = requests[index];
        kinds.set(request.kind, (kinds.get(request.kind) ?? 0) + 1);
        const answer = await send(request);
        const record = (problem: string, excerpt: string) => findings.push({ index, kind: request.kind, problem, excerpt: excerpt.slice(0, 300) });
        if ('failed' in answer) {
          record('no HTTP answer', answer.failed);
          continue;
        }
        if (answer.status >= 500) record(`HTTP ${answer.status}`, answer.text);
        const leak = INTERNALS.find((pattern) => pattern.test(answer.text));
        if (leak) record(`body matches ${leak}`, answer.text.slice(Math.max(0, answer.text.search(leak) - 100)));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const endMemory = await residentMemory();

    // Reported with the seed so a failure can be replayed exactly (FUZZ_SEED, FUZZ_DOCUMENTS).
    process.stdout.write(
      `fuzz seed ${SEED}: ${DOCUMENTS} requests ${JSON.stringify(Object.fromEntries([...kinds].sort()))}; ` +
        `gateway RSS ${(warmMemory / 2 ** 20).toFixed(0)} -> ${(endMemory / 2 ** 20).toFixed(0)} MiB\n`,
    );
    expect(findings.slice(0, 20)).toEqual([]);
    expect(endMemory - warmMemory).toBeLessThan(RSS_GROWTH_BOUND_BYTES);
    // Still serving, and every process still up: an exit would have shown here.
    expect((await fetch(`${stack.gatewayOrigin}/readyz`)).status).toBe(200);
    expect(new Set(await stack.stop())).toEqual(new Set([0]));
    // About 25 ms a request with 8 in flight on 2 busy cores: 10,000 take about 4 minutes.
  }, Math.max(60_000, DOCUMENTS * 60));
});

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
// The gateway's live heap may grow this much from the middle of the run to its end. Under load V8 collects often, so the
// lowest heap-used sample of a stretch of the run is close to the live heap. Apollo's parsed-document and query-plan
// caches are LRUs sized by an estimate several times smaller than the heap they really hold; at their default 30 MiB
// each they were still filling in the second half of the run (+28 to +109 MiB as the schema grew). This stack gives
// them 2 MiB each, so they are full early and what still grows late is a leak: one of 13 KiB a request grows by more
// than this over the last 5,000 requests of the default run.
const LIVE_HEAP_GROWTH_BOUND_BYTES = 64 * 1024 * 1024;
const SMALL_CACHES = { GATEWAY_DOCUMENT_CACHE_MIB: '2', GATEWAY_QUERY_PLAN_CACHE_MIB: '2' };

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
    stack = await startStack(SMALL_CACHES);
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const gatewayMemory = async (): Promise<{ heapUsed: number; resident: number }> => {
    const text = await (await fetch(`${stack.gatewayOrigin}/metrics`)).text();
    const gauge = (name: string) => {
      const match = new RegExp(`^${name}(?:{[^}]*})? (\\S+)$`, 'm').exec(text);
      if (!match) throw new Error(`the gateway /metrics has no ${name}`);
      return Number(match[1]);
    };
    return { heapUsed: gauge('fg_nodejs_heap_size_used_bytes'), resident: gauge('fg_process_resident_memory_bytes') };
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
    // One sample every 1% of the run: [index, heap used, resident set].
    const samples: [number, number, number][] = [];
    const sampleEvery = Math.max(1, Math.floor(DOCUMENTS / 100));
    let nextIndex = 0;

    const worker = async () => {
      while (nextIndex < requests.length) {
        const index = nextIndex;
        nextIndex += 1;
        if (index % sampleEvery === 0) {
          const { heapUsed, resident } = await gatewayMemory();
          samples.push([index, heapUsed, resident]);
        }
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
    const liveHeap = (from: number, to: number) =>
      Math.min(...samples.filter(([index]) => index >= from * DOCUMENTS && index < to * DOCUMENTS).map(([, heapUsed]) => heapUsed));
    const [middle, end] = [liveHeap(0.3, 0.5), liveHeap(0.8, 1)];
    const peakResident = Math.max(...samples.map(([, , resident]) => resident));

    // Reported with the seed so a failure can be replayed exactly (FUZZ_SEED, FUZZ_DOCUMENTS).
    process.stdout.write(
      `fuzz seed ${SEED}: ${DOCUMENTS} requests ${JSON.stringify(Object.fromEntries([...kinds].sort()))}; ` +
        `gateway live heap ${(middle / 2 ** 20).toFixed(0)} MiB mid-run, ${(end / 2 ** 20).toFixed(0)} MiB at the end; ` +
        `peak RSS ${(peakResident / 2 ** 20).toFixed(0)} MiB\n`,
    );
    expect(findings.slice(0, 20)).toEqual([]);
    expect(end - middle).toBeLessThan(LIVE_HEAP_GROWTH_BOUND_BYTES);
    // Still serving, and every process still up: an exit would have shown here.
    expect((await fetch(`${stack.gatewayOrigin}/readyz`)).status).toBe(200);
    expect(new Set(await stack.stop())).toEqual(new Set([0]));
    // About 25 ms a request with 8 in flight on 2 busy cores: 10,000 take about 4 minutes.
  }, Math.max(60_000, DOCUMENTS * 60));
});

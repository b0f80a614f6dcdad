// npm run bench:gateway: the same single-subgraph query sent straight to the apps-services subgraph and through the
// gateway, in alternating rounds in one run on one machine, with autocannon (a shared machine's load drifts; pairs of
// back-to-back runs see about the same load). Prints each round's throughputs and latencies, and as its last line the
// median over the rounds of the ratio of gateway to direct throughput.
import autocannon from 'autocannon';
import { ChildSet, startServices } from '../stack/services.mjs';
import { startBenchStack } from '../stack/bench-stack.mjs';
import { demoKeyPrincipal, signedHeaders } from './principal-headers.mjs';
import { dataDir, ensureDependencies, localSecrets, nx, rootDir } from '../stack/workspace.mjs';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
// A real API query that one subgraph answers; see the README for why it reads no stored rows.
const QUERY = process.env.BENCH_QUERY ?? '{ applications(limit: 10) { pageInfo { limit offset } } }';
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? 4900);

const quiet = () => {};
async function load(name, url, headers, warmUp) {
  const options = { url, method: 'POST', connections: CONNECTIONS, headers: headers(), body: JSON.stringify({ query: QUERY }) };
  // A short warm-up so JIT and connection pools are settled before anything is counted.
  if (warmUp) await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: DURATION_SECONDS });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${name}: ${bad} of ${result.requests.total} requests failed`);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const children = new ChildSet(quiet);
let services;
try {
  await ensureDependencies();
  if ((await nx(['run-many', '-t', 'build', '--outputStyle=static'])) !== 0) throw new Error('build failed');
  services = await startServices({ rootDir, dataDir, log: quiet });
  const secrets = localSecrets();
  const { env } = await startBenchStack({
    children,
    basePort: BASE_PORT,
    env: {
      ...secrets,
      MONGO_URL: services.mongoUrl,
      MONGO_DB_PREFIX: 'bench',
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: `bench${process.pid}:`,
      // Raised for the run: the benchmark measures the gateway, not the limits (their checks still run).
      LIMIT_GRAPHQL_PER_MIN: '100000000',
      LIMIT_EDGE_PER_MIN: '100000000',
    },
  });

  // The account the demo key belongs to, asked through the gateway so the direct calls act for the same tenant.
  const gatewayUrl = `http://127.0.0.1:${BASE_PORT}/api/graphql`;
  const gatewayHeaders = { 'content-type': 'application/json', 'x-api-key': secrets.DEMO_API_KEY };
  const probe = await fetch(gatewayUrl, { method: 'POST', headers: gatewayHeaders, body: JSON.stringify({ query: QUERY }) });
  if (!probe.ok) throw new Error(`the gateway answered ${probe.status}: ${await probe.text()}`);
  const demoKey = await demoKeyPrincipal(env.IDENTITY_USERS_GROUPS_URL, secrets.GATEWAY_SIGNING_SECRET, secrets.DEMO_API_KEY);

  console.log(`query: ${QUERY}`);
  console.log(`autocannon: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_SECONDS}s per side, after a 2s warm-up\n`);
  const directHeaders = () => ({
    'content-type': 'application/json',
    // Valid for the whole run of one side: dated 55 s ahead, within the 60 s a subgraph accepts either way.
    ...signedHeaders(secrets.GATEWAY_SIGNING_SECRET, demoKey, Date.now() + 55_000),
  });
  const ratios = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const direct = await load('direct (apps-services)', env.APPS_SERVICES_URL, directHeaders, round === 1);
    const gateway = await load('through the gateway', gatewayUrl, () => gatewayHeaders, round === 1);
    for (const row of [direct, gateway]) {
      console.log(`round ${round}  ${row.name.padEnd(24)} ${row.rps.toFixed(0).padStart(7)} req/s   p50 ${row.p50} ms   p99 ${row.p99} ms`);
    }
    ratios.push(gateway.rps / direct.rps);
  }
  console.log(`ratios by round: ${ratios.map((ratio) => ratio.toFixed(3)).join(', ')}`);
  console.log(`gateway/direct ratio: ${median(ratios).toFixed(3)}`);
} catch (error) {
  console.error(`bench failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await children.stopAll();
  await services?.stop();
}

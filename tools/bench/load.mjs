// npm run bench:load: many concurrent clients (200 by default, for 60 s) send a mix of real API reads through the
// gateway, over every subgraph, the store and Redis; then the count of failed requests (which must be 0) and p50 / p99
// latency. The baseline, measured first in the same run on the same stack, is the same mix at low concurrency (10
// connections): the ratio of throughputs says whether the stack keeps its throughput under 20 times the concurrency
// (near 1) or collapses (well below 1); the p99 ratio says how much the tail grows (queueing makes it grow roughly with
// the concurrency at equal throughput). Exits non-zero when any request failed.
import autocannon from 'autocannon';
import { ChildSet, startServices } from '../stack/services.mjs';
import { startBenchStack } from '../stack/bench-stack.mjs';
import { dataDir, ensureDependencies, localSecrets, nx, rootDir } from '../stack/workspace.mjs';

const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 200);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const BASELINE_CONNECTIONS = Number(process.env.BENCH_BASELINE_CONNECTIONS ?? 10);
const BASELINE_SECONDS = Number(process.env.BENCH_BASELINE_SECONDS ?? 15);
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? 4960);
const SEEDED_APPLICATIONS = 20;

// Reads a client of this API makes, touching each subgraph, one of them across two (federation). The offset varies
// per request (100 distinct requests in all), so requests in flight are not all one request answered once.
const MIX = [
  { name: 'applications (apps-services)', query: 'query ($o: Int) { applications(limit: 10, offset: $o) { nodes { id name description } } }' },
  {
    name: 'applications with pipelines (two subgraphs)',
    query: 'query ($o: Int) { applications(limit: 5, offset: $o) { nodes { id name pipelines(limit: 5) { pageInfo { total } nodes { id name } } } } }',
  },
  { name: 'users (identity-users-groups)', query: 'query ($o: Int) { users(limit: 10, offset: $o) { nodes { id name email } } }' },
  { name: 'secret managers (secrets)', query: 'query ($o: Int) { secretManagers(limit: 10, offset: $o) { pageInfo { total } nodes { id name } } }' },
  { name: 'connectors (connectors-cloudproviders-artifacts)', query: 'query ($o: Int) { connectors(limit: 10, offset: $o) { pageInfo { total } nodes { id name } } }' },
];

const quiet = () => {};

async function post(url, headers, query, variables) {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: await response.json() };
}

/** One autocannon run of the mix; a request fails on a non-2xx status, a socket error, a timeout or a GraphQL error. */
async function run(url, headers, connections, seconds) {
  const failures = new Map();
  const requests = MIX.map(({ name, query }) => ({
    method: 'POST',
    headers,
    setupRequest: (request) => ({ ...request, body: JSON.stringify({ query, variables: { o: Math.floor(Math.random() * SEEDED_APPLICATIONS) } }) }),
    onResponse: (status, body) => {
      if (status === 200 && !body.includes('"errors"')) return;
      const reason = `${name}: HTTP ${status} ${body.slice(0, 200)}`;
      failures.set(reason, (failures.get(reason) ?? 0) + 1);
    },
  }));
  const result = await autocannon({ url, connections, duration: seconds, requests, timeout: 30 });
  const graphqlErrors = [...failures.values()].reduce((sum, count) => sum + count, 0);
  return {
    connections,
    seconds,
    total: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    // non2xx are counted by onResponse too; errors and timeouts never reach it.
    failed: Math.max(graphqlErrors, result.non2xx) + result.errors + result.timeouts,
    failures,
  };
}

function print(label, row) {
  console.log(
    `${label.padEnd(9)} ${String(row.connections).padStart(4)} connections, ${row.seconds}s: ${row.total} requests, ` +
      `${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.failed} failed`,
  );
  for (const [reason, count] of row.failures) console.log(`  ${count} x ${reason}`);
}

const children = new ChildSet(quiet);
let services;
try {
  await ensureDependencies();
  if ((await nx(['run-many', '-t', 'build', '--outputStyle=static'])) !== 0) throw new Error('build failed');
  services = await startServices({ rootDir, dataDir, log: quiet });
  const secrets = localSecrets();
  await startBenchStack({
    children,
    basePort: BASE_PORT,
    env: {
      ...secrets,
      MONGO_URL: services.mongoUrl,
      MONGO_DB_PREFIX: 'benchload',
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: `benchload${process.pid}:`,
      // Raised for the run: the benchmark measures the stack under load, not the limits (their checks still run).
      LIMIT_GRAPHQL_PER_MIN: '100000000',
      LIMIT_EDGE_PER_MIN: '100000000',
    },
  });

  const url = `http://127.0.0.1:${BASE_PORT}/api/graphql`;
  const headers = { 'content-type': 'application/json', 'x-api-key': secrets.DEMO_API_KEY };
  for (let i = 0; i < SEEDED_APPLICATIONS; i += 1) {
    const created = await post(url, headers, 'mutation ($n: String!) { createApplication(input: { name: $n }) { application { id } } }', { n: `load-${i}` });
    // CONFLICT: an earlier run seeded it already (the databases are kept, like bench:gateway's).
    const conflict = created.body.errors?.every((error) => error.extensions?.code === 'CONFLICT');
    if (created.status !== 200 || (created.body.errors && !conflict)) throw new Error(`seeding failed: ${JSON.stringify(created.body)}`);
  }
  // Every query of the mix must answer without errors before anything is timed.
  for (const { name, query } of MIX) {
    const answer = await post(url, headers, query, { o: 0 });
    if (answer.status !== 200 || answer.body.errors) throw new Error(`${name} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }

  console.log(`mix: ${MIX.map(({ name }) => name).join('; ')}`);
  // A short warm-up so JIT, connection pools and the API key cache are settled before anything is counted.
  await run(url, headers, BASELINE_CONNECTIONS, 3);
  const baseline = await run(url, headers, BASELINE_CONNECTIONS, BASELINE_SECONDS);
  print('baseline', baseline);
  const load = await run(url, headers, LOAD_CONNECTIONS, LOAD_SECONDS);
  print('load', load);
  console.log(`p99 load/baseline: ${(load.p99 / baseline.p99).toFixed(2)}`);
  console.log(`errors: ${load.failed + baseline.failed}`);
  console.log(`load ratio: ${(load.rps / baseline.rps).toFixed(3)}`);
  if (load.failed + baseline.failed > 0) process.exitCode = 1;
} catch (error) {
  console.error(`bench failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await children.stopAll();
  await services?.stop();
}

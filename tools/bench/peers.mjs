// npm run bench:peers: this gateway against stock Apollo Gateway and Hive Gateway over the same supergraph, subgraphs,
// store and data. Every target must first return the same data for every query; then each query is run against each
// target in interleaved rounds (so drift on a shared machine hits all targets alike), and the table shows medians.
// Last line: `peers: ours/stock N, ours/hive N`, each the minimum over the queries of the ratio of medians.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { ChildSet, startServices } from '../stack/services.mjs';
import { startBenchStack } from '../stack/bench-stack.mjs';
import { dataDir, ensureDependencies, localSecrets, nx, rootDir } from '../stack/workspace.mjs';
import { demoKeyPrincipal } from './principal-headers.mjs';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? 5100);
const APPLICATIONS = 10;
const here = path.dirname(fileURLToPath(import.meta.url));

const QUERIES = [
  { name: 'applications(limit: 10) (store-bound)', query: '{ applications(limit: 10) { nodes { id name description } } }' },
  {
    name: 'with pipelines(limit: 5) (two subgraphs)',
    query: '{ applications(limit: 10) { nodes { id name pipelines(limit: 5) { pageInfo { total } nodes { id name } } } } }',
  },
  { name: 'a root field that reads no rows', query: '{ applications(limit: 10) { pageInfo { limit offset } } }' },
];

const quiet = () => {};
const children = new ChildSet((label, line) => process.stderr.write(`[${label}] ${line}\n`));

async function post(url, headers, query, variables) {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** CPU seconds a process has used so far (Linux; null elsewhere, and the CPU column stays empty). */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Our gateway's process: the child of this process that runs the built gateway. */
function childPidRunning(script) {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.split(') ')[1].split(' ')[1]);
      if (parent === process.pid && fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(script)) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

async function startPeer(label, script, port, env) {
  const child = children.spawn(label, process.execPath, [path.join(here, 'peers', script)], {
    env: { ...env, PEER_PORT: String(port) },
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const headers = { 'content-type': 'application/json' };
  await child.waitReady(async () => (await post(url, headers, QUERIES[2].query).catch(() => null))?.status === 200, 60_000, label);
  return { label, url, headers, pid: child.proc.pid };
}

async function seedApplications(target) {
  const mutation = 'mutation ($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } } }';
  for (let index = 1; index <= APPLICATIONS; index++) {
    const input = { name: `bench application ${index}`, description: `seeded by bench:peers (${index})` };
    const answer = await post(target.url, target.headers, mutation, { input });
    const code = answer.body?.errors?.[0]?.extensions?.code;
    // A second run finds them already there.
    if (answer.status !== 200 || (answer.body?.errors && code !== 'CONFLICT')) {
      throw new Error(`seeding failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
  }
}

async function checkIdenticalData(targets) {
  for (const { name, query } of QUERIES) {
    const answers = await Promise.all(targets.map((target) => post(target.url, target.headers, query)));
    answers.forEach((answer, index) => {
      if (answer.status !== 200 || answer.body?.errors || !answer.body?.data) {
        throw new Error(`${targets[index].label} failed "${name}": ${answer.status} ${JSON.stringify(answer.body)}`);
      }
      if (!isDeepStrictEqual(answer.body.data, answers[0].body.data)) {
        throw new Error(`${targets[index].label} answered "${name}" with other data than ${targets[0].label}`);
      }
    });
    const nodes = answers[0].body.data.applications.nodes;
    if (nodes && nodes.length < APPLICATIONS) throw new Error(`"${name}" returned ${nodes.length} applications, expected ${APPLICATIONS}`);
  }
}

async function load(target, query, seconds) {
  const before = cpuSeconds(target.pid);
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: target.headers,
    body: JSON.stringify({ query }),
  });
  const after = cpuSeconds(target.pid);
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${target.label}: ${bad} of ${result.requests.total} requests failed`);
  const cpuMicrosPerRequest = before === null || after === null ? null : ((after - before) * 1e6) / result.requests.total;
  return { rps: result.requests.average, cpuMicrosPerRequest };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

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
      MONGO_DB_PREFIX: 'benchpeers',
      REDIS_URL: services.redisUrl,
      REDIS_KEY_PREFIX: `benchpeers${process.pid}:`,
      // Raised for the run: the benchmark compares gateways, not the limits (ours still checks them on every request).
      LIMIT_GRAPHQL_PER_MIN: '100000000',
      LIMIT_EDGE_PER_MIN: '100000000',
    },
  });
  const ours = {
    label: 'ours',
    url: `http://127.0.0.1:${BASE_PORT}/api/graphql`,
    headers: { 'content-type': 'application/json', 'x-api-key': secrets.DEMO_API_KEY },
    pid: childPidRunning('dist/apps/gateway/main.js'),
  };
  await seedApplications(ours);
  const principal = await demoKeyPrincipal(env.IDENTITY_USERS_GROUPS_URL, secrets.GATEWAY_SIGNING_SECRET, secrets.DEMO_API_KEY);
  const peerEnv = { ...env, PEER_PRINCIPAL: JSON.stringify(principal) };
  const targets = [
    ours,
    await startPeer('stock', 'stock-apollo-gateway.mjs', BASE_PORT + 10, peerEnv),
    await startPeer('hive', 'hive-gateway.mjs', BASE_PORT + 11, peerEnv),
  ];
  await checkIdenticalData(targets);

  console.log(`targets: ours (with API-key auth and both limits checked), stock @apollo/gateway, Hive Gateway (defaults)`);
  console.log(`store: ${services.mongoUrl.replace(/\/\/[^@]*@/, '//')}; every target answered every query with the same data`);
  console.log(`autocannon: ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${DURATION_SECONDS}s per query and target\n`);

  const runs = new Map(); // `${query}|${target}` -> [{ rps, cpuMicrosPerRequest }]
  for (const { query } of QUERIES) for (const target of targets) await load(target, query, WARMUP_SECONDS);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const { name, query } of QUERIES) {
      // Alternate who goes first, so no target always runs right after the same neighbour.
      const order = round % 2 ? targets : [...targets].reverse();
      for (const target of order) {
        const run = await load(target, query, DURATION_SECONDS);
        const key = `${name}|${target.label}`;
        runs.set(key, [...(runs.get(key) ?? []), run]);
        process.stderr.write(`round ${round} ${target.label.padEnd(5)} ${name}: ${run.rps.toFixed(0)} req/s\n`);
      }
    }
  }

  const cell = (name, label) => {
    const samples = runs.get(`${name}|${label}`);
    const rps = median(samples.map((sample) => sample.rps));
    const cpu = samples.every((sample) => sample.cpuMicrosPerRequest !== null)
      ? ` (${median(samples.map((sample) => sample.cpuMicrosPerRequest)).toFixed(0)} µs CPU/req)`
      : '';
    const range = `${Math.min(...samples.map((s) => s.rps)).toFixed(0)}–${Math.max(...samples.map((s) => s.rps)).toFixed(0)}`;
    return { rps, text: `${rps.toFixed(0)} [${range}]${cpu}` };
  };
  console.log('| query | ours | stock @apollo/gateway | Hive Gateway | ours/stock | ours/hive |');
  console.log('|---|---|---|---|---|---|');
  const ratios = { stock: [], hive: [] };
  for (const { name } of QUERIES) {
    const [o, s, h] = ['ours', 'stock', 'hive'].map((label) => cell(name, label));
    ratios.stock.push(o.rps / s.rps);
    ratios.hive.push(o.rps / h.rps);
    console.log(`| ${name} | ${o.text} | ${s.text} | ${h.text} | ${(o.rps / s.rps).toFixed(2)} | ${(o.rps / h.rps).toFixed(2)} |`);
  }
  console.log(`\nreq/s: median of ${ROUNDS} rounds [min–max]`);
  console.log(`peers: ours/stock ${Math.min(...ratios.stock).toFixed(2)}, ours/hive ${Math.min(...ratios.hive).toFixed(2)}`);
} catch (error) {
  console.error(`bench failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await children.stopAll();
  await services?.stop();
}

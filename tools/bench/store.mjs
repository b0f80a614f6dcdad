// npm run bench:store: the local store's own figures, side by side with a baseline store started in the same run, with
// the same Node driver and the same load: the single-document atomicity the code relies on (compare-and-set winners,
// claims by a status filter), inserts/s, compare-and-set updates/s, a find by an indexed field with sort and limit 10
// at a small and a large collection, and `applications(limit: 10)` sent straight to the apps-services subgraph.
// Last line: `store ratio: N`, the subgraph throughput on the chosen store over the baseline's.
//
// The stores compared: the embedded store `npm start` and `npm test` use, and FerretDB 1.24 over SQLite (the store
// before it), both started here on ports of their own with fresh data directories under .data/bench-store/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import mongoose from 'mongoose';
import { ChildSet, startEmbeddedStore, startFerretDB } from '../stack/services.mjs';
import { dataDir, ensureDependencies, rootDir, run } from '../stack/workspace.mjs';
import { signedHeaders } from './principal-headers.mjs';

const { MongoClient } = mongoose.mongo;

const SMALL = Number(process.env.BENCH_SMALL_DOCS ?? 1_000);
const LARGE = Number(process.env.BENCH_LARGE_DOCS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const WARMUP_REQUESTS = 3000;
const BASE_PORT = Number(process.env.BENCH_BASE_PORT ?? 27130);
const ACCOUNTS = 10;
const STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'];
const PAD = 'x'.repeat(160); // documents of ~250 bytes, as the issue measured
const QUERY = '{ applications(limit: 10) { nodes { id name } } }';
const ACCOUNT = 'bench-account';

const quiet = () => {};

/** Runs `op` from `concurrency` loops until `count` calls are done or `seconds` have passed; returns calls per second. */
async function rate({ concurrency, count = Infinity, seconds = Infinity, minCalls = 1 }, op) {
  let started = 0;
  let done = 0;
  const begin = performance.now();
  const until = begin + seconds * 1000;
  const worker = async () => {
    while (started < count && (performance.now() < until || done < minCalls)) {
      const n = started++;
      await op(n);
      done++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return (done * 1000) / (performance.now() - begin);
}

async function raceFigures(db) {
  const cas = db.collection('cas');
  const winners = [];
  for (let run = 0; run < 3; run++) {
    await cas.insertOne({ _id: `doc-${run}`, state: 'OPEN' });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => cas.updateOne({ _id: `doc-${run}`, state: 'OPEN' }, { $set: { state: 'TAKEN', by: i } })),
    );
    winners.push(results.filter((r) => r.modifiedCount === 1).length);
  }
  const claims = db.collection('claims');
  await claims.insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: `task-${i}`, status: 'QUEUED' })));
  const grants = await Promise.all(
    Array.from({ length: 100 }, (_, i) =>
      claims.findOneAndUpdate({ status: 'QUEUED' }, { $set: { status: 'CLAIMED', by: i } }, { returnDocument: 'after' }),
    ),
  );
  const granted = grants.filter(Boolean);
  return { winners, grants: granted.length, distinct: new Set(granted.map((d) => d._id)).size };
}

function doc(i) {
  return {
    _id: `d${String(i).padStart(7, '0')}`,
    accountId: `acc-${i % ACCOUNTS}`,
    status: STATUSES[Math.floor(i / ACCOUNTS) % STATUSES.length],
    createdAt: new Date(1_700_000_000_000 + i * 1000),
    rev: 0,
    pad: PAD,
  };
}

async function fill(collection, from, to) {
  for (let i = from; i < to; i += 1000) {
    await collection.insertMany(Array.from({ length: Math.min(1000, to - i) }, (_, k) => doc(i + k)), { ordered: false });
  }
}

async function findRate(collection) {
  let checked = false;
  return rate({ concurrency: 4, seconds: Math.min(SECONDS, 3), minCalls: 4 }, async (n) => {
    const found = await collection
      .find({ accountId: `acc-${n % ACCOUNTS}`, status: 'QUEUED' })
      .sort({ createdAt: -1 })
      .limit(10)
      .toArray();
    if (!checked && found.length !== 10) throw new Error(`the indexed find returned ${found.length} documents, not 10`);
    checked = true;
  });
}

/** Acknowledged writes, then a SIGKILL of the store and a start over the same files: how many writes are still there. */
async function survivingWrites(start) {
  let store = await start();
  let client = new MongoClient(store.url);
  const writes = Array.from({ length: 200 }, (_, i) => ({ _id: `w${i}`, n: i }));
  try {
    const collection = client.db(`bench_crash_${process.pid}`).collection('writes');
    await Promise.all(writes.map((w) => collection.insertOne(w)));
    await collection.updateOne({ _id: 'w0' }, { $set: { n: -1 } });
  } finally {
    await client.close(true);
  }
  await store.crash();
  store = await start();
  client = new MongoClient(store.url);
  try {
    const collection = client.db(`bench_crash_${process.pid}`).collection('writes');
    const kept = await collection.countDocuments({});
    const updated = (await collection.findOne({ _id: 'w0' }))?.n === -1;
    await client.db(`bench_crash_${process.pid}`).dropDatabase();
    return { store, survived: `${kept}/${writes.length}${updated ? '' : ', update lost'}` };
  } finally {
    await client.close();
  }
}

/** The store's own figures; `beforeLarge` runs between the small-collection figures and filling the large one. */
async function storeFigures(url, beforeLarge) {
  const client = new MongoClient(url, { maxPoolSize: 50 });
  await client.connect();
  const db = client.db(`bench_store_${process.pid}`);
  try {
    const races = await raceFigures(db);

    const docs = db.collection('docs');
    // The index a repository would declare for this query path: {accountId, status} sorted by createdAt.
    await docs.createIndex({ accountId: 1, status: 1, createdAt: -1 });
    const insertsPerSecond = await rate({ concurrency: 50, count: SMALL }, (i) => docs.insertOne(doc(i)));
    const revs = new Map();
    const casPerSecond = await rate({ concurrency: 50, seconds: Math.min(SECONDS, 3) }, async (n) => {
      const id = doc(n % SMALL)._id;
      const rev = revs.get(id) ?? 0;
      revs.set(id, rev + 1);
      const { modifiedCount } = await docs.updateOne({ _id: id, rev }, { $set: { rev: rev + 1 } });
      if (modifiedCount !== 1) throw new Error(`compare-and-set on ${id} at rev ${rev} did not apply`);
    });
    const findSmall = await findRate(docs);
    const between = await beforeLarge();
    await fill(docs, SMALL, LARGE);
    const findLarge = await findRate(docs);
    return { ...races, insertsPerSecond, casPerSecond, findSmall, findLarge, between };
  } finally {
    await db.dropDatabase().catch(() => {});
    await client.close();
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc; undefined where there is no /proc. */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * apps-services on `port` over the store at `mongoUrl`, 25 applications in one account, then autocannon. Besides the
 * throughput, the store's own CPU time per request: the share of the request the store costs, which contention from
 * other processes on the machine changes far less than it changes throughput.
 */
async function subgraphFigures(children, label, mongoUrl, port, storePid, storeEnv) {
  const secret = 'bench-store-signing-secret-0123456789abcdef';
  const env = {
    ...process.env,
    LOG_LEVEL: 'warn',
    MONGO_URL: mongoUrl,
    MONGO_DB_PREFIX: `benchstore${process.pid}`,
    GATEWAY_SIGNING_SECRET: secret,
    APPS_SERVICES_PORT: String(port),
    ...storeEnv,
  };
  const app = children.spawn(`apps-services (${label})`, process.execPath, [path.join(rootDir, 'dist/apps/apps-services/main.js')], {
    env,
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await app.waitReady(async () => (await fetch(new URL('/healthz', url)).catch(() => null))?.ok === true, 60_000, 'apps-services');
  // A user who may create applications and read them all; signed a little ahead, so that the one signature holds through
  // the warm-up and the run (a signature counts for a minute either side).
  const bench = {
    kind: 'user',
    id: 'bench',
    accountId: ACCOUNT,
    permissions: { accountPermissions: ['CREATE_AND_DELETE_APPLICATION'], appPermissions: [{ permissionType: 'ALL', applications: { filterType: 'ALL' }, actions: ['READ'] }] },
  };
  const headers = { 'content-type': 'application/json', ...signedHeaders(secret, bench, Date.now() + 55_000) };
  for (let i = 0; i < 25; i++) {
    const body = JSON.stringify({
      query: 'mutation($a: CreateApplicationInput!) { createApplication(input: $a) { application { id } } }',
      variables: { a: { name: `bench app ${i}` } },
    });
    const answer = await (await fetch(url, { method: 'POST', headers, body })).json();
    if (answer.errors) throw new Error(`createApplication failed: ${JSON.stringify(answer.errors)}`);
  }
  const probe = await (await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: QUERY }) })).json();
  if (probe.data?.applications?.nodes?.length !== 10) throw new Error(`applications(limit: 10) answered ${JSON.stringify(probe)}`);
  const options = { url, method: 'POST', connections: CONNECTIONS, headers, body: JSON.stringify({ query: QUERY }) };
  // Warm-up by count, not time: a JVM store's JIT needs a few thousand requests, however slowly a loaded machine
  // serves them.
  await autocannon({ ...options, amount: WARMUP_REQUESTS });
  const cpuBefore = cpuSeconds(storePid);
  const result = await autocannon({ ...options, duration: SECONDS });
  const storeCpuMs = ((cpuSeconds(storePid) - cpuBefore) * 1000) / result.requests.total;
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > 0) throw new Error(`${label}: ${bad} of ${result.requests.total} requests failed`);
  await app.stop();
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, storeCpuMs };
}

const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));

const children = new ChildSet(quiet);
const loadAtStart = os.loadavg()[0].toFixed(1);
try {
  await ensureDependencies();
  if ((await run(process.execPath, ['tools/build/bundle-app.mjs', 'apps/apps-services'])) !== 0) throw new Error('build failed');
  const benchDir = path.join(dataDir, 'bench-store');
  fs.rmSync(benchDir, { recursive: true, force: true });
  const stores = [
    { name: 'embedded store (chosen)', start: startEmbeddedStore },
    {
      name: 'FerretDB 1.24, SQLite (baseline)',
      start: startFerretDB,
      // FerretDB 1.24 refuses the idempotency ledger's TTL index (`Index option "expireAfterSeconds" is not implemented
      // yet`, code 238), so apps-services builds none of its indexes there, as an operator who builds them out of band
      // would run it. Its query speed is the same either way: FerretDB 1.24 pushes no filter but a bare `_id` down to
      // SQLite (tools/ferretdb indexes that one itself), so it uses no other index for any query.
      subgraphEnv: { MONGO_BUILD_INDEXES: 'false' },
    },
  ];
  const rows = [];
  for (const [index, store] of stores.entries()) {
    // The stores on BASE_PORT and the next port, each one's apps-services right after them: the run keeps to four
    // adjacent ports.
    const port = BASE_PORT + index;
    const start = () => store.start({ rootDir, dataDir: benchDir, binDir: path.join(dataDir, 'bin'), port, children, log: quiet });
    const { store: started, survived } = await survivingWrites(start);
    // The subgraph after the small figures (a JVM store is warm by then) and before the large collection exists, so
    // neither store is measured while it digests 100k documents.
    const { between: subgraph, ...figures } = await storeFigures(started.url, () =>
      subgraphFigures(children, store.name, started.url, BASE_PORT + stores.length + index, started.pid, store.subgraphEnv),
    );
    await started.stop();
    rows.push({ name: store.name, survived, ...figures, subgraph });
  }
  console.log(`documents of ~250 bytes; find = {accountId, status} sorted by createdAt desc, limit 10, indexed`);
  console.log(`applications(limit: 10): autocannon, ${CONNECTIONS} connections, ${SECONDS}s after ${WARMUP_REQUESTS} warm-up requests\n`);
  const header = [
    'store',
    'acknowledged writes kept after kill -9',
    'CAS winners of 200 (3 runs)',
    'claims: grants/distinct of 100 over 50',
    'inserts/s',
    'CAS updates/s',
    `find/s @${fmt(SMALL)}`,
    `find/s @${fmt(LARGE)}`,
    'applications(limit: 10) req/s',
    'store CPU per request',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const r of rows) {
    console.log(
      `| ${[
        r.name,
        r.survived,
        r.winners.join(', '),
        `${r.grants}/${r.distinct}`,
        fmt(r.insertsPerSecond),
        fmt(r.casPerSecond),
        fmt(r.findSmall),
        fmt(r.findLarge),
        `${fmt(r.subgraph.rps)} (p50 ${r.subgraph.p50} ms, p99 ${r.subgraph.p99} ms)`,
        Number.isFinite(r.subgraph.storeCpuMs) ? `${r.subgraph.storeCpuMs.toFixed(2)} ms` : 'n/a',
      ].join(' | ')} |`,
    );
  }
  for (const r of rows) {
    console.log(`${r.name}: find grows ${(r.findSmall / r.findLarge).toFixed(1)}x slower from ${fmt(SMALL)} to ${fmt(LARGE)} documents`);
  }
  const [chosen, baseline] = rows.map((r) => r.subgraph);
  if (Number.isFinite(chosen.storeCpuMs) && Number.isFinite(baseline.storeCpuMs)) {
    console.log(`store CPU per request, baseline / chosen: ${(baseline.storeCpuMs / chosen.storeCpuMs).toFixed(2)}`);
  }
  console.log(`load average during the run: ${loadAtStart} at the start, ${os.loadavg()[0].toFixed(1)} at the end (${os.availableParallelism()} CPUs)`);
  console.log(`store ratio: ${(chosen.rps / baseline.rps).toFixed(2)}`);
} catch (error) {
  console.error(`bench failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  await children.stopAll();
}

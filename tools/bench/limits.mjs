// npm run bench:limits: limiter checks per second from one Node process (the library's own RateLimiter.consume,
// bundled on the fly from libs/shared/rate-limits) side by side, in one run against the same Redis, with
// redis-benchmark sending the same Lua file with 50 clients: by SHA (EVALSHA, as the library does) and in full (EVAL).
// Prints the throughputs and, as its last line, the ratio of ours to redis-benchmark's EVALSHA: the stricter
// baseline, since EVAL also makes Redis hash the whole script on every call.
import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import Redis from 'ioredis';
import { startServices } from '../stack/services.mjs';
import { dataDir, rootDir } from '../stack/workspace.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const IN_FLIGHT = Number(process.env.BENCH_CONNECTIONS ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200_000);
const ACCOUNTS = 1000;
// High enough that every check is granted: a grant is the expensive path (it writes).
const LIMIT = 1_000_000_000;
// Short, so that each key's log reaches a steady size of a few dozen units, as a real per-minute limit of 30 would,
// and both contenders run against logs of the same size however long each of them takes.
const WINDOW_MS = 2000;
const libRoot = path.join(rootDir, 'libs/shared/rate-limits');
const script = readFileSync(path.join(libRoot, 'src/lua/sliding-log.lua'), 'utf8');

const quiet = () => {};

/** The library exactly as an app bundle has it: same TypeScript, same Lua text, same client settings. */
async function loadLibrary(outDir) {
  const outfile = path.join(outDir, 'rate-limits.cjs');
  await build({
    entryPoints: [path.join(libRoot, 'src/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    tsconfig: path.join(rootDir, 'tsconfig.base.json'),
    loader: { '.lua': 'text' },
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

async function measureOurs(lib, redisUrl, keyPrefix) {
  const redis = lib.createLimiterRedis(redisUrl);
  await lib.loadLimiterScripts(redis);
  const limiter = new lib.RateLimiter(redis, { keyPrefix, failOpen: false });
  const run = async (seconds) => {
    const deadline = performance.now() + seconds * 1000;
    let checks = 0;
    const caller = async () => {
      while (performance.now() < deadline) {
        const decision = await limiter.consume(`acct:${Math.floor(Math.random() * ACCOUNTS)}`, LIMIT, WINDOW_MS);
        if (!decision.allowed) throw new Error(`a check was refused: ${JSON.stringify(decision)}`);
        checks += 1;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, caller));
    return checks / ((performance.now() - started) / 1000);
  };
  try {
    await run(1);
    return await run(SECONDS);
  } finally {
    redis.disconnect();
  }
}

function redisBenchmark(redisUrl, keyPrefix, command) {
  const url = new URL(redisUrl);
  const key = (suffix) => `${keyPrefix}{acct:__rand_int__}:${suffix}`;
  const args = [
    '-h', url.hostname, '-p', url.port || '6379',
    ...(url.password ? ['-a', decodeURIComponent(url.password), '--no-auth-warning'] : []),
    ...(url.username ? ['--user', decodeURIComponent(url.username)] : []),
    '-c', String(IN_FLIGHT), '-n', String(REQUESTS), '-r', String(ACCOUNTS), '--csv',
    ...command, '3', key('log'), key('seq'), key('block'), String(LIMIT), String(WINDOW_MS), '1', '0',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('redis-benchmark', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.once('error', (error) =>
      reject(new Error(`redis-benchmark could not start (${error.message}): install redis-tools, or put it on PATH`)),
    );
    child.once('close', (code) => {
      // The CSV row ends with rps and seven latency columns; the test name before them may contain anything.
      const fields = out.trim().split('\n').at(-1)?.match(/"([\d.]+)"/g)?.map((f) => Number(f.slice(1, -1))) ?? [];
      const rps = fields.at(-7);
      if (code !== 0 || !Number.isFinite(rps)) reject(new Error(`redis-benchmark failed (exit ${code}): ${err || out}`));
      else resolve(rps);
    });
  });
}

async function deleteKeys(redis, prefix) {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
}

const outDir = mkdtempSync(path.join(tmpdir(), 'bench-limits-'));
const prefix = `bench-limits:${randomUUID().slice(0, 8)}:`;
let services;
let admin;
try {
  // Only Redis is needed; naming a store stops startServices from starting or building one.
  services = await startServices({
    rootDir,
    dataDir,
    log: quiet,
    env: { ...process.env, MONGO_URL: process.env.MONGO_URL ?? 'mongodb://unused.invalid/' },
  });
  const { redisUrl } = services;
  admin = new Redis(redisUrl, { lazyConnect: true });
  await admin.connect();
  const sha = await admin.script('LOAD', script);
  if (sha !== createHash('sha1').update(script).digest('hex')) throw new Error('Redis hashed the script differently');
  const lib = await loadLibrary(outDir);

  console.log(`limiter checks: ${IN_FLIGHT} in flight, ${ACCOUNTS} accounts, every check granted`);
  const ours = await measureOurs(lib, redisUrl, `${prefix}ours:`);
  console.log(`ours (RateLimiter.consume, one Node process, ${SECONDS} s): ${Math.round(ours)} checks/s`);
  const evalsha = await redisBenchmark(redisUrl, `${prefix}evalsha:`, ['EVALSHA', sha]);
  console.log(`redis-benchmark EVALSHA (${IN_FLIGHT} clients, ${REQUESTS} requests): ${Math.round(evalsha)} requests/s`);
  const evalFull = await redisBenchmark(redisUrl, `${prefix}eval:`, ['EVAL', script]);
  console.log(`redis-benchmark EVAL (${IN_FLIGHT} clients, ${REQUESTS} requests): ${Math.round(evalFull)} requests/s`);
  console.log(`ours / redis-benchmark EVAL: ${(ours / evalFull).toFixed(2)}`);
  console.log(`limits ratio: ${(ours / evalsha).toFixed(2)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  if (admin) {
    await deleteKeys(admin, prefix).catch(quiet);
    admin.disconnect();
  }
  await services?.stop();
  rmSync(outDir, { recursive: true, force: true });
}

// Local backing services for dev, tests and benchmarks: Redis plus a
// MongoDB-compatible store. Node builtins only, because this runs before (and
// independently of) `npm install` being healthy, and on machines without
// Docker, where testcontainers cannot help.
//
// Lifetime: every child is spawned through `setpriv --pdeathsig SIGKILL` when
// that exists (util-linux, on every Debian), so the kernel kills it even if
// this process dies from SIGKILL or a crash. Without setpriv (macOS, minimal
// images) children are still killed on a normal exit and stopped gracefully
// by stop(); only a hard kill of this process can then leave them behind.
// Children stay in our process group, so a terminal Ctrl-C reaches them too.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';

const LOCALHOST = '127.0.0.1';
const TAIL_LINES = 30;
const STOP_GRACE_MS = 10_000;

function defaultLog(label, line) {
  process.stderr.write(`[${label}] ${line}\n`);
}

/** Starts (or reuses) Redis and a MongoDB-compatible store. */
export async function startServices({
  rootDir,
  dataDir = path.join(rootDir, '.data'),
  log = defaultLog,
  env = process.env,
} = {}) {
  if (!rootDir) throw new Error('startServices: rootDir is required');
  const children = new ChildSet(log);
  try {
    const redisUrl = await ensureRedis({ dataDir, env, children, log });
    const mongoUrl = await ensureMongo({ rootDir, dataDir, env, children, log });
    return { redisUrl, mongoUrl, stop: () => children.stopAll(), started: children.labels() };
  } catch (err) {
    // Half a stack is useless and would squat on the ports for the next try.
    await children.stopAll();
    throw err;
  }
}

// ---------------------------------------------------------------- Redis

async function ensureRedis({ dataDir, env, children, log }) {
  if (env.REDIS_URL) {
    if (await redisPing(env.REDIS_URL)) return env.REDIS_URL;
    throw new Error(`REDIS_URL=${redactUrl(env.REDIS_URL)} does not answer PING`);
  }

  const port = parsePort(env.REDIS_PORT, 6379, 'REDIS_PORT');
  const url = `redis://${LOCALHOST}:${port}`;
  if (await redisPing(url)) return url;
  if (await tcpAccepts(LOCALHOST, port)) {
    throw new Error(
      `port ${port} is taken by something that is not Redis: set REDIS_PORT to a free port, or REDIS_URL`,
    );
  }

  const redisServer = await findOrInstallRedis(log);
  // Installing the Debian package may have started its own service on 6379.
  if (await redisPing(url)) return url;

  const dir = path.join(dataDir, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  // Persistence off and noeviction: this is scratch state, and silently
  // evicting keys would hide bugs rather than surface them.
  const child = children.spawn('redis', redisServer, [
    '--port', String(port),
    '--bind', LOCALHOST,
    '--save', '',
    '--appendonly', 'no',
    '--maxmemory-policy', 'noeviction',
    '--dir', dir,
  ]);
  await child.waitReady(() => redisPing(url), 20_000, `Redis on port ${port}`);
  return url;
}

async function findOrInstallRedis(log) {
  const found = findExecutable('redis-server', ['/usr/bin', '/usr/sbin', '/usr/local/bin']);
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'redis-server is not installed: run "sudo apt-get install -y redis-server", or set REDIS_URL to a running Redis',
    );
  }
  log('setup', 'redis-server not found: installing it with apt-get…');
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runStreamed('apt-get', ['update'], { log, env: aptEnv });
  await runStreamed('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server'], { log, env: aptEnv });
  const installed = findExecutable('redis-server', ['/usr/bin', '/usr/sbin']);
  if (!installed) throw new Error('apt-get install redis-server succeeded but redis-server is still not found');
  return installed;
}

// ------------------------------------------------------------ Chromium

/**
 * Debian's chromium, for the end-to-end spec that drives the explorer page headless. Installed with apt-get when
 * missing and running as root, like redis-server; otherwise undefined, and that spec fails saying what to install
 * (npm test still runs everything else).
 */
export async function ensureChromium({ log = defaultLog, env = process.env } = {}) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  const found = findExecutable('chromium', ['/usr/bin']) ?? findExecutable('chromium-browser', ['/usr/bin']);
  if (found) return found;
  if (process.getuid?.() !== 0) {
    log('setup', 'chromium is not installed: the explorer spec will fail; run "sudo apt-get install -y chromium"');
    return undefined;
  }
  log('setup', 'chromium not found: installing it with apt-get…');
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runStreamed('apt-get', ['update'], { log, env: aptEnv });
  await runStreamed('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { log, env: aptEnv });
  const installed = findExecutable('chromium', ['/usr/bin']);
  if (!installed) throw new Error('apt-get install chromium succeeded but chromium is still not found');
  return installed;
}

// ------------------------------------------------- MongoDB-compatible store

async function ensureMongo({ rootDir, dataDir, env, children, log }) {
  if (env.MONGO_URL) return env.MONGO_URL;

  const port = parsePort(env.MONGO_PORT, 27017, 'MONGO_PORT');
  const url = `mongodb://${LOCALHOST}:${port}/`;
  if (await tcpAccepts(LOCALHOST, port)) return url;

  const mongod = findExecutable('mongod');
  if (mongod) {
    const dbpath = path.join(dataDir, 'mongod');
    fs.mkdirSync(dbpath, { recursive: true });
    const child = children.spawn('mongod', mongod, ['--port', String(port), '--bind_ip', LOCALHOST, '--dbpath', dbpath]);
    await child.waitReady(() => tcpAccepts(LOCALHOST, port), 30_000, `mongod on port ${port}`);
    return url;
  }

  return (await startEmbeddedStore({ rootDir, dataDir, port, children, log })).url;
}

/**
 * The embedded store (tools/embedded-store: mongo-java-server's in-memory backend with a journal) on `port`, data in
 * `dataDir`/store.
 * Built into `binDir` first when missing or older than its sources. Returns its URL, pid, stop and crash.
 */
export async function startEmbeddedStore({ rootDir, dataDir, binDir = path.join(dataDir, 'bin'), port, children, log }) {
  const java = await findOrInstallJava(log);
  const { classes, lib } = await buildEmbeddedStore({ rootDir, binDir, log });
  const child = children.spawn('store', java, [
    // Every document lives in the heap (the files are only its journal and snapshot): 1 GB holds development and
    // benchmark data (README, "Known gaps"); the heap starts small and grows only as the data does.
    '-Xms64m',
    '-Xmx1g',
    '-XX:+UseSerialGC',
    // Errors only, and none for clients that hang up (every test process does) or for a command refused (a duplicate
    // key, a collection that exists): MongoDB answers those to the client without logging them, and so does this.
    '-Dorg.slf4j.simpleLogger.defaultLogLevel=error',
    '-Dorg.slf4j.simpleLogger.log.de.bwaldvogel.mongo.wire.MongoExceptionHandler=off',
    '-Dorg.slf4j.simpleLogger.log.de.bwaldvogel.mongo.wire.MongoWireProtocolHandler=off',
    '-cp',
    [classes, path.join(lib, '*')].join(path.delimiter),
    'Main',
    '-listen',
    `${LOCALHOST}:${port}`,
    '-data',
    path.join(dataDir, 'store'),
  ]);
  await child.waitReady(() => tcpAccepts(LOCALHOST, port), 60_000, `the embedded store on port ${port}`);
  return { url: `mongodb://${LOCALHOST}:${port}/`, pid: child.proc.pid, stop: () => child.stop(), crash: () => child.crash() };
}

async function findOrInstallJava(log) {
  const javaHome = process.env.JAVA_HOME ? [path.join(process.env.JAVA_HOME, 'bin')] : [];
  const found = () => ({
    java: findExecutable('java', javaHome),
    javac: findExecutable('javac', javaHome),
    mvn: findExecutable('mvn', ['/usr/share/maven/bin']),
  });
  let tools = found();
  if (tools.java && tools.javac && tools.mvn) return tools.java;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'the embedded store needs a JDK (>= 17) and Maven: run "sudo apt-get install -y default-jdk-headless maven", ' +
        'or set MONGO_URL to a running MongoDB',
    );
  }
  log('setup', 'JDK or Maven not found: installing them with apt-get…');
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runStreamed('apt-get', ['update'], { log, env: aptEnv });
  await runStreamed('apt-get', ['install', '-y', '--no-install-recommends', 'default-jdk-headless', 'maven'], { log, env: aptEnv });
  tools = found();
  if (!(tools.java && tools.javac && tools.mvn)) throw new Error('apt-get installed the JDK and Maven but java, javac or mvn is still not found');
  return tools.java;
}

/**
 * Fetches the store's jars from Maven Central (into Maven's own cache, then `binDir`/embedded-store/lib) and compiles
 * Main.java, when either is missing or older than tools/embedded-store.
 */
async function buildEmbeddedStore({ rootDir, binDir, log }) {
  const srcDir = path.join(rootDir, 'tools', 'embedded-store');
  const outDir = path.join(binDir, 'embedded-store');
  const built = { classes: path.join(outDir, 'classes'), lib: path.join(outDir, 'lib') };
  const sources = ['Main.java', 'pom.xml'].map((f) => path.join(srcDir, f));
  const stamp = path.join(outDir, 'built');
  if (!isStale(stamp, sources)) return built;

  const javaHome = process.env.JAVA_HOME ? [path.join(process.env.JAVA_HOME, 'bin')] : [];
  const mvn = findExecutable('mvn', ['/usr/share/maven/bin']);
  const javac = findExecutable('javac', javaHome);
  log('setup', 'building the embedded store (the first time Maven downloads its jars)…');
  // Build next to the target and rename, so a concurrent run never loads a half-built store.
  const tmp = `${outDir}.tmp-${process.pid}`;
  try {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
    await runStreamed(
      mvn,
      ['-q', '-B', '-Dstyle.color=never', '-f', path.join(srcDir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${path.join(tmp, 'lib')}`],
      { log, cwd: srcDir },
    );
    await runStreamed(
      javac,
      ['-d', path.join(tmp, 'classes'), '-cp', path.join(tmp, 'lib', '*'), path.join(srcDir, 'Main.java')],
      { log, cwd: srcDir },
    );
    fs.writeFileSync(path.join(tmp, 'built'), `${new Date().toISOString()}\n`);
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.renameSync(tmp, outDir);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return built;
}

/**
 * FerretDB 1.24 over SQLite (tools/ferretdb), the store before the embedded one: kept as the baseline of
 * `npm run bench:store`. Data in `dataDir`/ferretdb.
 */
export async function startFerretDB({ rootDir, dataDir, binDir = path.join(dataDir, 'bin'), port, children, log }) {
  const binary = await buildFerretDB({ rootDir, binDir, log });
  const child = children.spawn('ferretdb', binary, ['-listen', `${LOCALHOST}:${port}`, '-data', path.join(dataDir, 'ferretdb')]);
  await child.waitReady(() => tcpAccepts(LOCALHOST, port), 30_000, `FerretDB on port ${port}`);
  return { url: `mongodb://${LOCALHOST}:${port}/`, pid: child.proc.pid, stop: () => child.stop(), crash: () => child.crash() };
}

/** Builds tools/ferretdb when its binary is missing or older than its sources. */
async function buildFerretDB({ rootDir, binDir, log }) {
  const srcDir = path.join(rootDir, 'tools', 'ferretdb');
  const binary = path.join(binDir, 'ferretdb-embedded');
  const sources = fs
    .readdirSync(srcDir)
    .filter((f) => f.endsWith('.go') || f === 'go.mod' || f === 'go.sum')
    .map((f) => path.join(srcDir, f));
  if (!isStale(binary, sources)) return binary;

  const go = findExecutable('go', ['/usr/local/go/bin']);
  if (!go) throw new Error('the FerretDB baseline needs Go (>= 1.24) to build tools/ferretdb');

  log('setup', 'building FerretDB (first time takes a few minutes)…');
  fs.mkdirSync(path.dirname(binary), { recursive: true });
  const tmp = `${binary}.tmp-${process.pid}`;
  try {
    await runStreamed(go, ['build', '-v', '-o', tmp, '.'], { log, cwd: srcDir });
    fs.renameSync(tmp, binary);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return binary;
}

function isStale(target, sources) {
  const built = mtimeMs(target);
  if (built === undefined) return true;
  return sources.some((src) => (mtimeMs(src) ?? 0) > built);
}

function mtimeMs(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

// ------------------------------------------------------------ children

/** Children this startServices call started; reused services never enter it. */
export class ChildSet {
  #log;
  #children = [];
  #stopping;
  #onExit = () => {
    // Last resort for process.exit() without stop(): only sync calls work here.
    for (const c of this.#children) if (c.running) c.proc.kill('SIGKILL');
  };

  constructor(log) {
    this.#log = log;
  }

  labels() {
    return this.#children.map((c) => c.label);
  }

  spawn(label, command, args, options = {}) {
    if (this.#children.length === 0) process.once('exit', this.#onExit);
    const child = new Child(label, command, args, this.#log, options);
    this.#children.push(child);
    return child;
  }

  stopAll() {
    // Memoised so concurrent or repeated calls share one shutdown.
    this.#stopping ??= (async () => {
      // Reverse start order: dependants go down before what they depend on.
      await Promise.all([...this.#children].reverse().map((c) => c.stop()));
      process.removeListener('exit', this.#onExit);
    })();
    return this.#stopping;
  }
}

class Child {
  #tail = [];
  #log;

  constructor(label, command, args, log, { env = process.env, cwd } = {}) {
    this.label = label;
    this.#log = log;
    this.running = true;
    const [cmd, argv] = withParentDeathSignal(command, args);
    this.proc = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], env, cwd });
    const emit = (line) => {
      this.#tail.push(line);
      if (this.#tail.length > TAIL_LINES) this.#tail.shift();
      log(label, line);
    };
    forEachLine(this.proc.stdout, emit);
    forEachLine(this.proc.stderr, emit);
    this.exited = new Promise((resolve) => {
      this.proc.once('error', (err) => {
        emit(`failed to start ${command}: ${err.message}`);
        this.running = false;
        resolve({ code: null, signal: null, error: err });
      });
      this.proc.once('close', (code, signal) => {
        this.running = false;
        resolve({ code, signal });
      });
    });
    this.exited.then(({ code, signal }) => {
      if (!this.stopRequested) log(label, `exited unexpectedly (${describeExit(code, signal)})`);
    });
  }

  /** Polls `check` until it is true; fails fast if the child dies first. */
  async waitReady(check, timeoutMs, what) {
    const deadline = Date.now() + timeoutMs;
    let died = false;
    this.exited.then(() => (died = true));
    while (!died) {
      if (await check()) return;
      if (Date.now() > deadline) {
        throw new Error(`${what} was not ready after ${timeoutMs / 1000}s; last output:\n${this.tail()}`);
      }
      await sleep(200);
    }
    const { code, signal } = await this.exited;
    throw new Error(`${what} exited before becoming ready (${describeExit(code, signal)}); last output:\n${this.tail()}`);
  }

  async stop() {
    this.stopRequested = true;
    if (!this.running) return;
    this.proc.kill('SIGTERM');
    let timer;
    const graceOver = new Promise((resolve) => {
      // unref: a pending grace timer must not keep the caller's process alive.
      timer = setTimeout(resolve, STOP_GRACE_MS, 'timeout');
      timer.unref();
    });
    const outcome = await Promise.race([this.exited, graceOver]);
    clearTimeout(timer);
    if (outcome === 'timeout' && this.running) {
      this.#log(this.label, `did not stop within ${STOP_GRACE_MS / 1000}s of SIGTERM; killing it`);
      this.proc.kill('SIGKILL');
      await this.exited;
    }
  }

  /** SIGKILL, as a crash would: for checks that acknowledged data survives one. */
  async crash() {
    this.stopRequested = true;
    if (this.running) this.proc.kill('SIGKILL');
    await this.exited;
  }

  tail() {
    return this.#tail.map((l) => `  ${l}`).join('\n') || '  (no output)';
  }
}

let setprivPath;
function withParentDeathSignal(command, args) {
  if (process.platform !== 'linux') return [command, args];
  setprivPath ??= findExecutable('setpriv', ['/usr/bin', '/bin']) ?? null;
  if (!setprivPath) return [command, args];
  // setpriv execs the command, so the pid we signal in stop() is the server's.
  return [setprivPath, ['--pdeathsig', 'SIGKILL', '--', command, ...args]];
}

function describeExit(code, signal) {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

/** Runs a setup command to completion, streaming its output as `setup` log lines. */
export function runStreamed(command, args, { log, cwd, env = process.env }) {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    forEachLine(proc.stdout, (line) => log('setup', line));
    forEachLine(proc.stderr, (line) => log('setup', line));
    proc.once('error', (err) => reject(new Error(`${command} could not start: ${err.message}`)));
    proc.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} failed (${describeExit(code, signal)})`));
    });
  });
}

function forEachLine(stream, onLine) {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (buffered + chunk).split(/\r?\n/);
    buffered = lines.pop();
    for (const line of lines) if (line) onLine(line);
  });
  stream.on('end', () => {
    if (buffered) onLine(buffered);
  });
}

// --------------------------------------------------------- probes & utils

/** Resolves once host:port accepts a TCP connection; rejects after timeoutMs. */
export async function waitForTcp(host, port, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await tcpAccepts(host, port))) {
    if (Date.now() > deadline) throw new Error(`nothing accepted TCP on ${host}:${port} within ${timeoutMs / 1000}s`);
    await sleep(200);
  }
}

function tcpAccepts(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * True when the Redis at `url` answers PING with PONG (authenticating first if
 * the URL carries credentials). Never rejects: an unreachable server is false.
 */
export function redisPing(url, timeoutMs = 2000) {
  return new Promise((resolve) => {
    let target;
    try {
      target = new URL(url);
    } catch {
      return resolve(false);
    }
    const host = target.hostname.replace(/^\[(.*)\]$/, '$1') || LOCALHOST;
    const port = Number(target.port || 6379);
    const commands = [];
    if (target.password) {
      const user = decodeURIComponent(target.username);
      const password = decodeURIComponent(target.password);
      commands.push(user ? ['AUTH', user, password] : ['AUTH', password]);
    }
    commands.push(['PING']);

    const socket =
      target.protocol === 'rediss:' ? tls.connect({ host, port, servername: host }) : net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    let received = '';
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('close', () => done(false));
    socket.once(target.protocol === 'rediss:' ? 'secureConnect' : 'connect', () => {
      socket.write(commands.map(encodeResp).join(''));
    });
    // AUTH and PING answer with one simple-string or error line each.
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const lines = received.split('\r\n');
      if (lines.length > commands.length) done(lines[commands.length - 1] === '+PONG');
    });
  });
}

function encodeResp(parts) {
  return `*${parts.length}\r\n${parts.map((p) => `$${Buffer.byteLength(p)}\r\n${p}\r\n`).join('')}`;
}

function findExecutable(name, extraDirs = []) {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), ...extraDirs];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

function parsePort(value, fallback, name) {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}=${value} is not a valid port`);
  return port;
}

function redactUrl(url) {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

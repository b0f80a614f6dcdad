import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reservePort } from './ports';

/**
 * A store and a Redis of a fault spec's own, which it may stop and start again without disturbing the store and Redis
 * every other spec shares. Each keeps its port and data folder across restarts, as a restarted server would.
 */
export interface RestartableService {
  url: string;
  /** Stops the server (SIGTERM, a clean shutdown: a restart, not a crash); resolves once it is gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port over the same data; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it for good and removes its data folder. */
  remove(): Promise<void>;
}

const workspaceRoot = join(__dirname, '../../..');

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function untilAccepting(port: number, child: ChildProcess, output: string[], what: string): Promise<void> {
  // The embedded store is a JVM: its first start can take a while on a loaded machine.
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited before it was ready:\n${output.join('')}`);
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not accept connections in time:\n${output.join('')}`);
}

function stopped(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

function restartable(what: string, port: number, dataDir: string, launch: () => ChildProcess): RestartableService {
  let child: ChildProcess | undefined;
  const service: RestartableService = {
    url: '',
    start: async () => {
      const output: string[] = [];
      child = launch();
      child.stdout?.on('data', (chunk) => output.push(String(chunk)));
      child.stderr?.on('data', (chunk) => output.push(String(chunk)));
      await untilAccepting(port, child, output, what);
    },
    stop: () => stopped(child),
    remove: async () => {
      await stopped(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return service;
}

/**
 * The local store npm test would start (tools/stack/services.mjs: mongod when installed, else the embedded store, its
 * build reused from the workspace's .data/bin), run by a small Node process that stops it when told to (SIGTERM).
 */
export async function startOwnStore(): Promise<RestartableService> {
  const port = await reservePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'fg-fault-store-'));
  const services = pathToFileURL(join(workspaceRoot, 'tools/stack/services.mjs')).href;
  const runner = `
    import { execFileSync } from 'node:child_process';
    import { mkdirSync } from 'node:fs';
    import { join } from 'node:path';
    import { ChildSet, startEmbeddedStore } from ${JSON.stringify(services)};
    const [rootDir, dataDir, port] = process.argv.slice(1);
    const children = new ChildSet(() => undefined);
    const mongod = (() => { try { return execFileSync('sh', ['-c', 'command -v mongod'], { encoding: 'utf8' }).trim(); } catch { return ''; } })();
    if (mongod) {
      mkdirSync(join(dataDir, 'mongod'), { recursive: true });
      children.spawn('mongod', mongod, ['--port', port, '--bind_ip', '127.0.0.1', '--dbpath', join(dataDir, 'mongod')]);
    } else {
      await startEmbeddedStore({ rootDir, dataDir, binDir: join(rootDir, '.data/bin'), port: Number(port), children, log: () => undefined });
    }
    process.once('SIGTERM', () => children.stopAll().then(() => process.exit(0)));
    setInterval(() => undefined, 60_000);
  `;
  const store = restartable('the fault spec store', port, dataDir, () =>
    spawn(process.execPath, ['--input-type=module', '-e', runner, workspaceRoot, dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  store.url = `mongodb://127.0.0.1:${port}/`;
  await store.start();
  return store;
}

/** A Redis of the spec's own, configured like the local stack's (no persistence, noeviction). */
export async function startOwnRedis(): Promise<RestartableService> {
  const port = await reservePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'fg-fault-redis-'));
  const redis = restartable('the fault spec Redis', port, dataDir, () =>
    spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--dir', dataDir],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: `${process.env.PATH ?? ''}:/usr/bin:/usr/sbin:/usr/local/bin` } },
    ),
  );
  redis.url = `redis://127.0.0.1:${port}`;
  await redis.start();
  return redis;
}

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const workspaceRoot = join(__dirname, '../../..');

/** How a store process ended, as its parent saw it. */
export interface StoreExit {
  code: number | null;
  signal: string | null;
}

/** One run of the embedded store (tools/embedded-store) over a data folder: started, then crashed or stopped once. */
export interface EmbeddedStoreRun {
  url: string;
  /** The pid of the store's JVM itself (not of a wrapper): the process a crash kills. */
  javaPid: number;
  /** Where its files live (`snapshot.bson`, `journal-<N>.bson`). */
  storeDir: string;
  /** SIGKILL to the JVM, as a crash would; resolves with its exit once it is gone. */
  kill9(): Promise<StoreExit>;
  /** A clean stop (SIGTERM); resolves once it is gone. */
  stop(): Promise<void>;
  /** Everything the store and its runner printed so far. */
  output(): string;
}

/**
 * Starts the embedded store exactly as npm start and npm test do (tools/stack/services.mjs startEmbeddedStore, its build
 * shared with theirs in the workspace's .data/bin), whatever MONGO_URL says: its runner is a small Node process,
 * because services.mjs is an ES module Jest cannot load. The runner prints the JVM's pid once the store accepts
 * connections and its exit once it is gone, then exits itself.
 */
export async function startEmbeddedStoreRun(dataDir: string, port: number, timeoutMs = 150_000): Promise<EmbeddedStoreRun> {
  const services = pathToFileURL(join(workspaceRoot, 'tools/stack/services.mjs')).href;
  const runner = `
    import { join } from 'node:path';
    import { ChildSet, startEmbeddedStore } from ${JSON.stringify(services)};
    const [rootDir, dataDir, port] = process.argv.slice(1);
    const log = (label, line) => process.stderr.write('[' + label + '] ' + line + '\\n');
    const children = new ChildSet(log);
    const spawnChild = children.spawn.bind(children);
    let store;
    children.spawn = (...args) => (store = spawnChild(...args));
    try {
      const { pid } = await startEmbeddedStore({ rootDir, dataDir, binDir: join(rootDir, '.data/bin'), port: Number(port), children, log });
      process.stdout.write(JSON.stringify({ pid }) + '\\n');
    } catch (error) {
      process.stderr.write(error.message + '\\n');
      await children.stopAll();
      process.exit(1);
    }
    store.exited.then(({ code, signal }) => {
      process.stdout.write(JSON.stringify({ exited: { code, signal } }) + '\\n');
      process.exit(0);
    });
    process.once('SIGTERM', () => children.stopAll());
    // The spec's process gone (its end of stdin closed): stop the store rather than leave it running.
    process.stdin.on('end', () => children.stopAll()).resume();
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', runner, workspaceRoot, dataDir, String(port)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const reports: Array<{ pid?: number; exited?: StoreExit }> = [];
  let stdoutRest = '';
  child.stdout.on('data', (chunk) => {
    const lines = (stdoutRest + String(chunk)).split('\n');
    stdoutRest = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) reports.push(JSON.parse(line));
  });
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const runnerExited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const javaPid = await untilReported(child, reports, output, timeoutMs);
  const storeDir = join(dataDir, 'store');
  const exited = async (): Promise<StoreExit> => {
    await runnerExited;
    const report = reports.find((r) => r.exited)?.exited;
    if (!report) throw new Error(`the store runner exited without reporting the store's exit:\n${output.join('')}`);
    return report;
  };
  return {
    url: `mongodb://127.0.0.1:${port}/`,
    javaPid,
    storeDir,
    kill9: async () => {
      // Never signal anything but this store's JVM (on Linux, where setpriv runs it, check that the pid is the JVM's own,
      // not a wrapper's); elsewhere services.mjs spawns java itself.
      if (process.platform === 'linux') {
        const commandLine = readFileSync(`/proc/${javaPid}/cmdline`, 'utf8').split('\0');
        if (!commandLine.some((arg) => /(^|\/)java$/.test(arg)) || !commandLine.includes('Main') || !commandLine.includes(storeDir)) {
          throw new Error(`pid ${javaPid} is not this spec's store JVM: ${commandLine.join(' ')}`);
        }
      }
      process.kill(javaPid, 'SIGKILL');
      return exited();
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited();
    },
    output: () => output.join(''),
  };
}

async function untilReported(child: ChildProcess, reports: Array<{ pid?: number }>, output: string[], timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pid = reports.find((r) => r.pid)?.pid;
    if (pid) return pid;
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the embedded store did not start:\n${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`the embedded store did not start within ${timeoutMs / 1000}s:\n${output.join('')}`);
}

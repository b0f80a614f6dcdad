import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { testRedis, testServices, type TestRedis } from '@fg/testing';
import type { ParentMessage, WorkerJob, WorkerMessage } from './testing/limit-worker';

type Result = Extract<WorkerMessage, { type: 'result' }>;

let redisUrl: string;
let scratch: TestRedis;
let outDir: string;
let workerBundle: string;

/** A separate Node process with its own Redis connection, as a pod of an app would be. */
class Pod {
  private constructor(
    private readonly child: ChildProcess,
    readonly podId: string,
  ) {}

  static async start(job: Omit<WorkerJob, 'redisUrl' | 'keyPrefix'>): Promise<Pod> {
    const full: WorkerJob = { ...job, redisUrl, keyPrefix: scratch.prefix };
    const child = fork(workerBundle, [JSON.stringify(full)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const ready = await new Promise<WorkerMessage>((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`limit worker exited with ${code} before it was ready`)));
    });
    if (ready.type !== 'ready') throw new Error(`unexpected first message ${JSON.stringify(ready)}`);
    return new Pod(child, ready.podId);
  }

  run(key: string): Promise<Result> {
    const result = new Promise<Result>((resolve) => {
      const onMessage = (message: WorkerMessage) => {
        if (message.type !== 'result' || message.key !== key) return;
        this.child.off('message', onMessage);
        resolve(message);
      };
      this.child.on('message', onMessage);
    });
    this.child.send({ type: 'go', key } satisfies ParentMessage);
    return result;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.send({ type: 'stop' } satisfies ParentMessage);
    await exited;
  }
}

async function withPods(count: number, job: Omit<WorkerJob, 'redisUrl' | 'keyPrefix'>, use: (pods: Pod[]) => Promise<void>) {
  const pods = await Promise.all(Array.from({ length: count }, () => Pod.start(job)));
  try {
    await use(pods);
  } finally {
    await Promise.all(pods.map((pod) => pod.stop()));
  }
}

const total = (results: Result[], field: 'granted' | 'refused' | 'failed') => results.reduce((sum, r) => sum + r[field], 0);

beforeAll(async () => {
  ({ redisUrl } = await testServices());
  scratch = await testRedis(redisUrl);
  outDir = mkdtempSync(join(tmpdir(), 'rate-limits-worker-'));
  workerBundle = join(outDir, 'limit-worker.cjs');
  // Packages are bundled in too, so the file runs from a temporary directory with no node_modules next to it.
  await build({
    entryPoints: [join(__dirname, 'testing/limit-worker.ts')],
    outfile: workerBundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    tsconfig: join(__dirname, '../../../../tsconfig.base.json'),
    loader: { '.lua': 'text' },
    logLevel: 'warning',
  });
});

afterAll(async () => {
  await scratch?.cleanup();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('limits shared by several processes', () => {
  it('grants exactly the limit to three processes of 100 concurrent callers each, every round', async () => {
    await withPods(3, { mode: 'consume', perPod: false, limit: 100, windowMs: 60_000, callers: 100, spreadMs: 50 }, async (pods) => {
      for (let round = 0; round < 5; round += 1) {
        const key = `graphql:round-${round}-${randomUUID()}`;
        const results = await Promise.all(pods.map((pod) => pod.run(key)));
        expect(total(results, 'failed')).toBe(0);
        expect(total(results, 'granted')).toBe(100);
        expect(total(results, 'refused')).toBe(200);
        // Otherwise the processes did not contend and the round proved nothing.
        expect(results.filter((r) => r.granted > 0).length).toBeGreaterThan(1);
      }
    });
  });

  it('gives each pod its own exact per-pod limit', async () => {
    await withPods(2, { mode: 'consume', perPod: true, limit: 100, windowMs: 60_000, callers: 150, spreadMs: 50 }, async (pods) => {
      expect(new Set(pods.map((pod) => pod.podId)).size).toBe(2);
      for (let round = 0; round < 3; round += 1) {
        const key = `logins:round-${round}-${randomUUID()}`;
        const results = await Promise.all(pods.map((pod) => pod.run(key)));
        expect(results.map((r) => [r.granted, r.refused, r.failed])).toEqual([
          [100, 50, 0],
          [100, 50, 0],
        ]);
      }
    });
  });

  it('never reserves more quota slots than the limit across processes', async () => {
    await withPods(3, { mode: 'reserve', perPod: false, limit: 50, windowMs: 60_000, callers: 100, spreadMs: 50 }, async (pods) => {
      for (let round = 0; round < 3; round += 1) {
        const key = `deployments:round-${round}-${randomUUID()}`;
        const results = await Promise.all(pods.map((pod) => pod.run(key)));
        expect(total(results, 'failed')).toBe(0);
        expect(total(results, 'granted')).toBe(50);
      }
    });
  });
});

import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runTask } from './run-task';

const shell = (script: string, timeoutMs = 60_000) => ({ version: 1, type: 'SHELL_SCRIPT', script, timeoutMs });

/** A killed orphan stays a zombie until its reaper gets to it (or forever, under an init that never reaps). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // The state follows the parenthesised command name, which may itself contain spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Signals are delivered asynchronously; give the kernel a moment before calling a process a survivor. */
async function survivors(pids: number[]): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const alive = pids.filter(isRunning);
    if (alive.length === 0) return [];
    await sleep(100);
  }
  return pids.filter(isRunning);
}

const pidsIn = (text: string | undefined) => (text ?? '').split(/\s+/).filter((word) => /^\d+$/.test(word)).map(Number);

describe('runTask with a SHELL_SCRIPT payload', () => {
  let workDir: string;
  const started: number[] = [];

  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'task-runners-'));
  });

  afterEach(async () => {
    // A failing assertion must not leave sleeps behind for the rest of the run.
    for (const pid of started.splice(0)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await rm(workDir, { recursive: true, force: true });
  });

  it('succeeds with exit code 0 and the script output', async () => {
    const result = await runTask(shell('echo hello'));
    expect(result).toMatchObject({ status: 'SUCCEEDED', exitCode: 0, output: 'hello\n' });
    expect(result.outputTruncated).toBeUndefined();
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('fails with the exit code of a script that exits non-zero', async () => {
    const result = await runTask(shell('echo before; exit 3'));
    expect(result).toMatchObject({ status: 'FAILED', exitCode: 3, output: 'before\n' });
  });

  it('captures stdout and stderr together', async () => {
    const result = await runTask(shell('echo to-stdout; echo to-stderr >&2; echo again-stdout'));
    expect(result.status).toBe('SUCCEEDED');
    expect(result.output).toContain('to-stdout\n');
    expect(result.output).toContain('to-stderr\n');
    expect(result.output).toContain('again-stdout\n');
  });

  it('passes the script to the shell verbatim', async () => {
    const result = await runTask(shell(`printf '%s|' "$0" '$HOME' "a  b"; echo \`echo ok\``));
    expect(result.output).toBe('/bin/sh|$HOME|a  b|ok\n');
  });

  it('keeps the first bytes of a large output, flags the truncation, and lets the script run to completion', async () => {
    const limit = 1024;
    const script = 'yes abcdefgh | head -c 1048576; yes stderr-line | head -c 1048576 >&2; echo finished >&2; exit 0';
    const result = await runTask(shell(script), { outputLimitBytes: limit });

    expect(result).toMatchObject({ status: 'SUCCEEDED', exitCode: 0, outputTruncated: true });
    expect(Buffer.byteLength(result.output ?? '')).toBeLessThanOrEqual(limit);
    expect(result.output?.startsWith('abcdefgh\nabcdefgh\n')).toBe(true);
  });

  it('does not split a multi-byte character at the cut', async () => {
    const result = await runTask(shell(`printf 'aé'`), { outputLimitBytes: 2 });
    expect(result).toMatchObject({ output: 'a', outputTruncated: true });
  });

  it('fails a script that outlives its timeout and kills every process it started', async () => {
    const result = await runTask(shell('sleep 30 & echo $!; echo $$; sleep 30; echo done', 500));
    const pids = pidsIn(result.output);
    started.push(...pids);

    expect(result).toMatchObject({ status: 'FAILED', error: 'timed out after 0.5s' });
    expect(result.output).not.toContain('done');
    expect(pids).toHaveLength(2);
    expect(await survivors(pids)).toEqual([]);
  });

  it('kills with SIGKILL what ignores SIGTERM once the grace period is over', async () => {
    // An ignored signal stays ignored across fork and exec, so the sleeps ignore SIGTERM too.
    const result = await runTask(shell("trap '' TERM; sleep 30 & echo $!; echo $$; wait", 500), { killGraceMs: 200 });
    const pids = pidsIn(result.output);
    started.push(...pids);

    expect(result).toMatchObject({ status: 'FAILED', error: 'timed out after 0.5s' });
    expect(pids).toHaveLength(2);
    expect(await survivors(pids)).toEqual([]);
  });

  it('stops and reports cancelled when the signal aborts, killing every process it started', async () => {
    const pidFile = join(workDir, 'pids');
    const controller = new AbortController();
    const running = runTask(shell(`sleep 30 & echo $! > '${pidFile}.tmp'; echo $$ >> '${pidFile}.tmp'; mv '${pidFile}.tmp' '${pidFile}'; sleep 30`), {
      signal: controller.signal,
    });

    let pids: number[] = [];
    for (let attempt = 0; attempt < 500 && pids.length < 2; attempt++) {
      await sleep(20);
      pids = pidsIn(await readFile(pidFile, 'utf8').catch(() => ''));
    }
    expect(pids).toHaveLength(2);
    started.push(...pids);
    controller.abort();

    expect(await running).toMatchObject({ status: 'FAILED', error: 'cancelled' });
    expect(await survivors(pids)).toEqual([]);
  });

  it('reports cancelled without starting anything when the signal has already aborted', async () => {
    const marker = join(workDir, 'ran');
    const result = await runTask(shell(`touch '${marker}'`), { signal: AbortSignal.abort() });

    expect(result).toMatchObject({ status: 'FAILED', error: 'cancelled' });
    await expect(readFile(marker)).rejects.toThrow();
  });

  it('reports its exit status without waiting for background jobs holding the output, and ends them', async () => {
    const result = await runTask(shell('sleep 30 & echo $!; exit 0'));
    const pids = pidsIn(result.output);
    started.push(...pids);

    expect(result).toMatchObject({ status: 'SUCCEEDED', exitCode: 0 });
    expect(pids).toHaveLength(1);
    expect(await survivors(pids)).toEqual([]);
  });

  it('reports a script killed by a signal', async () => {
    const result = await runTask(shell('kill -KILL $$'));
    expect(result).toMatchObject({ status: 'FAILED', error: 'killed by SIGKILL' });
    expect(result.exitCode).toBeUndefined();
  });
});

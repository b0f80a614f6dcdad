import { spawn } from 'node:child_process';
import { CappedOutput } from './capped-output.util';
import type { ShellScriptPayloadV1 } from './task-payload';
import { formatSeconds, type RunnerContext, type RunnerOutcome } from './task-result';

/**
 * Runs a script with `/bin/sh -c` as the leader of its own process group, so that ending the task (timeout, cancel,
 * or the script exiting while its background jobs linger) can signal every process it started at once. Processes that
 * leave the group on purpose (`setsid`, daemons) are out of reach, as they are for any supervisor without cgroups.
 */
export function runShellScript(payload: ShellScriptPayloadV1, context: RunnerContext): Promise<RunnerOutcome> {
  const { signal, killGraceMs, logger } = context;
  if (signal?.aborted) return Promise.resolve({ status: 'FAILED', error: 'cancelled' });

  return new Promise((resolve) => {
    const output = new CappedOutput(context.outputLimitBytes);
    // The script is the task itself: it goes to the shell as one argument, never through another layer of quoting.
    // stdin is closed so a script that reads it sees end-of-file instead of waiting for input that never comes.
    const child = spawn('/bin/sh', ['-c', payload.script], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid;

    let stopReason: string | undefined;
    let exitCode: number | null = null;
    let exitSignal: NodeJS.Signals | null = null;
    let settled = false;
    const timers = new Set<NodeJS.Timeout>();
    const later = (ms: number, action: () => void) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        action();
      }, ms);
      timers.add(timer);
    };

    const signalGroup = (name: NodeJS.Signals): boolean => {
      if (pid === undefined) return false;
      try {
        process.kill(-pid, name);
        return true;
      } catch {
        // ESRCH: the group is already empty.
        return false;
      }
    };

    let terminating = false;
    const terminate = () => {
      if (terminating) return;
      terminating = true;
      signalGroup('SIGTERM');
      later(killGraceMs, () => {
        if (signalGroup('SIGKILL')) logger?.warn({ pid }, 'script processes outlived SIGTERM; sent SIGKILL');
        // A process that left the group can keep our pipes open forever; once everything we can kill is dead, stop
        // waiting for end-of-file and report what we have.
        later(killGraceMs, () => {
          child.stdout?.destroy();
          child.stderr?.destroy();
          finish();
        });
      });
    };

    let exited = false;
    const stop = (reason: string) => {
      // Once the script has exited its own exit status is the outcome, even if lingering background jobs are still
      // being put down when the deadline or the cancel arrives.
      if (!exited) stopReason ??= reason;
      terminate();
    };

    const onAbort = () => stop('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    later(payload.timeoutMs, () => stop(`timed out after ${formatSeconds(payload.timeoutMs)}`));

    const finish = (spawnError?: Error) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // Whatever of the group is still alive belongs to a task that is over: it must not outlive the result.
      signalGroup('SIGKILL');

      const captured = { output: output.text(), ...(output.truncated ? { outputTruncated: true } : {}) };
      const code = exitCode === null ? {} : { exitCode };
      if (spawnError) resolve({ status: 'FAILED', error: `could not start /bin/sh: ${spawnError.message}`, ...captured });
      else if (stopReason) resolve({ status: 'FAILED', error: stopReason, ...code, ...captured });
      else if (exitCode === 0) resolve({ status: 'SUCCEEDED', exitCode, ...captured });
      else if (exitCode !== null) resolve({ status: 'FAILED', error: `exited with code ${exitCode}`, exitCode, ...captured });
      else resolve({ status: 'FAILED', error: `killed by ${exitSignal ?? 'an unknown signal'}`, ...captured });
    };

    // Both pipes feed one buffer in arrival order; reading continues past the cap so the child never blocks on a write.
    child.stdout?.on('data', (chunk: Buffer) => output.append(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.append(chunk));

    child.on('error', (error) => finish(error));
    child.on('exit', (code, exitedBy) => {
      exited = true;
      exitCode = code;
      exitSignal = exitedBy;
      // Background jobs inherit the pipes, so 'close' would wait for them; the script is done, and so is its group.
      terminate();
    });
    child.on('close', () => finish());

    logger?.debug({ pid, timeoutMs: payload.timeoutMs }, 'started shell script');
  });
}

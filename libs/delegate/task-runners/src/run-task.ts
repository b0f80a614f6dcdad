import { performance } from 'node:perf_hooks';
import { runHttpRequest } from './http.runner';
import { runNoop } from './noop.runner';
import { runShellScript } from './shell-script.runner';
import { parseTaskPayload, type TaskPayload } from './task-payload';
import {
  DEFAULT_HTTP_TIMEOUT_MS,
  DEFAULT_KILL_GRACE_MS,
  DEFAULT_OUTPUT_LIMIT_BYTES,
  errorMessage,
  type RunTaskOptions,
  type RunnerContext,
  type RunnerOutcome,
  type TaskResult,
} from './task-result';

/**
 * Runs one task and reports its result. It never rejects: a payload this delegate cannot run, bad options or an
 * unexpected failure all become a FAILED result, because the platform can only learn of them through the result.
 *
 * The payload is `unknown` on purpose: it comes off the wire and may be a type or version newer than this delegate.
 */
export async function runTask(payload: unknown, options: RunTaskOptions = {}): Promise<TaskResult> {
  const startedAt = performance.now();
  const finished = (outcome: RunnerOutcome): TaskResult => ({
    ...outcome,
    durationMs: Math.round(performance.now() - startedAt),
  });

  const context = runnerContext(options);
  if (typeof context === 'string') return finished({ status: 'FAILED', error: context });
  const parsed = parseTaskPayload(payload);
  if (!parsed.ok) return finished({ status: 'FAILED', error: parsed.error });

  try {
    return finished(await dispatch(parsed.payload, context));
  } catch (error) {
    options.logger?.warn({ err: error, type: parsed.payload.type }, 'task runner failed unexpectedly');
    return finished({ status: 'FAILED', error: `runner failed: ${errorMessage(error)}` });
  }
}

function dispatch(payload: TaskPayload, context: RunnerContext): Promise<RunnerOutcome> {
  switch (payload.type) {
    case 'SHELL_SCRIPT':
      return runShellScript(payload, context);
    case 'HTTP':
      return runHttpRequest(payload, context);
    case 'NOOP':
      return runNoop(payload, context);
  }
}

function runnerContext(options: RunTaskOptions): RunnerContext | string {
  const {
    outputLimitBytes = DEFAULT_OUTPUT_LIMIT_BYTES,
    httpTimeoutMs = DEFAULT_HTTP_TIMEOUT_MS,
    killGraceMs = DEFAULT_KILL_GRACE_MS,
  } = options;
  const invalid = Object.entries({ outputLimitBytes, httpTimeoutMs, killGraceMs })
    .filter(([, value]) => !Number.isSafeInteger(value) || value < 0)
    .map(([name]) => name);
  if (invalid.length > 0) return `invalid runTask options: ${invalid.join(', ')} must be non-negative integers`;
  return { signal: options.signal, outputLimitBytes, httpTimeoutMs, killGraceMs, logger: options.logger };
}

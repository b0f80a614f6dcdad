import type { Logger } from '@fg/logger';

export type TaskOutcomeStatus = 'SUCCEEDED' | 'FAILED';

/** What a delegate reports for one run; the fields besides `status` and `durationMs` are the platform's task result. */
export interface TaskResult {
  status: TaskOutcomeStatus;
  exitCode?: number;
  output?: string;
  outputTruncated?: boolean;
  httpStatus?: number;
  error?: string;
  durationMs: number;
}

export type TaskRunnerLogger = Pick<Logger, 'debug' | 'warn'>;

export interface RunTaskOptions {
  /** Aborting hands the task back (e.g. on graceful shutdown): the run stops and reports `cancelled`. */
  signal?: AbortSignal;
  /** How much output (script stdout+stderr, or HTTP body) to keep; the first bytes are kept. Default 64 KiB. */
  outputLimitBytes?: number;
  /** HTTP payloads carry no timeout of their own. Default 30 s. */
  httpTimeoutMs?: number;
  /** How long a script's processes get between SIGTERM and SIGKILL. Default 2 s. */
  killGraceMs?: number;
  logger?: TaskRunnerLogger;
}

export const DEFAULT_OUTPUT_LIMIT_BYTES = 64 * 1024;
export const DEFAULT_HTTP_TIMEOUT_MS = 30_000;
export const DEFAULT_KILL_GRACE_MS = 2_000;

/** A runner's result before the common fields are added. */
export type RunnerOutcome = Omit<TaskResult, 'durationMs'>;

export interface RunnerContext {
  signal: AbortSignal | undefined;
  outputLimitBytes: number;
  httpTimeoutMs: number;
  killGraceMs: number;
  logger: TaskRunnerLogger | undefined;
}

export function formatSeconds(ms: number): string {
  return `${ms / 1000}s`;
}

/** Duck-typed rather than `instanceof Error`: errors from another realm (a vm context, a worker) fail that check. */
export function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

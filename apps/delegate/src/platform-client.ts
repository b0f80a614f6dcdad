import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@fg/logger';

import {
  DELEGATE_API_ERRORS,
  DELEGATE_API_PREFIX,
  DELEGATE_CALLS,
  type AcquireResponse,
  type LeaseOutcome,
  type OfferedTask,
  type RegisterRequest,
  type RegisterResponse,
  type ReportOutcome,
  type TaskRef,
  type TaskReport,
  type TaskResult,
} from '@fg/delegate-protocol';

// The wire contract is @fg/delegate-protocol, shared with the gateway and the platform's delegate broker.

export type Registration = RegisterResponse;
export type AcquiredTask = OfferedTask;
export type Acquisition = AcquireResponse;
export type ReportedResult = TaskResult;
export type { LeaseOutcome, ReportOutcome, TaskRef, TaskReport };

/** The platform refused the token: nothing this delegate does will succeed until an operator fixes DELEGATE_TOKEN. */
export class InvalidDelegateTokenError extends Error {
  constructor() {
    super(`the platform rejected DELEGATE_TOKEN (401 ${DELEGATE_API_ERRORS.invalidToken})`);
    this.name = 'InvalidDelegateTokenError';
  }
}

/** A 4xx other than 401, 409 and 429: retrying the same call will not help. `code` is the platform's error code. */
export class PlatformRejectedError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(`platform refused ${path}: HTTP ${status}${code ? ` ${code}` : ''}`);
    this.name = 'PlatformRejectedError';
  }
}

export interface PlatformClientOptions {
  baseUrl: string;
  token: string;
  logger: Pick<Logger, 'warn'>;
  /** Per attempt. Default 10 s. */
  requestTimeoutMs?: number;
  /** Back-off after a 5xx or a network error: doubles from the first to the cap, with jitter. Default 1 s to 30 s. */
  backoffInitialMs?: number;
  backoffMaxMs?: number;
}

type Answer = { status: number; body: Record<string, unknown> };

/**
 * The delegate's only channel to the platform: JSON over HTTP(S), authenticated with the delegate token. Every call
 * retries 5xx and network failures (exponential back-off with jitter) and 429s (after Retry-After) until it gets an
 * answer or the caller's signal aborts it; aborting rejects with the signal's reason.
 */
export class PlatformClient {
  private readonly baseUrl: string;
  private readonly requestTimeoutMs: number;
  private readonly backoffInitialMs: number;
  private readonly backoffMaxMs: number;

  constructor(private readonly options: PlatformClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    this.backoffInitialMs = options.backoffInitialMs ?? 1_000;
    this.backoffMaxMs = options.backoffMaxMs ?? 30_000;
  }

  register(input: RegisterRequest, signal: AbortSignal): Promise<Registration> {
    return this.post<Registration>(DELEGATE_CALLS.register, input, signal);
  }

  async heartbeat(delegateId: string, signal: AbortSignal): Promise<void> {
    await this.post(DELEGATE_CALLS.heartbeat, { delegateId }, signal);
  }

  async acquire(delegateId: string, max: number, signal: AbortSignal): Promise<Acquisition> {
    const body = await this.post<Acquisition>(DELEGATE_CALLS.acquire, { delegateId, max }, signal);
    const tasks = Array.isArray(body.tasks) ? body.tasks : [];
    const retryAfterMs = typeof body.retryAfterMs === 'number' && body.retryAfterMs > 0 ? body.retryAfterMs : undefined;
    return retryAfterMs === undefined ? { tasks } : { tasks, retryAfterMs };
  }

  /** Marks tasks RUNNING (and renews their leases): one outcome per task, in order. */
  async start(delegateId: string, tasks: TaskRef[], signal: AbortSignal): Promise<LeaseOutcome[]> {
    return (await this.post<{ outcomes: LeaseOutcome[] }>(DELEGATE_CALLS.start, { delegateId, tasks }, signal)).outcomes;
  }

  async renew(delegateId: string, tasks: TaskRef[], signal: AbortSignal): Promise<LeaseOutcome[]> {
    return (await this.post<{ outcomes: LeaseOutcome[] }>(DELEGATE_CALLS.renew, { delegateId, tasks }, signal)).outcomes;
  }

  async report(delegateId: string, reports: TaskReport[], signal: AbortSignal): Promise<ReportOutcome[]> {
    return (await this.post<{ outcomes: ReportOutcome[] }>(DELEGATE_CALLS.report, { delegateId, reports }, signal)).outcomes;
  }

  private async post<T>(call: string, body: unknown, signal: AbortSignal): Promise<T> {
    return (await this.call(`${DELEGATE_API_PREFIX}${call}`, body, signal, [200])).body as T;
  }

  private async call(path: string, body: unknown, signal: AbortSignal, accepted: number[]): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      signal.throwIfAborted();
      let waitMs: number;
      try {
        const response = await fetch(`${this.baseUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Delegate ${this.options.token}` },
          body: JSON.stringify(body),
          signal: AbortSignal.any([signal, AbortSignal.timeout(this.requestTimeoutMs)]),
        });
        const answer: Answer = { status: response.status, body: await readJson(response) };
        if (accepted.includes(answer.status)) return answer;
        if (answer.status === 401) throw new InvalidDelegateTokenError();
        if (answer.status === 429) {
          waitMs = retryAfterMs(response.headers.get('retry-after')) ?? this.backoffMs(attempt);
          this.options.logger.warn({ path, waitMs }, 'platform rate-limited the delegate; waiting');
        } else if (answer.status >= 500) {
          waitMs = this.backoffMs(attempt);
          this.options.logger.warn({ path, status: answer.status, waitMs }, 'platform error; retrying');
        } else {
          const code = typeof answer.body.error === 'string' ? answer.body.error : undefined;
          throw new PlatformRejectedError(path, answer.status, code);
        }
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        if (error instanceof InvalidDelegateTokenError || error instanceof PlatformRejectedError) throw error;
        waitMs = this.backoffMs(attempt);
        this.options.logger.warn({ path, err: describe(error), waitMs }, 'platform unreachable; retrying');
      }
      await sleep(waitMs, undefined, { signal });
    }
  }

  /** "Equal jitter": at least half the exponential step, so a fleet of delegates does not retry in lockstep. */
  private backoffMs(attempt: number): number {
    const step = Math.min(this.backoffMaxMs, this.backoffInitialMs * 2 ** Math.min(attempt, 30));
    return Math.round(step / 2 + Math.random() * (step / 2));
  }
}

async function readJson(response: Response): Promise<Record<string, unknown>> {
  try {
    const parsed: unknown = await response.json();
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Retry-After in seconds (the platform's form) or as an HTTP date. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

// Only the message: a fetch error's cause can carry request details, and the request carries the token.
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${message}${cause}`;
}

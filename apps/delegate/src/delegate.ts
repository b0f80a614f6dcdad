import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_OUTPUT_LIMIT_BYTES, runTask } from '@fg/delegate/task-runners';
import { runTaskInTrace } from '@fg/tracing';
import { DELEGATE_API_ERRORS, MAX_TASKS_PER_CALL, TASK_TYPES, type LeaseOutcome, type ReportOutcome, type TaskRef, type TaskReport } from '@fg/delegate-protocol';
import type { Logger } from '@fg/logger';
import { CallBatcher } from './call-batcher';
import {
  InvalidDelegateTokenError,
  PlatformRejectedError,
  type AcquiredTask,
  type Acquisition,
  type PlatformClient,
  type Registration,
} from './platform-client';
import { toReportedResult, TRUNCATION_MARKER } from './task-report.util';

export interface DelegateOptions {
  name: string;
  tags: string[];
  version: string;
  maxConcurrentTasks: number;
  /** How long to wait before asking again when an acquire brought nothing (and the platform named no wait). */
  pollIntervalMs: number;
  heartbeatIntervalMs: number;
  /** After stop(): how long running tasks may take to finish before they are aborted and handed back. */
  shutdownGraceMs: number;
  /** Output kept per task, including the truncation marker. Default 64 KiB. */
  outputLimitBytes?: number;
  /** The machine's name, shown to operators. */
  hostName?: string;
  /** How long starts, renewals and reports wait to be sent together. Default 5 ms. */
  batchLingerMs?: number;
}

/** The platform deleted or rejected this delegate: nothing it does will be accepted again. */
export class DelegateDeletedError extends Error {
  constructor() {
    super(`the platform deleted or rejected this delegate (${DELEGATE_API_ERRORS.delegateDeleted})`);
    this.name = 'DelegateDeletedError';
  }
}

/**
 * Runs the platform's tasks on this machine. The platform is reached only through the PlatformClient (HTTP); the
 * delegate keeps no state of its own beyond the tasks it is running, so a restart loses nothing the platform does
 * not already know.
 *
 * Hand-back: a task that is aborted (shutdown grace over, lease lost, token rejected) is never reported. Its lease
 * lapses on the platform, which then offers the task again (to this delegate after a restart, or to another one).
 */
export class Delegate {
  /** Aborted by stop() (or a fatal error): no more acquisitions. */
  private readonly acquiring = new AbortController();
  /** Aborted when the grace period ends (or on a fatal error): running tasks and every platform call stop. */
  private readonly halting = new AbortController();
  private readonly running = new Map<string, Promise<void>>();
  private readonly outputLimitBytes: number;
  private registration: Registration | undefined;
  private reRegistering: Promise<void> | undefined;
  private slotFreed: (() => void) | undefined;
  private fatal: Error | undefined;
  private runPromise: Promise<void> | undefined;
  private graceTimer: NodeJS.Timeout | undefined;
  // Starts, renewals and reports of tasks running side by side travel together, one call each per window.
  private readonly starts: CallBatcher<TaskRef, LeaseOutcome>;
  private readonly renewals: CallBatcher<TaskRef, LeaseOutcome>;
  private readonly reports: CallBatcher<TaskReport, ReportOutcome>;

  constructor(
    private readonly client: PlatformClient,
    private readonly options: DelegateOptions,
    private readonly logger: Logger,
  ) {
    // The marker is appended to truncated output, so the runners keep that much less.
    this.outputLimitBytes = Math.max(0, (options.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT_BYTES) - Buffer.byteLength(TRUNCATION_MARKER));
    // Every running task waits on these signals (its run, its lease keeping, its batched calls): not a leak.
    setMaxListeners(options.maxConcurrentTasks * 8 + 16, this.acquiring.signal, this.halting.signal);
    const batching = { maxBatch: MAX_TASKS_PER_CALL, lingerMs: options.batchLingerMs ?? 5 };
    this.starts = new CallBatcher((refs) => this.client.start(this.delegateId, refs, this.halting.signal), batching);
    this.renewals = new CallBatcher((refs) => this.client.renew(this.delegateId, refs, this.halting.signal), batching);
    this.reports = new CallBatcher((reports) => this.client.report(this.delegateId, reports, this.halting.signal), batching);
  }

  /** Registers, then works until stop(). Rejects (InvalidDelegateTokenError) if the platform refuses the token. */
  run(): Promise<void> {
    this.runPromise ??= this.work();
    return this.runPromise;
  }

  /** Graceful shutdown: stops acquiring, lets running tasks finish within the grace period. Resolves when stopped. */
  stop(): Promise<void> {
    if (!this.acquiring.signal.aborted) {
      this.logger.info({ running: this.running.size, graceMs: this.options.shutdownGraceMs }, 'stopping: acquiring no more tasks');
      this.acquiring.abort(new Error('delegate stopping'));
      this.graceTimer = setTimeout(() => this.halt('shutdown grace period over'), this.options.shutdownGraceMs);
    }
    return this.runPromise?.catch(() => undefined) ?? Promise.resolve();
  }

  /** Ends the grace period now (e.g. a second SIGINT): running tasks are aborted and handed back. */
  abortNow(): void {
    this.acquiring.abort(new Error('delegate stopping'));
    this.halt('stopped without grace');
  }

  private halt(why: string): void {
    if (this.halting.signal.aborted) return;
    if (this.running.size > 0) this.logger.warn({ running: [...this.running.keys()] }, `${why}: handing running tasks back unreported`);
    this.halting.abort(new Error(why));
  }

  private fail(error: Error): void {
    this.fatal ??= error;
    this.acquiring.abort(error);
    this.halt(error.message);
  }

  private async work(): Promise<void> {
    try {
      await this.register();
      const heartbeats = this.heartbeatLoop();
      await this.pollLoop();
      // Each task ends by itself or when the grace timer (or a fatal error) halts it; aborted scripts are killed
      // before their promise settles, so nothing we started outlives the delegate.
      await Promise.allSettled(this.running.values());
      this.halting.abort(new Error('delegate stopped'));
      await heartbeats;
    } catch (error) {
      if (error instanceof InvalidDelegateTokenError) this.fail(error);
      else if (isDeleted(error)) this.fail(new DelegateDeletedError());
      else if (!this.acquiring.signal.aborted) throw error;
    } finally {
      clearTimeout(this.graceTimer);
    }
    if (this.fatal) throw this.fatal;
  }

  private async register(): Promise<void> {
    const { name, tags, version, hostName } = this.options;
    const registration = { name, tags, version, delegateType: 'SHELL_SCRIPT', supportedTasks: [...TASK_TYPES], ...(hostName ? { hostName } : {}) };
    this.registration = await this.client.register(registration, this.acquiring.signal);
    this.logger.info({ ...this.registration, name, tags, version }, 'registered with the platform');
  }

  /** The platform forgot this delegate (its registration expired): register again; one attempt at a time. */
  private reRegister(): Promise<void> {
    this.reRegistering ??= (async () => {
      this.logger.warn({ delegateId: this.registration?.delegateId }, 'the platform no longer knows this delegate; registering again');
      await this.register();
    })().finally(() => {
      this.reRegistering = undefined;
    });
    return this.reRegistering;
  }

  private get delegateId(): string {
    if (!this.registration) throw new Error('not registered');
    return this.registration.delegateId;
  }

  private async heartbeatLoop(): Promise<void> {
    const signal = this.halting.signal;
    while (await pause(this.options.heartbeatIntervalMs, signal)) {
      try {
        await this.client.heartbeat(this.delegateId, signal);
      } catch (error) {
        if (signal.aborted) return;
        if (!(await this.handleCallError(error, 'heartbeat failed'))) return;
      }
    }
  }

  private async pollLoop(): Promise<void> {
    const signal = this.acquiring.signal;
    let notBefore = 0;
    while (!signal.aborted) {
      const free = this.options.maxConcurrentTasks - this.running.size;
      if (free <= 0) {
        await this.slotOrStop();
        continue;
      }
      const waitMs = notBefore - performance.now();
      if (waitMs > 0) {
        await pause(waitMs, signal);
        continue;
      }
      let acquisition: Acquisition;
      try {
        acquisition = await this.client.acquire(this.delegateId, free, signal);
      } catch (error) {
        if (signal.aborted) return;
        if (!(await this.handleCallError(error, 'acquire failed'))) return;
        notBefore = performance.now() + this.options.pollIntervalMs;
        continue;
      }
      const answeredAt = performance.now();
      const { tasks, retryAfterMs } = acquisition;
      if (tasks.length > free) {
        // Not ours to run: their leases lapse and the platform offers them again.
        this.logger.warn({ asked: free, got: tasks.length }, 'the platform sent more tasks than asked for; leaving the rest');
      }
      for (const task of tasks.slice(0, free)) this.start(task);
      if (retryAfterMs !== undefined) notBefore = answeredAt + retryAfterMs;
      else if (tasks.length === 0) notBefore = answeredAt + this.options.pollIntervalMs;
    }
  }

  /** Returns whether to carry on: a rejected token is fatal, a forgotten registration is renewed, the rest logged. */
  private async handleCallError(error: unknown, what: string): Promise<boolean> {
    if (error instanceof InvalidDelegateTokenError) {
      this.fail(error);
      return false;
    }
    if (isDeleted(error)) {
      this.fail(new DelegateDeletedError());
      return false;
    }
    if (error instanceof PlatformRejectedError && error.code === DELEGATE_API_ERRORS.unknownDelegate) {
      try {
        await this.reRegister();
      } catch (registerError) {
        if (registerError instanceof InvalidDelegateTokenError) this.fail(registerError);
        else if (isDeleted(registerError)) this.fail(new DelegateDeletedError());
        return !this.acquiring.signal.aborted;
      }
      return true;
    }
    this.logger.error({ err: error }, what);
    return true;
  }

  private slotOrStop(): Promise<void> {
    const signal = this.acquiring.signal;
    return new Promise((resolve) => {
      const done = () => {
        signal.removeEventListener('abort', done);
        this.slotFreed = undefined;
        resolve();
      };
      this.slotFreed = done;
      signal.addEventListener('abort', done, { once: true });
    });
  }

  private start(task: AcquiredTask): void {
    const log = this.logger.child({ taskId: task.id, type: task.type });
    const run = this.execute(task, log)
      .catch((error: unknown) => {
        if (error instanceof InvalidDelegateTokenError) this.fail(error);
        else if (isDeleted(error)) this.fail(new DelegateDeletedError());
        else if (this.halting.signal.aborted) log.warn('task handed back unreported: the delegate stopped');
        else log.error({ err: error }, 'task handling failed; its lease will lapse');
      })
      .finally(() => {
        this.running.delete(task.id);
        this.slotFreed?.();
      });
    this.running.set(task.id, run);
  }

  private async execute(task: AcquiredTask, log: Logger): Promise<void> {
    const halting = this.halting.signal;
    const askedAt = performance.now();
    const ref = { taskId: task.id, leaseToken: task.leaseToken };
    const start = await this.starts.call(ref, halting);
    if (!start.held) {
      log.warn({ reason: start.reason }, 'task not started: the platform refused it');
      return;
    }
    log.info('task started');

    const leaseLost = new AbortController();
    const finished = new AbortController();
    const keeping = this.keepLease(task, askedAt, leaseLost, finished.signal, log);
    // A child of the request that enqueued the task, when both sides trace.
    const result = await runTaskInTrace(task.trace, task.type, () =>
      runTask(task.payload, {
        signal: AbortSignal.any([leaseLost.signal, halting]),
        outputLimitBytes: this.outputLimitBytes,
        logger: log,
      }),
    );
    finished.abort();
    await keeping;

    if (leaseLost.signal.aborted) {
      log.warn({ reason: String(leaseLost.signal.reason) }, 'task abandoned unreported: its lease is lost');
      return;
    }
    if (halting.aborted) {
      log.warn('task handed back unreported: the delegate stopped before it finished');
      return;
    }
    const answer = await this.reports.call({ ...ref, status: result.status, result: toReportedResult(result) }, halting);
    if (!answer.accepted) log.warn({ status: result.status, reason: answer.reason }, 'the platform refused the report');
    log.info({ status: result.status, durationMs: result.durationMs, accepted: answer.accepted }, 'task finished');
  }

  /**
   * Renews every leaseMs/3. A 409, or no successful renewal before the lease would have run out (measured from when
   * the last successful request was sent, so never later than the platform's clock), means another delegate may get
   * the task: the run is aborted.
   */
  private async keepLease(
    task: AcquiredTask,
    heldFrom: number,
    leaseLost: AbortController,
    finished: AbortSignal,
    log: Logger,
  ): Promise<void> {
    const stop = AbortSignal.any([finished, this.halting.signal]);
    const intervalMs = Math.max(1, Math.floor(task.leaseMs / 3));
    let expiresAt = heldFrom + task.leaseMs;
    while (await pause(intervalMs, stop)) {
      const sentAt = performance.now();
      const remainingMs = Math.max(1, Math.floor(expiresAt - sentAt));
      try {
        const answer = await this.renewals.call({ taskId: task.id, leaseToken: task.leaseToken }, AbortSignal.any([stop, AbortSignal.timeout(remainingMs)]));
        if (!answer.held) {
          leaseLost.abort(`renewal refused: ${answer.reason}`);
          return;
        }
        expiresAt = sentAt + task.leaseMs;
      } catch (error) {
        if (stop.aborted) return;
        if (error instanceof InvalidDelegateTokenError || isDeleted(error)) {
          this.fail(error instanceof InvalidDelegateTokenError ? error : new DelegateDeletedError());
          return;
        }
        if (error instanceof PlatformRejectedError) leaseLost.abort(`renewal refused: ${error.message}`);
        else leaseLost.abort('lease ran out before it could be renewed');
        log.debug({ err: error }, 'renewal failed');
        return;
      }
    }
  }
}

/** Waits unless the signal aborts first; returns whether the wait ran its course. */
async function pause(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

function isDeleted(error: unknown): boolean {
  return error instanceof PlatformRejectedError && error.code === DELEGATE_API_ERRORS.delegateDeleted;
}

import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { ExecutionRepository } from '../execution/execution.repository';
import { ADVANCE_QUEUE, advanceQueuePrefix, isAdvanceJob, type AdvanceJobV1, type AdvanceRequests } from './advance-queue';
import type { EngineLogger, ExecutionEngine } from './execution-engine';

export interface ExecutionWorkerOptions {
  engine: ExecutionEngine;
  executions: ExecutionRepository;
  advance: AdvanceRequests;
  redisUrl: string;
  keyPrefix: string;
  logger: EngineLogger;
  /** Executions advanced at once by this process. */
  concurrency?: number;
}

/**
 * Works the advance queue (in the delegate broker). On start it asks for every unfinished execution to be advanced,
 * so executions that were mid-run when a process died resume where their document says they are.
 */
export class ExecutionWorker {
  private worker: Worker<AdvanceJobV1> | null = null;
  private readonly redis: Redis;

  constructor(private readonly options: ExecutionWorkerOptions) {
    // BullMQ workers need a connection that retries forever.
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    this.redis.on('error', (err: Error) => options.logger.warn({ err }, 'execution worker Redis error'));
  }

  async start(): Promise<void> {
    const { engine, logger } = this.options;
    this.worker = new Worker<AdvanceJobV1>(
      ADVANCE_QUEUE,
      async (job: Job<AdvanceJobV1>) => {
        if (!isAdvanceJob(job.data)) throw new UnrecoverableError(`unknown advance job data ${JSON.stringify(job.data)}`);
        const { accountId, executionId } = job.data;
        try {
          await engine.advance(accountId, executionId);
        } catch (error) {
          // Retried with backoff; after the last attempt the execution ends as ERROR rather than hang in RUNNING.
          if (job.attemptsMade + 1 < (job.opts.attempts ?? 1)) throw error;
          const errorId = randomUUID();
          logger.error({ err: error, errorId, accountId, executionId }, 'an execution could not be advanced; ending it as ERROR');
          await engine.endWithError(accountId, executionId, errorId);
        }
      },
      { connection: this.redis, prefix: advanceQueuePrefix(this.options.keyPrefix), concurrency: this.options.concurrency ?? 8 },
    );
    this.worker.on('failed', (job, err) => logger.error({ err, jobId: job?.id }, 'advancing an execution failed'));
    this.worker.on('error', (err) => logger.warn({ err }, 'execution worker error'));
    await this.resumeUnfinished();
  }

  /** Queues an advance of every unfinished execution (one job each per start-up). */
  async resumeUnfinished(): Promise<number> {
    const boot = randomUUID();
    let after: string | null = null;
    let count = 0;
    for (;;) {
      const batch = await this.options.executions.unfinished(500, after);
      if (batch.length === 0) break;
      for (const execution of batch) await this.options.advance.request(execution.accountId, execution.id, `resume.${boot}`);
      count += batch.length;
      after = batch[batch.length - 1]?.id ?? null;
    }
    if (count > 0) this.options.logger.info({ count }, 'resuming unfinished executions');
    return count;
  }

  async close(): Promise<void> {
    await this.worker?.close();
    this.redis.disconnect();
  }
}

import Redis from 'ioredis';
import { Queue, type JobsOptions } from 'bullmq';

// WIRE CONTRACT: the queue name, the job name and the payload versions are shared by every process that starts or
// advances executions, across releases. Never rename them; a new payload shape is a new version.
export const ADVANCE_QUEUE = 'execution-advance';
export const ADVANCE_JOB = 'advance-execution';

/** "Look at execution X again": the engine reads the document and does whatever is next. */
export interface AdvanceJobV1 {
  version: 1;
  accountId: string;
  executionId: string;
}

export function isAdvanceJob(data: unknown): data is AdvanceJobV1 {
  const job = data as Partial<AdvanceJobV1> | null;
  return !!job && job.version === 1 && typeof job.accountId === 'string' && typeof job.executionId === 'string';
}

/** Asks for executions to be advanced; the engine's workers take the jobs. */
export interface AdvanceRequests {
  /**
   * `reason` makes the job id: requests with the same reason for the same execution are one job while it waits
   * (e.g. the version the execution reached, or the time a WAIT ends), so duplicate wake-ups cost nothing.
   */
  request(accountId: string, executionId: string, reason: string, delayMs?: number): Promise<void>;
}

const JOB_OPTIONS = { attempts: 5, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: true, removeOnFail: 1000 } as const satisfies JobsOptions;

/** BullMQ behind AdvanceRequests; `keyPrefix` isolates installations and test runs sharing a Redis. */
export class ExecutionAdvanceQueue implements AdvanceRequests {
  readonly queue: Queue<AdvanceJobV1>;
  private readonly redis: Redis;

  constructor(redisUrl: string, keyPrefix: string) {
    // Producers fail rather than hang while Redis is away.
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    this.redis.on('error', () => undefined);
    this.queue = new Queue<AdvanceJobV1>(ADVANCE_QUEUE, { connection: this.redis, prefix: advanceQueuePrefix(keyPrefix) });
  }

  async request(accountId: string, executionId: string, reason: string, delayMs = 0): Promise<void> {
    // BullMQ job ids must not contain ':'; ids here are base64url, so '.' separates safely.
    const jobId = `${executionId}.${reason}`.replace(/:/g, '_');
    await this.queue.add(ADVANCE_JOB, { version: 1, accountId, executionId }, { ...JOB_OPTIONS, jobId, delay: Math.max(0, Math.round(delayMs)) });
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }
}

export function advanceQueuePrefix(keyPrefix: string): string {
  return `${keyPrefix}bull`;
}

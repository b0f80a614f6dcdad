import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import {
  TRIGGER_SCHEDULE_QUEUE,
  TRIGGER_TICK_JOB,
  quartzRepeatStrategy,
  scheduleQueuePrefix,
  type TriggerTickV1,
} from './trigger-schedule.contract';

export interface TriggerSchedulesOptions {
  redisUrl: string;
  /** Prepended to every Redis key; '' in production, a unique prefix per test file. */
  keyPrefix: string;
  logger?: { warn(obj: object, msg: string): void };
}

/**
 * The producer side (the pipelines subgraph): one BullMQ job scheduler per ON_SCHEDULE trigger. BullMQ keeps one
 * delayed job per scheduler and creates the next only when a worker takes the current one, with a job id made of the
 * scheduler and the tick's time, so a tick is one job however many workers and producers run.
 */
export class TriggerSchedules {
  private readonly redis: Redis;
  private readonly queue: Queue<TriggerTickV1>;

  constructor(options: TriggerSchedulesOptions) {
    // Producer calls should fail rather than hang while Redis is away.
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 3 });
    this.redis.on('error', (err: Error) => options.logger?.warn({ err }, 'trigger schedule Redis error'));
    this.queue = new Queue<TriggerTickV1>(TRIGGER_SCHEDULE_QUEUE, {
      connection: this.redis,
      prefix: scheduleQueuePrefix(options.keyPrefix),
      settings: { repeatStrategy: quartzRepeatStrategy },
    });
  }

  /** Creates or replaces the schedule of a trigger (idempotent: the scheduler's id is the trigger's). */
  async upsert(accountId: string, triggerId: string, cronExpression: string): Promise<void> {
    try {
      await this.upsertOnce(accountId, triggerId, cronExpression);
    } catch (error) {
      if (!isIterationCollision(error)) throw error;
      // Another process upserted the same scheduler first, so the job of the next tick exists already: with the same
      // pattern that is the schedule wanted; with another (a racing update), start the scheduler over.
      if ((await this.scheduleOf(triggerId))?.pattern === cronExpression) return;
      await this.queue.removeJobScheduler(triggerId);
      await this.upsertOnce(accountId, triggerId, cronExpression);
    }
  }

  private async upsertOnce(accountId: string, triggerId: string, cronExpression: string): Promise<void> {
    const data: TriggerTickV1 = { version: 1, accountId, triggerId };
    await this.queue.upsertJobScheduler(
      triggerId,
      { pattern: cronExpression },
      { name: TRIGGER_TICK_JOB, data, opts: { attempts: 3, backoff: { type: 'exponential', delay: 1_000 }, removeOnComplete: 100, removeOnFail: 100 } },
    );
  }

  async remove(triggerId: string): Promise<void> {
    await this.queue.removeJobScheduler(triggerId);
  }

  /** A trigger's schedule as BullMQ holds it: its Quartz pattern and next tick (epoch ms); null when it has none. */
  async scheduleOf(triggerId: string): Promise<{ pattern: string; next: number | null } | null> {
    const scheduler = await this.queue.getJobScheduler(triggerId);
    return scheduler?.pattern ? { pattern: scheduler.pattern, next: scheduler.next ?? null } : null;
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.redis.disconnect();
  }
}

/** BullMQ's SchedulerJobIdCollision (error code -10) reaches us only as this message. */
function isIterationCollision(error: unknown): boolean {
  return error instanceof Error && error.message.includes('job ID already exists');
}

/** One tick of one trigger: `tickAt` is the scheduled time, the same in whichever process runs it. */
export interface TriggerTick extends TriggerTickV1 {
  tickAt: number;
  /** Unique per (trigger, tick): the firing's delivery id. */
  tickId: string;
}

/**
 * The consumer side (the delegate broker): runs the ticks. Any number of processes may run one; each tick reaches one
 * of them. A handler that throws lets BullMQ retry the tick (the firing's delivery id keeps it single).
 */
export class TriggerScheduleWorker {
  private readonly redis: Redis;
  private readonly worker: Worker<TriggerTickV1>;

  constructor(options: TriggerSchedulesOptions & { concurrency?: number }, handle: (tick: TriggerTick) => Promise<void>) {
    // BullMQ workers need a connection that retries forever.
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    this.redis.on('error', (err: Error) => options.logger?.warn({ err }, 'trigger schedule worker Redis error'));
    this.worker = new Worker<TriggerTickV1>(
      TRIGGER_SCHEDULE_QUEUE,
      async (job: Job<TriggerTickV1>) => {
        if (job.data.version !== 1) throw new Error(`Unknown trigger tick version ${String(job.data.version)}`);
        const tickAt = Number(job.opts.prevMillis ?? job.timestamp);
        await handle({ ...job.data, tickAt, tickId: `tick:${tickAt}` });
      },
      {
        connection: this.redis,
        prefix: scheduleQueuePrefix(options.keyPrefix),
        concurrency: options.concurrency ?? 4,
        settings: { repeatStrategy: quartzRepeatStrategy },
      },
    );
    this.worker.on('error', (err: Error) => options.logger?.warn({ err }, 'trigger schedule worker error'));
  }

  async close(): Promise<void> {
    await this.worker.close();
    this.redis.disconnect();
  }
}

// WIRE CONTRACT: the queue, job name and payload are read by every running release of the pipelines subgraph
// (producer) and the delegate broker (consumer). NEVER rename them; change the payload by adding a version.
import type { RepeatStrategy } from 'bullmq';
import { nextFireTime, parseQuartzCron } from '../cron/quartz-cron';

/** BullMQ queue of trigger schedules: one job scheduler per ON_SCHEDULE trigger, id = the trigger's id. */
export const TRIGGER_SCHEDULE_QUEUE = 'trigger-schedules';
/** The name of the job each tick creates. */
export const TRIGGER_TICK_JOB = 'trigger-tick';
/** Under the deployment's key prefix, apart from delegate task queues. */
export const TRIGGER_SCHEDULE_PREFIX = 'trigger-schedules';

export interface TriggerTickV1 {
  version: 1;
  accountId: string;
  triggerId: string;
}

export const scheduleQueuePrefix = (keyPrefix: string) => `${keyPrefix}${TRIGGER_SCHEDULE_PREFIX}`;

/**
 * BullMQ computes each next tick with this, from the pattern stored in the scheduler (the Quartz expression): the
 * producer on upsert and the worker after each tick must both use it, so both construct the queue with it.
 */
export const quartzRepeatStrategy: RepeatStrategy = (millis, options) => {
  if (!options.pattern) return undefined;
  return nextFireTime(parseQuartzCron(options.pattern), millis) ?? undefined;
};

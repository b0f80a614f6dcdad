// Delegate tasks: queued in BullMQ (one queue per account and selector set), state in MongoDB (a definition, a lease
// and an outcome per task). Per platform process:
//   const tasks = new TaskQueue({ connection, redisUrl, limiter, limits });   // limiter/limits from @fg/rate-limits
//   const delegates = new DelegateRegistry(connection, { connectedWindowMs: 60_000 });
//   await ensureIndexes(connection);                                          // from @fg/tenancy, at start-up
//   setInterval(() => tasks.expireOverdue(), 5_000);                           // the expiry sweep
//   ... tasks.close() on shutdown.
export { TaskQueue, expiryReason } from './task-queue';
export type {
  TaskQueueOptions,
  TaskQueueLogger,
  AcquiredTask,
  AcquireResult,
  ReportOutcome,
  ReportRefusal,
  LeaseOutcome,
  TaskReport,
  BatchedTaskReport,
  BatchedReportOutcome,
} from './task-queue';
export { DelegateRegistry, type DelegateRegistryOptions } from './delegate-registry';
export { DelegateTaskError, type DelegateTaskErrorCode } from './delegate-task.error';
export {
  QUEUE_PREFIX,
  JOB_NAME,
  SELECTOR_SETS_PREFIX,
  EXPIRY_SCHEDULE_KEY,
  type DelegateTaskJobData,
  type DelegateTaskJobDataV1,
  type DelegateTaskJobDataV2,
} from './delegate-task.contract';
export {
  TASK_TYPES,
  TASK_STATUSES,
  type TaskType,
  type TaskStatus,
  type TaskPayload,
  type ShellScriptPayloadV1,
  type HttpPayloadV1,
  type NoopPayloadV1,
  type TaskResult,
  type DelegateTask,
  type EnqueueTaskInput,
} from './task.entity';
export type { Delegate, DelegateStatus, RegisterDelegateInput } from './delegate.entity';
export { DelegateTokenRepository, type DelegateToken } from './delegate-token.repository';

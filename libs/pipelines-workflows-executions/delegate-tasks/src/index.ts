// Delegate tasks: one document per task in MongoDB, delivered through BullMQ (one queue per account and selector
// set). Per process that serves delegates (the delegate broker):
//   const tasks = new TaskQueue({ connection, redisUrl, limiter, limits });   // limiter/limits from @fg/rate-limits
//   const delegates = new DelegateRegistry(connection, { connectedWindowMs: 60_000 });
//   await ensureIndexes(connection);                                          // from @fg/tenancy, at start-up
//   every few seconds: tasks.expireOverdue() and tasks.recoverLapsedLeases()
//   ... tasks.close() on shutdown.
export { TaskQueue, expiryReason } from './task-queue';
export type { TaskQueueOptions, TaskQueueLogger, TaskQueueMetrics, AcquiredTask, AcquireResult, TaskReport, LimitBlock } from './task-queue';
export { secretReferencesIn, withSecretValues, maskedResult, type TaskSecretResolver, type SecretResolution } from './task-secrets';
export { SecretValuesClient, type SecretValuesClientOptions } from './secret-values.client';
export { DelegateRegistry, DELEGATE_NOT_FOUND, type DelegateRegistryOptions, type DelegateApproval } from './delegate-registry';
export type { DelegateScope, NewDelegateScope } from './delegate-scope';
export { DelegateTaskError, type DelegateTaskErrorCode } from './delegate-task.error';
export { TaskScheduling, explainQueuedTask, WAIT_REASONS, type WaitReason, type WaitExplanation } from './task-scheduling';
export {
  TASK_TYPES,
  TASK_STATUSES,
  type TaskType,
  type TaskStatus,
  type TaskPayload,
  type HttpMethod,
  type TaskResult,
  type TaskContext,
  type DelegateTask,
  type EndedTask,
  type EnqueueTaskInput,
} from './task.entity';
export {
  DELEGATE_STATUSES,
  DELEGATE_TYPES,
  type Delegate,
  type DelegateStatus,
  type DelegateType,
  type DelegateWithLiveness,
  type RegisterDelegateInput,
} from './delegate.entity';
export { DelegateTokenRepository, type DelegateToken } from './delegate-token.repository';

export { runTask } from './run-task';
export {
  HTTP_METHODS,
  parseTaskPayload,
  type HttpMethod,
  type HttpPayloadV1,
  type NoopPayloadV1,
  type ParsedTaskPayload,
  type ShellScriptPayloadV1,
  type TaskPayload,
} from './task-payload';
export {
  DEFAULT_HTTP_TIMEOUT_MS,
  DEFAULT_KILL_GRACE_MS,
  DEFAULT_OUTPUT_LIMIT_BYTES,
  type RunTaskOptions,
  type TaskOutcomeStatus,
  type TaskResult,
  type TaskRunnerLogger,
} from './task-result';

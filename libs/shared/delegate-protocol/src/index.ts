export {
  HTTP_METHODS,
  TASK_TYPES,
  TASK_PAYLOAD_SCHEMAS,
  parseTaskPayload,
  type HttpMethod,
  type TaskType,
  type ShellScriptPayloadV1,
  type HttpPayloadV1,
  type NoopPayloadV1,
  type TaskPayload,
  type ParsedTaskPayload,
} from './task-payload';
export * from './delegate-api';

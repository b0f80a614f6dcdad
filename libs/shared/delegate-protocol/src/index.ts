export {
  HTTP_METHODS,
  type HttpMethod,
  type ShellScriptPayloadV1,
  type HttpPayloadV1,
  type NoopPayloadV1,
  type TaskPayload,
} from './task-payload';

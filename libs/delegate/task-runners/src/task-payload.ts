// The payload shapes and their check are the shared wire contract (@fg/delegate-protocol): the delegate runs exactly
// what the platform accepts at enqueue.
export {
  HTTP_METHODS,
  parseTaskPayload,
  type HttpMethod,
  type HttpPayloadV1,
  type HttpPayloadV2,
  type NoopPayloadV1,
  type ParsedTaskPayload,
  type ShellScriptPayloadV1,
  type TaskPayload,
} from '@fg/delegate-protocol';

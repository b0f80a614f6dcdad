// The task payloads the platform stores and delegates run: a wire contract between two programs released apart.
// Payloads are stored and sent to delegates of older releases, so a change of shape is a new version, never an edit.
// (Types only: each side validates what it receives in its own code.)

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ShellScriptPayloadV1 {
  version: 1;
  type: 'SHELL_SCRIPT';
  script: string;
  timeoutMs: number;
}

export interface HttpPayloadV1 {
  version: 1;
  type: 'HTTP';
  url: string;
  method: HttpMethod;
  expectedStatus: number;
}

export interface NoopPayloadV1 {
  version: 1;
  type: 'NOOP';
  waitMs: number;
}

export type TaskPayload = ShellScriptPayloadV1 | HttpPayloadV1 | NoopPayloadV1;

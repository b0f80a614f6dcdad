import { z } from 'zod';

// The task payloads the platform stores and delegates run: a wire contract between two programs released apart.
// Payloads are stored and sent to delegates of older releases, so a change of shape is a new version, never an edit.

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const TASK_TYPES = ['SHELL_SCRIPT', 'HTTP', 'NOOP'] as const;
export type TaskType = (typeof TASK_TYPES)[number];

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

/** An HTTP header as a task sends it. */
export interface HttpHeader {
  name: string;
  value: string;
}

/** Version 2 adds request headers and a body; a task without them is still sent as version 1, for older delegates. */
export interface HttpPayloadV2 {
  version: 2;
  type: 'HTTP';
  url: string;
  method: HttpMethod;
  headers: HttpHeader[];
  /** Sent as is (UTF-8); null sends none. */
  body: string | null;
  expectedStatus: number;
}

export interface NoopPayloadV1 {
  version: 1;
  type: 'NOOP';
  waitMs: number;
}

export type TaskPayload = ShellScriptPayloadV1 | HttpPayloadV1 | HttpPayloadV2 | NoopPayloadV1;

const DAY_MS = 86_400_000;
export const MAX_HTTP_HEADERS = 50;
export const MAX_HTTP_BODY_LENGTH = 1_000_000;

const httpUrl = z
  .string()
  .url()
  .refine((url) => /^https?:$/.test(new URL(url).protocol), 'only http and https URLs are supported');
// RFC 9110 field names are tokens; a value may not break the header block (no CR, LF or NUL).
const httpHeader = z
  .object({
    name: z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}$/, 'a header name is an HTTP token'),
    value: z.string().max(8192).refine((value) => !/[\r\n\0]/.test(value), 'a header value may not contain CR, LF or NUL'),
  })
  .strict();

/**
 * Every payload version, by type. The platform accepts only these at enqueue and a delegate runs only these, so what
 * one side accepts the other runs (an HTTP task's URL is http or https on both sides).
 */
export const TASK_PAYLOAD_SCHEMAS: Record<TaskType, Record<number, z.ZodType<TaskPayload>>> = {
  SHELL_SCRIPT: {
    1: z
      .object({ version: z.literal(1), type: z.literal('SHELL_SCRIPT'), script: z.string().min(1), timeoutMs: z.number().int().min(1).max(DAY_MS) })
      .strict(),
  },
  HTTP: {
    1: z
      .object({
        version: z.literal(1),
        type: z.literal('HTTP'),
        url: httpUrl,
        method: z.enum(HTTP_METHODS),
        expectedStatus: z.number().int().min(100).max(599),
      })
      .strict(),
    2: z
      .object({
        version: z.literal(2),
        type: z.literal('HTTP'),
        url: httpUrl,
        method: z.enum(HTTP_METHODS),
        headers: z.array(httpHeader).max(MAX_HTTP_HEADERS),
        body: z.string().max(MAX_HTTP_BODY_LENGTH).nullable(),
        expectedStatus: z.number().int().min(100).max(599),
      })
      .strict()
      .refine((payload) => payload.body === null || !['GET', 'HEAD'].includes(payload.method), 'a GET or HEAD request has no body'),
  },
  NOOP: {
    1: z.object({ version: z.literal(1), type: z.literal('NOOP'), waitMs: z.number().int().min(0).max(DAY_MS) }).strict(),
  },
};

export type ParsedTaskPayload = { ok: true; payload: TaskPayload } | { ok: false; error: string };

/** Checks a payload against its type's and version's schema; a newer release may send types or versions this one predates. */
export function parseTaskPayload(value: unknown): ParsedTaskPayload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'invalid task payload: not an object' };
  }
  const { type, version } = value as { type?: unknown; version?: unknown };
  const versions = typeof type === 'string' && Object.hasOwn(TASK_PAYLOAD_SCHEMAS, type) ? TASK_PAYLOAD_SCHEMAS[type as TaskType] : undefined;
  if (!versions) return { ok: false, error: `unsupported task type ${JSON.stringify(type) ?? 'undefined'}` };
  const schema = typeof version === 'number' && Object.hasOwn(versions, version) ? versions[version] : undefined;
  if (!schema) {
    const known = Object.keys(versions).join(', ');
    return { ok: false, error: `unsupported ${type} payload version ${JSON.stringify(version) ?? 'undefined'} (supported: ${known})` };
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, payload: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`);
  return { ok: false, error: `invalid ${type} payload: ${problems.join('; ')}` };
}

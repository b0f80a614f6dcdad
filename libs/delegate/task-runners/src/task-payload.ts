import { z } from 'zod';
import { HTTP_METHODS, type TaskPayload } from '@fg/delegate-protocol';

// The payload shapes are the shared wire contract (@fg/delegate-protocol); this file is the delegate's own check of what
// it receives: it must keep accepting the versions it was built for however the platform evolves.

export {
  HTTP_METHODS,
  type HttpMethod,
  type HttpPayloadV1,
  type NoopPayloadV1,
  type ShellScriptPayloadV1,
  type TaskPayload,
} from '@fg/delegate-protocol';

const DAY_MS = 86_400_000;

// Bounds match the platform's enqueue validation, so anything it accepted runs here; a payload outside them was not
// produced by the platform and is refused rather than guessed at.
const SCHEMAS: Record<TaskPayload['type'], Record<number, z.ZodType<TaskPayload>>> = {
  SHELL_SCRIPT: {
    1: z.object({
      version: z.literal(1),
      type: z.literal('SHELL_SCRIPT'),
      script: z.string().min(1),
      timeoutMs: z.number().int().min(1).max(DAY_MS),
    }),
  },
  HTTP: {
    1: z.object({
      version: z.literal(1),
      type: z.literal('HTTP'),
      url: z
        .string()
        .url()
        .refine((url) => /^https?:$/.test(new URL(url).protocol), 'only http and https URLs are supported'),
      method: z.enum(HTTP_METHODS),
      expectedStatus: z.number().int().min(100).max(599),
    }),
  },
  NOOP: {
    1: z.object({ version: z.literal(1), type: z.literal('NOOP'), waitMs: z.number().int().min(0).max(DAY_MS) }),
  },
};

export type ParsedTaskPayload = { ok: true; payload: TaskPayload } | { ok: false; error: string };

/** Checks a payload received from the platform; a newer release may send types or versions this delegate predates. */
export function parseTaskPayload(value: unknown): ParsedTaskPayload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'invalid task payload: not an object' };
  }
  const { type, version } = value as { type?: unknown; version?: unknown };
  const versions = typeof type === 'string' && Object.hasOwn(SCHEMAS, type) ? SCHEMAS[type as TaskPayload['type']] : undefined;
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

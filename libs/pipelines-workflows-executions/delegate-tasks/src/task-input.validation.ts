import { z } from 'zod';
import { DelegateTaskError } from './delegate-task.error';
import { HTTP_METHODS, TASK_TYPES, type EnqueueTaskInput, type TaskResult } from './task.entity';

// Tags and account ids become parts of Redis keys: ',' joins a selector set and ':' separates key parts.
const TAG = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,62}$/;
const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY_MS = 86_400_000;

const tag = z.string().regex(TAG, 'tags are 1-63 letters, digits, "_", ".", "/" or "-", starting with a letter or digit');
const durationMs = (max: number) => z.number().int().min(1).max(max);

const payload = z.discriminatedUnion('type', [
  z.object({ version: z.literal(1), type: z.literal('SHELL_SCRIPT'), script: z.string().min(1), timeoutMs: durationMs(DAY_MS) }).strict(),
  z
    .object({
      version: z.literal(1),
      type: z.literal('HTTP'),
      url: z.string().url(),
      method: z.enum(HTTP_METHODS),
      expectedStatus: z.number().int().min(100).max(599),
    })
    .strict(),
  z.object({ version: z.literal(1), type: z.literal('NOOP'), waitMs: z.number().int().min(0).max(DAY_MS) }).strict(),
]);

const enqueueInput = z
  .object({
    type: z.enum(TASK_TYPES),
    payload,
    selectors: z.array(tag).max(32).default([]),
    timeoutMs: durationMs(7 * DAY_MS),
    leaseMs: durationMs(DAY_MS),
  })
  .strict()
  .refine((input) => input.payload.type === input.type, { message: 'payload.type must equal type', path: ['payload', 'type'] });

const taskResult = z
  .object({
    exitCode: z.number().int().optional(),
    output: z.string().max(1_000_000).optional(),
    httpStatus: z.number().int().min(100).max(599).optional(),
    error: z.string().max(10_000).optional(),
  })
  .strict();

function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || what}: ${issue.message}`);
  throw new DelegateTaskError('INVALID_INPUT', `invalid ${what}: ${problems.join('; ')}`);
}

export type ValidEnqueueInput = Required<EnqueueTaskInput>;

export function validateEnqueueInput(input: unknown): ValidEnqueueInput {
  const valid = parse(enqueueInput, input, 'task');
  return { ...valid, selectors: [...new Set(valid.selectors)].sort() };
}

export function validateTaskResult(result: unknown): TaskResult {
  return parse(taskResult, result ?? {}, 'result');
}

export function validateAccountId(accountId: string): string {
  if (!ACCOUNT_ID.test(accountId)) throw new DelegateTaskError('INVALID_INPUT', `invalid account id "${accountId}"`);
  return accountId;
}

export function validateTags(tags: readonly string[]): string[] {
  return parse(z.array(tag).max(256), tags, 'tags');
}

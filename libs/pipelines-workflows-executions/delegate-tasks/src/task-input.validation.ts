import { z } from 'zod';
import { parseTaskPayload, tagSchema, taskResultSchema, type TaskResult } from '@fg/delegate-protocol';
import { DelegateTaskError } from './delegate-task.error';
import { TASK_TYPES, type EnqueueTaskInput } from './task.entity';

// Account ids become parts of Redis keys: ':' separates key parts.
const ACCOUNT_ID = /^[A-Za-z0-9_-]{1,64}$/;
const DAY_MS = 86_400_000;

const durationMs = (max: number) => z.number().int().min(1).max(max);

const enqueueInput = z
  .object({
    type: z.enum(TASK_TYPES),
    payload: z.unknown(),
    selectors: z.array(tagSchema).max(32).default([]),
    timeoutMs: durationMs(7 * DAY_MS),
    leaseMs: durationMs(DAY_MS),
    context: z
      .object({
        applicationId: z.string().min(1).max(64).nullable().default(null),
        environmentId: z.string().min(1).max(64).nullable().default(null),
        environmentType: z.enum(['PROD', 'NON_PROD']).nullable().default(null),
        executionId: z.string().min(1).max(64).nullable().default(null),
        stepId: z.string().min(1).max(256).nullable().default(null),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();

function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || what}: ${issue.message}`);
  throw new DelegateTaskError('INVALID_INPUT', `invalid ${what}: ${problems.join('; ')}`);
}

export type ValidEnqueueInput = Required<EnqueueTaskInput>;

/** The task as the platform stores it; its payload must be one a delegate runs (the protocol's own schemas). */
export function validateEnqueueInput(input: unknown): ValidEnqueueInput {
  const valid = parse(enqueueInput, input, 'task');
  const payload = parseTaskPayload(valid.payload);
  if (!payload.ok) throw new DelegateTaskError('INVALID_INPUT', `invalid task: payload: ${payload.error}`);
  if (payload.payload.type !== valid.type) throw new DelegateTaskError('INVALID_INPUT', 'invalid task: payload.type: must equal type');
  return { ...valid, payload: payload.payload, selectors: [...new Set(valid.selectors)].sort() };
}

export function validateAccountId(accountId: string): string {
  if (!ACCOUNT_ID.test(accountId)) throw new DelegateTaskError('INVALID_INPUT', `invalid account id "${accountId}"`);
  return accountId;
}

export function validateTags(tags: readonly string[]): string[] {
  return parse(z.array(tagSchema).max(256), tags, 'tags');
}

export function validateTaskResult(result: unknown): TaskResult {
  return parse(taskResultSchema, result ?? {}, 'result');
}

import { hostname } from 'node:os';
import { logLevelVar, parseEnvironmentOrExit } from '@fg/config';
import { z } from 'zod';

// Same rule as the platform's registry: tags become parts of its queue keys.
const TAG = /^[A-Za-z0-9][A-Za-z0-9_./-]{0,62}$/;

const positiveMs = (defaultMs: number) => z.coerce.number().int().min(1).max(86_400_000).default(defaultMs);

export const delegateEnvironmentSchema = z.object({
  DELEGATE_TOKEN: z
    .string({ required_error: 'is required: the delegate token issued by the platform for this account' })
    .min(1, 'is required: the delegate token issued by the platform for this account'),
  PLATFORM_URL: z
    .string()
    .url()
    .refine((url) => /^https?:$/.test(new URL(url).protocol), 'must be an http:// or https:// URL')
    .default('http://127.0.0.1:4000'),
  DELEGATE_NAME: z.string().min(1).max(256).default(hostname()),
  DELEGATE_TAGS: z
    .string()
    .default('')
    .transform((value) => [...new Set(value.split(',').map((tag) => tag.trim()).filter((tag) => tag.length > 0))])
    .pipe(z.array(z.string().regex(TAG, 'tags are 1-63 letters, digits, "_", ".", "/" or "-", starting with a letter or digit'))),
  DELEGATE_MAX_CONCURRENT_TASKS: z.coerce.number().int().min(1).max(1000).default(4),
  DELEGATE_POLL_INTERVAL_MS: positiveMs(1_000),
  DELEGATE_HEARTBEAT_INTERVAL_MS: positiveMs(10_000),
  DELEGATE_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  LOG_LEVEL: logLevelVar,
});

export type DelegateEnvironment = z.infer<typeof delegateEnvironmentSchema>;

export const loadEnvironment = (env: NodeJS.ProcessEnv = process.env): DelegateEnvironment => parseEnvironmentOrExit(delegateEnvironmentSchema, env);

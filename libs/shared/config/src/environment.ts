import { z } from 'zod';

export class EnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvironmentError';
  }
}

/** Parses the environment once; every problem is reported together so a user fixes them in one go. */
export function parseEnvironment<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`);
  throw new EnvironmentError(problems);
}

/**
 * Runs every loader of a process's configuration and reports the problems of all of them together, so a process that
 * reads several groups of variables (its own, the limits, Redis…) still prints everything wrong at once.
 */
export function loadEnvironments<T extends Record<string, () => unknown>>(loaders: T): { [K in keyof T]: ReturnType<T[K]> } {
  const problems: string[] = [];
  const loaded: Record<string, unknown> = {};
  for (const [name, load] of Object.entries(loaders)) {
    try {
      loaded[name] = load();
    } catch (error) {
      if (!(error instanceof EnvironmentError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new EnvironmentError(problems);
  return loaded as { [K in keyof T]: ReturnType<T[K]> };
}

/** For an app's main: prints the problems and exits non-zero instead of starting half-configured. */
export function parseEnvironmentOrExit<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  return exitOnEnvironmentError(() => parseEnvironment(schema, env));
}

/** Runs a configuration loader; an EnvironmentError is printed and ends the process. */
export function exitOnEnvironmentError<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof EnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export const portVar = (defaultPort: number) => z.coerce.number().int().min(0).max(65535).default(defaultPort);

export const mongoUrlVar = z
  .string()
  .regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// URL')
  .default('mongodb://127.0.0.1:27017/');

/**
 * MONGO_BUILD_INDEXES: whether a process builds the indexes its repositories declare when it starts (the default).
 * Off, it builds none and warns about the ones missing: for stores whose indexes are built out of band (large
 * collections are indexed during a maintenance window, as mongoose's docs advise for production, not by a rolling
 * restart) and for stores that refuse some index options. The unique indexes among them are part of the platform's
 * correctness: whoever turns this off builds them.
 */
export const buildIndexesVar = z
  .enum(['true', 'false'], { errorMap: () => ({ message: 'must be true or false' }) })
  .default('true')
  .transform((value) => value === 'true');

export const redisUrlVar = z
  .string()
  .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
  .default('redis://127.0.0.1:6379');

/** Prepended to every Redis key, so several installations (or test runs) can share one Redis. */
export const redisKeyPrefixVar = z.string().regex(/^[\w:.-]{0,64}$/, 'letters, digits, _ : . - only').default('fg:');

export const signingSecretVar = z
  .string({ required_error: 'is required: the secret the gateway signs identity headers with (32+ characters)' })
  .min(32, 'must be at least 32 characters');

/**
 * PUBLIC_BASE_URL: where users reach the gateway, without a trailing slash. Links the platform hands out start with it
 * (webhook URLs, export links).
 */
export const publicBaseUrlVar = z
  .string()
  .url()
  .default('http://127.0.0.1:4000')
  .transform((url) => url.replace(/\/+$/, ''));

export const logLevelVar = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');

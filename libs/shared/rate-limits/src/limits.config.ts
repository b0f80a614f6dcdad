import { z } from 'zod';
import { parseEnvironment } from '@fg/config';

type Window = 'rate' | 'quota';
type Scope = 'account' | 'pod';

/**
 * The named limits. `env` names are part of the deployment contract: never rename them. Rate limits count over
 * LIMIT_RATE_WINDOW_SECONDS (a minute), quotas over LIMIT_QUOTA_WINDOW_SECONDS (a day); both windows are
 * configurable so that tests need not wait for real minutes.
 */
export const LIMITS = {
  graphqlPerMin: { env: 'LIMIT_GRAPHQL_PER_MIN', default: 30, window: 'rate', scope: 'account' },
  dashboardPaidPerMin: { env: 'LIMIT_DASHBOARD_PAID_PER_MIN', default: 30, window: 'rate', scope: 'account' },
  /** Community and Essentials editions. */
  dashboardCommunityPerMin: { env: 'LIMIT_DASHBOARD_COMMUNITY_PER_MIN', default: 5, window: 'rate', scope: 'account' },
  /** With a block of LIMIT_EDGE_BLOCK_SECONDS once exceeded (RateLimiter.consumeWithBlock). */
  edgePerMin: { env: 'LIMIT_EDGE_PER_MIN', default: 500, window: 'rate', scope: 'account' },
  loginsPerMinPerPod: { env: 'LIMIT_LOGINS_PER_MIN_PER_POD', default: 300, window: 'rate', scope: 'pod' },
  deploymentsPer24h: { env: 'LIMIT_DEPLOYMENTS_PER_24H', default: 100, window: 'quota', scope: 'account' },
  exportsPer24h: { env: 'LIMIT_EXPORTS_PER_24H', default: 25, window: 'quota', scope: 'account' },
  delegateTasksPerMinPerAccount: {
    env: 'LIMIT_DELEGATE_TASKS_PER_MIN_PER_ACCOUNT',
    default: 200,
    window: 'rate',
    scope: 'account',
  },
  delegateTasksPerMinPerPod: {
    env: 'LIMIT_DELEGATE_TASKS_PER_MIN_PER_POD',
    default: 10_000,
    window: 'rate',
    scope: 'pod',
  },
} as const satisfies Record<string, { env: string; default: number; window: Window; scope: Scope }>;

export type LimitName = keyof typeof LIMITS;
export type AccountLimitName = { [N in LimitName]: (typeof LIMITS)[N]['scope'] extends 'account' ? N : never }[LimitName];

export const LIMIT_WINDOW_VARS = {
  rate: { env: 'LIMIT_RATE_WINDOW_SECONDS', defaultSeconds: 60 },
  quota: { env: 'LIMIT_QUOTA_WINDOW_SECONDS', defaultSeconds: 86_400 },
  edgeBlock: { env: 'LIMIT_EDGE_BLOCK_SECONDS', defaultSeconds: 60 },
} as const;

export const ACCOUNT_OVERRIDES_VAR = 'LIMIT_ACCOUNT_OVERRIDES';

export interface LimitsConfig {
  rateWindowMs: number;
  quotaWindowMs: number;
  edgeBlockMs: number;
  /** The limit for an account: its override if LIMIT_ACCOUNT_OVERRIDES has one, else the configured value. */
  limitFor(name: LimitName, accountId?: string): number;
  /** The window a limit counts over, in ms. */
  windowFor(name: LimitName): number;
}

const LIMIT_NAMES = Object.keys(LIMITS) as LimitName[];
const ACCOUNT_LIMIT_NAMES = LIMIT_NAMES.filter((name) => LIMITS[name].scope === 'account') as AccountLimitName[];

const positiveInt = (fallback: number) =>
  z.coerce
    .number({ invalid_type_error: 'must be a whole number' })
    .int('must be a whole number')
    .positive('must be at least 1')
    .default(fallback);

const overrideValue = z.number().int('must be a whole number').positive('must be at least 1').optional();

function unknownLimitsMessage(names: string[]): string {
  const perPod = names.filter((name) => LIMIT_NAMES.includes(name as LimitName));
  const reason =
    perPod.length === 0 ? 'unknown' : `${perPod.join(', ')} ${perPod.length > 1 ? 'are' : 'is'} per pod, not per account`;
  return `unknown limit name(s) ${names.join(', ')} (${reason}); known: ${ACCOUNT_LIMIT_NAMES.join(', ')}`;
}

const overrideShape = Object.fromEntries(ACCOUNT_LIMIT_NAMES.map((name) => [name, overrideValue])) as Record<
  AccountLimitName,
  typeof overrideValue
>;

const accountOverrides = z.record(
  z.string().min(1, 'account ids must not be empty'),
  z
    .object(overrideShape, {
      errorMap: (issue, ctx) => ({
        message: issue.code === z.ZodIssueCode.unrecognized_keys ? unknownLimitsMessage(issue.keys) : ctx.defaultError,
      }),
    })
    .strict(),
);

const OVERRIDES_EXAMPLE = '{"<accountId>": {"graphqlPerMin": 100}}';

const overridesVar = z
  .string()
  .optional()
  .transform((text, ctx) => {
    if (text === undefined || text.trim() === '') return {};
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const message = `must be JSON, like ${OVERRIDES_EXAMPLE} (${(error as Error).message})`;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message });
      return z.NEVER;
    }
  })
  .pipe(accountOverrides);

const schema = z.object({
  ...(Object.fromEntries(LIMIT_NAMES.map((name) => [LIMITS[name].env, positiveInt(LIMITS[name].default)])) as Record<
    (typeof LIMITS)[LimitName]['env'],
    ReturnType<typeof positiveInt>
  >),
  [LIMIT_WINDOW_VARS.rate.env]: positiveInt(LIMIT_WINDOW_VARS.rate.defaultSeconds),
  [LIMIT_WINDOW_VARS.quota.env]: positiveInt(LIMIT_WINDOW_VARS.quota.defaultSeconds),
  [LIMIT_WINDOW_VARS.edgeBlock.env]: positiveInt(LIMIT_WINDOW_VARS.edgeBlock.defaultSeconds),
  [ACCOUNT_OVERRIDES_VAR]: overridesVar,
});

/** Reads the LIMIT_* variables; throws EnvironmentError (from @fg/config) naming every bad variable at once. */
export function loadLimitsConfig(env: NodeJS.ProcessEnv): LimitsConfig {
  const parsed = parseEnvironment(schema, env);
  const limits = new Map(LIMIT_NAMES.map((name) => [name, parsed[LIMITS[name].env]]));
  // A Map, so that an account id such as "constructor" cannot reach Object.prototype.
  const overrides = new Map<string, Partial<Record<LimitName, number>>>(Object.entries(parsed[ACCOUNT_OVERRIDES_VAR]));
  const limitFor = (name: LimitName, accountId?: string): number =>
    (accountId === undefined ? undefined : overrides.get(accountId)?.[name]) ?? (limits.get(name) as number);
  const windows: Record<Window, number> = {
    rate: parsed[LIMIT_WINDOW_VARS.rate.env] * 1000,
    quota: parsed[LIMIT_WINDOW_VARS.quota.env] * 1000,
  };
  return {
    rateWindowMs: windows.rate,
    quotaWindowMs: windows.quota,
    edgeBlockMs: parsed[LIMIT_WINDOW_VARS.edgeBlock.env] * 1000,
    limitFor,
    windowFor: (name) => windows[LIMITS[name].window],
  };
}

/** Community and Essentials accounts share the smaller custom-dashboard limit. */
export function dashboardLimitName(edition: 'PAID' | 'ESSENTIALS' | 'COMMUNITY'): AccountLimitName {
  return edition === 'PAID' ? 'dashboardPaidPerMin' : 'dashboardCommunityPerMin';
}

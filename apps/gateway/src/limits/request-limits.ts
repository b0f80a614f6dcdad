import { dashboardLimitName, type LimitDecision, type LimitsConfig, type RateLimiter } from '@fg/rate-limits';
import type { Caller } from '../auth/authenticator';

/** A request is custom-dashboard traffic when it carries this header with the value `true`. */
export const DASHBOARD_HEADER = 'x-dashboard-request';

// Key names are shared by every gateway pod through Redis: never rename them.
const edgeKey = (accountId: string) => `edge:${accountId}`;
const graphqlKey = (accountId: string) => `graphql:${accountId}`;
const dashboardKey = (accountId: string) => `dashboard:${accountId}`;

export interface GraphQLLimitDecision extends LimitDecision {
  kind: 'graphql' | 'dashboard';
}

/** A GraphQL request's two checks: the edge limit, and (only when the edge allowed it) the GraphQL or dashboard limit. */
export interface EdgeAndGraphQLDecision {
  edge: LimitDecision;
  graphql: GraphQLLimitDecision | null;
}

/** The gateway's request-rate limits, all per account and exact across every gateway pod. */
export class RequestLimits {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: LimitsConfig,
  ) {}

  /** Every request of the account, whatever the endpoint; once over, the account is blocked for the block time. */
  edge(accountId: string, cost: number): Promise<LimitDecision> {
    const limit = this.config.limitFor('edgePerMin', accountId);
    return this.limiter.consumeWithBlock(edgeKey(accountId), limit, this.config.rateWindowMs, this.config.edgeBlockMs, cost);
  }

  /**
   * A GraphQL request counts at the edge and then, if the edge let it through, against GraphQL operations: one budget
   * for the API, another (by edition) for custom-dashboard traffic. Both checks are one script call to Redis.
   */
  async edgeAndGraphQL(caller: Caller, isDashboard: boolean, cost: number): Promise<EdgeAndGraphQLDecision> {
    const { accountId } = caller.principal;
    const name = isDashboard ? dashboardLimitName(caller.edition) : 'graphqlPerMin';
    const { rateWindowMs } = this.config;
    const [edge, graphql] = await this.limiter.consumePair(
      { key: edgeKey(accountId), limit: this.config.limitFor('edgePerMin', accountId), windowMs: rateWindowMs, cost, blockMs: this.config.edgeBlockMs },
      { key: isDashboard ? dashboardKey(accountId) : graphqlKey(accountId), limit: this.config.limitFor(name, accountId), windowMs: rateWindowMs, cost },
    );
    return { edge, graphql: graphql && { ...graphql, kind: isDashboard ? 'dashboard' : 'graphql' } };
  }
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** The X-RateLimit-* headers every GraphQL response carries (none when Redis was down and the check failed open). */
export function rateLimitHeaders(decision: LimitDecision): Record<string, string> {
  if (decision.failedOpen) return {};
  return {
    'x-ratelimit-limit': String(decision.limit),
    'x-ratelimit-remaining': String(decision.remaining),
    'x-ratelimit-reset': String(Math.ceil(decision.resetAtMs / 1000)),
  };
}

export const retryAfter = (decision: LimitDecision) => ({ 'retry-after': String(seconds(decision.retryAfterMs)) });

/** The edge limit's refusal, byte for byte as the reference platform sends it. */
export function edgeRefusalBody(limit: number): string {
  return `{"code":"TOO_MANY_REQUESTS","message":"Too many requests received, please try again later - Rate-Limit Limit ${limit} reached","status":"Error"}`;
}

export const GRAPHQL_RATE_LIMIT_BODY = {
  errors: [{ message: "You've reached your account's rate limit for data queries. Please try again later." }],
};

import type { LimitDecision } from '@fg/rate-limits';
import type { ServiceMetrics } from '@fg/metrics';
import type { Caller } from '../auth/authenticator';
import type { GraphQLLimitDecision } from './request-limits';

export interface GatewayLimits {
  edge(accountId: string, cost: number): Promise<LimitDecision>;
  graphql(caller: Caller, isDashboard: boolean, cost: number): Promise<GraphQLLimitDecision>;
}

/** The gateway's limits, with every refusal counted by limit (fg_rate_limit_refusals_total); the decisions are unchanged. */
export function countRefusals(limits: GatewayLimits, metrics: ServiceMetrics): GatewayLimits {
  return {
    edge: async (accountId, cost) => {
      const decision = await limits.edge(accountId, cost);
      if (!decision.allowed) metrics.rateLimitRefused('edge');
      return decision;
    },
    graphql: async (caller, isDashboard, cost) => {
      const decision = await limits.graphql(caller, isDashboard, cost);
      if (!decision.allowed) metrics.rateLimitRefused(decision.kind);
      return decision;
    },
  };
}

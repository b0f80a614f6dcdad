import type { LimitDecision } from '@fg/rate-limits';
import type { ServiceMetrics } from '@fg/metrics';
import type { Caller } from '../auth/authenticator';
import type { EdgeAndGraphQLDecision } from './request-limits';

export interface GatewayLimits {
  edge(accountId: string, cost: number): Promise<LimitDecision>;
  edgeAndGraphQL(caller: Caller, isDashboard: boolean, cost: number): Promise<EdgeAndGraphQLDecision>;
}

/** The gateway's limits, with every refusal counted by limit (fg_rate_limit_refusals_total); the decisions are unchanged. */
export function countRefusals(limits: GatewayLimits, metrics: ServiceMetrics): GatewayLimits {
  return {
    edge: async (accountId, cost) => {
      const decision = await limits.edge(accountId, cost);
      if (!decision.allowed) metrics.rateLimitRefused('edge');
      return decision;
    },
    edgeAndGraphQL: async (caller, isDashboard, cost) => {
      const decision = await limits.edgeAndGraphQL(caller, isDashboard, cost);
      if (!decision.edge.allowed) metrics.rateLimitRefused('edge');
      else if (decision.graphql && !decision.graphql.allowed) metrics.rateLimitRefused(decision.graphql.kind);
      return decision;
    },
  };
}

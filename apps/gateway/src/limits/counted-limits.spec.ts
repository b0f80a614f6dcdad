import { ServiceMetrics } from '@fg/metrics';
import { testPrincipal } from '@fg/testing';
import type { Caller } from '../auth/authenticator';
import { allowed, refused } from '../testing/fake-http';
import { countRefusals } from './counted-limits';

async function refusals(metrics: ServiceMetrics): Promise<Record<string, number>> {
  const metric = (await metrics.registry.getMetricsAsJSON()).find((each) => each.name === 'fg_rate_limit_refusals_total');
  return Object.fromEntries((metric?.values ?? []).map((value) => [String(value.labels.limit), value.value]));
}

describe('countRefusals', () => {
  it('counts each refusal by the limit that refused, and passes every decision on unchanged', async () => {
    const metrics = new ServiceMetrics('gateway');
    const decisions = [allowed(), refused()];
    const pairs = [
      { edge: refused(), graphql: null },
      { edge: allowed(), graphql: { ...refused(), kind: 'dashboard' as const } },
      { edge: allowed(), graphql: { ...refused(), kind: 'graphql' as const } },
      { edge: allowed(), graphql: { ...allowed(), kind: 'graphql' as const } },
    ];
    const limits = countRefusals({ edge: async () => decisions.shift()!, edgeAndGraphQL: async () => pairs.shift()! }, metrics);
    const caller = { principal: testPrincipal('acc-1') } as Caller;
    expect((await limits.edge('acc-1', 1)).allowed).toBe(true);
    expect((await limits.edge('acc-1', 1)).allowed).toBe(false);
    expect((await limits.edgeAndGraphQL(caller, false, 1)).edge.allowed).toBe(false);
    expect((await limits.edgeAndGraphQL(caller, true, 1)).graphql).toMatchObject({ allowed: false, kind: 'dashboard' });
    await limits.edgeAndGraphQL(caller, false, 1);
    await limits.edgeAndGraphQL(caller, false, 1);
    expect(await refusals(metrics)).toEqual({ edge: 2, dashboard: 1, graphql: 1 });
  });
});

import { EnvironmentError } from '@fg/config';
import { LIMITS, dashboardLimitName, loadLimitsConfig } from './limits.config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadLimitsConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvironmentError);
    return (error as EnvironmentError).problems;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('loadLimitsConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadLimitsConfig({});
    expect(config.limitFor('graphqlPerMin', 'acc1')).toBe(30);
    expect(config.limitFor('dashboardPaidPerMin')).toBe(30);
    expect(config.limitFor('dashboardCommunityPerMin')).toBe(5);
    expect(config.limitFor('edgePerMin')).toBe(500);
    expect(config.limitFor('loginsPerMinPerPod')).toBe(300);
    expect(config.limitFor('deploymentsPer24h')).toBe(100);
    expect(config.limitFor('exportsPer24h')).toBe(25);
    expect(config.limitFor('delegateTasksPerMinPerAccount')).toBe(200);
    expect(config.limitFor('delegateTasksPerMinPerPod')).toBe(10_000);
    expect(config).toMatchObject({ rateWindowMs: 60_000, quotaWindowMs: 86_400_000, edgeBlockMs: 60_000 });
    expect(config.windowFor('graphqlPerMin')).toBe(60_000);
    expect(config.windowFor('exportsPer24h')).toBe(86_400_000);
  });

  it('reads every limit from its own variable', () => {
    const env = Object.fromEntries(Object.values(LIMITS).map((limit, index) => [limit.env, String(1000 + index)]));
    const config = loadLimitsConfig(env);
    Object.keys(LIMITS).forEach((name, index) => expect(config.limitFor(name as keyof typeof LIMITS)).toBe(1000 + index));
  });

  it('shortens the windows for tests', () => {
    const config = loadLimitsConfig({ LIMIT_RATE_WINDOW_SECONDS: '2', LIMIT_QUOTA_WINDOW_SECONDS: '5', LIMIT_EDGE_BLOCK_SECONDS: '3' });
    expect(config.windowFor('edgePerMin')).toBe(2000);
    expect(config.windowFor('deploymentsPer24h')).toBe(5000);
    expect(config.edgeBlockMs).toBe(3000);
  });

  it('gives an account its overrides and everyone else the configured limits', () => {
    const config = loadLimitsConfig({
      LIMIT_GRAPHQL_PER_MIN: '40',
      LIMIT_ACCOUNT_OVERRIDES: JSON.stringify({ big: { graphqlPerMin: 100, deploymentsPer24h: 500 }, other: {} }),
    });
    expect(config.limitFor('graphqlPerMin', 'big')).toBe(100);
    expect(config.limitFor('deploymentsPer24h', 'big')).toBe(500);
    expect(config.limitFor('exportsPer24h', 'big')).toBe(25);
    expect(config.limitFor('graphqlPerMin', 'other')).toBe(40);
    expect(config.limitFor('graphqlPerMin', 'constructor')).toBe(40);
    expect(config.limitFor('graphqlPerMin')).toBe(40);
  });

  it('rejects bad numbers, naming each variable', () => {
    const problems = problemsOf({ LIMIT_GRAPHQL_PER_MIN: 'lots', LIMIT_EXPORTS_PER_24H: '0', LIMIT_RATE_WINDOW_SECONDS: '1.5' });
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^LIMIT_GRAPHQL_PER_MIN: /),
        expect.stringMatching(/^LIMIT_EXPORTS_PER_24H: must be at least 1/),
        expect.stringMatching(/^LIMIT_RATE_WINDOW_SECONDS: must be a whole number/),
      ]),
    );
  });

  it('rejects overrides that are not JSON', () => {
    expect(problemsOf({ LIMIT_ACCOUNT_OVERRIDES: '{graphqlPerMin: 1}' })).toEqual([
      expect.stringMatching(/^LIMIT_ACCOUNT_OVERRIDES: must be JSON/),
    ]);
  });

  it('rejects unknown limit names and per-pod limits in overrides, saying which', () => {
    const [unknown] = problemsOf({ LIMIT_ACCOUNT_OVERRIDES: JSON.stringify({ acc1: { graphqlPerMinute: 5 } }) });
    expect(unknown).toMatch(/^LIMIT_ACCOUNT_OVERRIDES\.acc1: unknown limit name\(s\) graphqlPerMinute \(unknown\); known: graphqlPerMin, /);
    const [perPod] = problemsOf({ LIMIT_ACCOUNT_OVERRIDES: JSON.stringify({ acc1: { loginsPerMinPerPod: 5 } }) });
    expect(perPod).toMatch(/loginsPerMinPerPod is per pod, not per account/);
  });

  it('rejects override values that are not positive whole numbers', () => {
    const problems = problemsOf({ LIMIT_ACCOUNT_OVERRIDES: JSON.stringify({ acc1: { graphqlPerMin: '100', exportsPer24h: -1 } }) });
    expect(problems).toEqual([
      expect.stringMatching(/^LIMIT_ACCOUNT_OVERRIDES\.acc1\.graphqlPerMin: Expected number, received string/),
      expect.stringMatching(/^LIMIT_ACCOUNT_OVERRIDES\.acc1\.exportsPer24h: must be at least 1/),
    ]);
  });
});

describe('dashboardLimitName', () => {
  it('gives Community and Essentials the smaller dashboard limit', () => {
    expect(dashboardLimitName('PAID')).toBe('dashboardPaidPerMin');
    expect(dashboardLimitName('ESSENTIALS')).toBe('dashboardCommunityPerMin');
    expect(dashboardLimitName('COMMUNITY')).toBe('dashboardCommunityPerMin');
  });
});

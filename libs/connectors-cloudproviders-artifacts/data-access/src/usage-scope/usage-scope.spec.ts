import { applicationReach, applicationsNotCovered, type UsageScope } from './usage-scope';

const scope = (...apps: (string | 'ALL')[]): UsageScope => ({
  appEnvScopes: apps.map((app) => ({
    application: app === 'ALL' ? { filterType: 'ALL', appId: null } : { filterType: null, appId: app },
    environment: { filterType: 'PRODUCTION_ENVIRONMENTS', envId: null },
  })),
});

describe('usage scope reach', () => {
  it('reaches every application without a scope, with an empty one, or with an ALL entry', () => {
    expect(applicationReach(null)).toEqual({ kind: 'all' });
    expect(applicationReach({ appEnvScopes: [] })).toEqual({ kind: 'all' });
    expect(applicationReach(scope('app-1', 'ALL'))).toEqual({ kind: 'all' });
  });

  it('reaches only the listed applications otherwise', () => {
    expect(applicationReach(scope('app-1', 'app-2'))).toEqual({ kind: 'some', appIds: new Set(['app-1', 'app-2']) });
  });

  it('reports the applications a secret does not cover', () => {
    const secret = applicationReach(scope('app-1'));
    expect(applicationsNotCovered(secret, applicationReach(scope('app-1')))).toEqual([]);
    expect(applicationsNotCovered(secret, applicationReach(scope('app-2', 'app-1', 'app-0')))).toEqual(['app-0', 'app-2']);
    expect(applicationsNotCovered(secret, applicationReach(null))).toEqual(['*']);
    expect(applicationsNotCovered(applicationReach(null), applicationReach(scope('app-9')))).toEqual([]);
  });
});

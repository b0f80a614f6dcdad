import { secretUsableBy, usageScopeCovers, usageScopeFrom, type SecretUsage } from './usage-scope';

const prodOfApp1: SecretUsage = { applicationId: 'app-1', environment: { id: 'env-p', type: 'PROD' } };
const qaOfApp1: SecretUsage = { applicationId: 'app-1', environment: { id: 'env-q', type: 'NON_PROD' } };
const prodOfApp2: SecretUsage = { applicationId: 'app-2', environment: { id: 'env-p2', type: 'PROD' } };
const accountLevel: SecretUsage = { applicationId: null, environment: null };

describe('usageScopeFrom', () => {
  it('keeps a valid scope and stores an absent or empty one as null', () => {
    expect(usageScopeFrom(undefined)).toBeNull();
    expect(usageScopeFrom({ appEnvScopes: [] })).toBeNull();
    expect(
      usageScopeFrom({
        appEnvScopes: [{ application: { appId: 'app-1' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS' } }],
      }),
    ).toEqual({
      appEnvScopes: [{ application: { filterType: null, appId: 'app-1' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS', envId: null } }],
    });
  });

  it('refuses a filter that is both a type and an id, or neither', () => {
    expect(() =>
      usageScopeFrom({ appEnvScopes: [{ application: { filterType: 'ALL', appId: 'a' }, environment: { envId: 'e' } }] }),
    ).toThrow(/application needs either/);
    expect(() => usageScopeFrom({ appEnvScopes: [{ application: { filterType: 'ALL' }, environment: {} }] })).toThrow(
      /environment needs either/,
    );
  });
});

describe('usageScopeCovers', () => {
  const prodOnly = usageScopeFrom({
    appEnvScopes: [{ application: { filterType: 'ALL' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS' } }],
  });
  const oneEnvironment = usageScopeFrom({ appEnvScopes: [{ application: { appId: 'app-1' }, environment: { envId: 'env-q' } }] });

  it('lets an unrestricted secret be used anywhere in the account', () => {
    for (const usage of [prodOfApp1, qaOfApp1, accountLevel]) expect(usageScopeCovers(null, usage)).toBe(true);
  });

  it('matches environment types across every application', () => {
    expect(usageScopeCovers(prodOnly, prodOfApp1)).toBe(true);
    expect(usageScopeCovers(prodOnly, prodOfApp2)).toBe(true);
    expect(usageScopeCovers(prodOnly, qaOfApp1)).toBe(false);
  });

  it('matches one application and one environment by id', () => {
    expect(usageScopeCovers(oneEnvironment, qaOfApp1)).toBe(true);
    expect(usageScopeCovers(oneEnvironment, prodOfApp1)).toBe(false);
    expect(usageScopeCovers(oneEnvironment, { applicationId: 'app-2', environment: { id: 'env-q', type: 'NON_PROD' } })).toBe(false);
    expect(usageScopeCovers(oneEnvironment, { applicationId: 'app-1', environment: null })).toBe(true);
  });

  it('does not let an application-scoped secret be used at account level', () => {
    expect(usageScopeCovers(prodOnly, accountLevel)).toBe(false);
  });
});

describe('secretUsableBy', () => {
  const managerScope = usageScopeFrom({ appEnvScopes: [{ application: { appId: 'app-2' }, environment: { filterType: 'PRODUCTION_ENVIRONMENTS' } }] });

  it('keeps a secret scoped to the account out of every application', () => {
    const secret = { usageScope: null, scopedToAccount: true, inheritScopesFromSM: false };
    expect(secretUsableBy(secret, null, accountLevel)).toBe(true);
    expect(secretUsableBy(secret, null, prodOfApp1)).toBe(false);
  });

  it('uses the manager’s scope when the secret inherits it', () => {
    const secret = { usageScope: null, scopedToAccount: false, inheritScopesFromSM: true };
    expect(secretUsableBy(secret, managerScope, prodOfApp2)).toBe(true);
    expect(secretUsableBy(secret, managerScope, prodOfApp1)).toBe(false);
  });
});

import { ApiError } from '@fg/graphql-kit';
import {
  ACCOUNT_ADMINISTRATOR,
  ACCOUNT_PERMISSION_TYPES,
  NO_PERMISSIONS,
  applicationListScope,
  appScopeCondition,
  listScopeFilter,
  decodePermissionSet,
  encodePermissionSet,
  hasAccountPermission,
  hasAppPermission,
  mergePermissionSets,
  normalizePermissionSet,
  requireAccountPermission,
  requireAppPermission,
  unionAppScopes,
  type AppPermissionRequest,
  type PermissionSet,
} from './index';

const PROD = { id: 'env-prod', type: 'PROD' as const };
const QA = { id: 'env-qa', type: 'NON_PROD' as const };

const readOnlyOnApp1: PermissionSet = {
  accountPermissions: [],
  appPermissions: [{ permissionType: 'ALL', applications: { filterType: 'SELECTED', appIds: ['app-1'] }, actions: ['READ'] }],
};
// "Update on services of non-production environments only": see hasAppPermission.
const servicesInNonProd: PermissionSet = {
  accountPermissions: [],
  appPermissions: [
    { permissionType: 'SERVICE', applications: { filterType: 'ALL' }, services: { filterType: 'ALL' }, actions: ['READ', 'UPDATE'] },
    { permissionType: 'ENV', applications: { filterType: 'ALL' }, environments: { filterTypes: ['NON_PRODUCTION_ENVIRONMENTS'] }, actions: ['READ', 'UPDATE'] },
  ],
};

const sets = { admin: ACCOUNT_ADMINISTRATOR, readOnlyOnApp1, servicesInNonProd, none: NO_PERMISSIONS };

describe('application permission matrix', () => {
  const cases: [string, AppPermissionRequest, Record<keyof typeof sets, boolean>][] = [
    ['read a service of app-1', { entityType: 'SERVICE', action: 'READ', appId: 'app-1', entityId: 's1' }, { admin: true, readOnlyOnApp1: true, servicesInNonProd: true, none: false }],
    ['read a service of app-2', { entityType: 'SERVICE', action: 'READ', appId: 'app-2', entityId: 's2' }, { admin: true, readOnlyOnApp1: false, servicesInNonProd: true, none: false }],
    ['update a service of app-1', { entityType: 'SERVICE', action: 'UPDATE', appId: 'app-1', entityId: 's1' }, { admin: true, readOnlyOnApp1: false, servicesInNonProd: true, none: false }],
    ['update a service within a QA environment', { entityType: 'SERVICE', action: 'UPDATE', appId: 'app-1', entityId: 's1', environment: QA }, { admin: true, readOnlyOnApp1: false, servicesInNonProd: true, none: false }],
    ['update a service within a production environment', { entityType: 'SERVICE', action: 'UPDATE', appId: 'app-1', entityId: 's1', environment: PROD }, { admin: true, readOnlyOnApp1: false, servicesInNonProd: false, none: false }],
    ['delete a service', { entityType: 'SERVICE', action: 'DELETE', appId: 'app-1', entityId: 's1' }, { admin: true, readOnlyOnApp1: false, servicesInNonProd: false, none: false }],
    ['read a production environment', { entityType: 'ENV', action: 'READ', appId: 'app-1', entityId: PROD.id, environment: PROD }, { admin: true, readOnlyOnApp1: true, servicesInNonProd: false, none: false }],
    ['update a QA environment', { entityType: 'ENV', action: 'UPDATE', appId: 'app-1', entityId: QA.id, environment: QA }, { admin: true, readOnlyOnApp1: false, servicesInNonProd: true, none: false }],
    ['execute a pipeline', { entityType: 'PIPELINE', action: 'EXECUTE_PIPELINE', appId: 'app-1', entityId: 'p1', environment: QA }, { admin: true, readOnlyOnApp1: false, servicesInNonProd: false, none: false }],
    ['read a workflow of app-1', { entityType: 'WORKFLOW', action: 'READ', appId: 'app-1', entityId: 'w1', environment: PROD }, { admin: true, readOnlyOnApp1: true, servicesInNonProd: false, none: false }],
  ];
  for (const [what, request, expected] of cases) {
    for (const [name, set] of Object.entries(sets) as [keyof typeof sets, PermissionSet][]) {
      it(`${name}: ${expected[name] ? 'may' : 'may not'} ${what}`, () => {
        expect(hasAppPermission(set, request)).toBe(expected[name]);
        if (expected[name]) expect(() => requireAppPermission(set, request)).not.toThrow();
        else expect(() => requireAppPermission(set, request)).toThrow(expect.objectContaining({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } }));
      });
    }
  }
});

describe('entity filters', () => {
  const one = (permission: PermissionSet['appPermissions'][number]): PermissionSet => ({ accountPermissions: [], appPermissions: [permission] });

  it('limits a SERVICE permission to its serviceIds', () => {
    const set = one({ permissionType: 'SERVICE', applications: { filterType: 'ALL' }, services: { serviceIds: ['s1'] }, actions: ['READ'] });
    expect(hasAppPermission(set, { entityType: 'SERVICE', action: 'READ', appId: 'a', entityId: 's1' })).toBe(true);
    expect(hasAppPermission(set, { entityType: 'SERVICE', action: 'READ', appId: 'a', entityId: 's2' })).toBe(false);
    // A create names no entity yet, so it needs every service of the application.
    expect(hasAppPermission({ ...set, appPermissions: [{ ...set.appPermissions[0], actions: ['CREATE'] }] }, { entityType: 'SERVICE', action: 'CREATE', appId: 'a' })).toBe(false);
  });

  it('excludes the applications of EXCLUDE_SELECTED', () => {
    const set = one({ permissionType: 'ALL', applications: { filterType: 'EXCLUDE_SELECTED', appIds: ['secret-app'] }, actions: ['READ'] });
    expect(hasAppPermission(set, { entityType: 'SERVICE', action: 'READ', appId: 'other', entityId: 's' })).toBe(true);
    expect(hasAppPermission(set, { entityType: 'SERVICE', action: 'READ', appId: 'secret-app', entityId: 's' })).toBe(false);
  });

  it('matches workflows by environment type, by id and as templates', () => {
    const set = one({
      permissionType: 'WORKFLOW',
      applications: { filterType: 'ALL' },
      workflows: { filterTypes: ['NON_PRODUCTION_WORKFLOWS', 'WORKFLOW_TEMPLATES'], workflowIds: ['w-prod-ok'] },
      actions: ['EXECUTE_WORKFLOW'],
    });
    const run = (entityId: string, environment: AppPermissionRequest['environment']) =>
      hasAppPermission(set, { entityType: 'WORKFLOW', action: 'EXECUTE_WORKFLOW', appId: 'a', entityId, environment });
    expect(run('w1', QA)).toBe(true);
    expect(run('w1', PROD)).toBe(false);
    expect(run('w-prod-ok', PROD)).toBe(true);
    expect(run('w-template', null)).toBe(true);
  });

  it('matches deployments and pipelines by environment id', () => {
    const set: PermissionSet = {
      accountPermissions: [],
      appPermissions: [
        { permissionType: 'DEPLOYMENT', applications: { filterType: 'ALL' }, deployments: { envIds: ['env-prod'] }, actions: ['EXECUTE'] },
        { permissionType: 'PIPELINE', applications: { filterType: 'ALL' }, pipelines: { filterTypes: ['PRODUCTION_PIPELINES'] }, actions: ['READ'] },
      ],
    };
    expect(hasAppPermission(set, { entityType: 'DEPLOYMENT', action: 'EXECUTE', appId: 'a', environment: PROD })).toBe(true);
    expect(hasAppPermission(set, { entityType: 'DEPLOYMENT', action: 'EXECUTE', appId: 'a', environment: QA })).toBe(false);
    expect(hasAppPermission(set, { entityType: 'PIPELINE', action: 'READ', appId: 'a', entityId: 'p', environment: PROD })).toBe(true);
    expect(hasAppPermission(set, { entityType: 'PIPELINE', action: 'READ', appId: 'a', entityId: 'p', environment: QA })).toBe(false);
  });
});

describe('pipelines by the environments their stages deploy to', () => {
  const DEV = { id: 'env-dev', type: 'NON_PROD' as const };
  const grant = (pipelines: object, actions = ['READ', 'EXECUTE_PIPELINE']): PermissionSet => ({
    accountPermissions: [],
    appPermissions: [{ permissionType: 'PIPELINE', applications: { filterType: 'ALL' }, pipelines, actions } as PermissionSet['appPermissions'][number]],
  });
  const nonProd = grant({ filterTypes: ['NON_PRODUCTION_PIPELINES'] });
  const prod = grant({ filterTypes: ['PRODUCTION_PIPELINES'] });
  const run = (set: PermissionSet, environments: AppPermissionRequest['environments'], entityId = 'p') =>
    hasAppPermission(set, { entityType: 'PIPELINE', action: 'EXECUTE_PIPELINE', appId: 'a', entityId, environments });

  it('covers a pipeline when the grant covers every environment it deploys to', () => {
    expect(run(nonProd, [QA, DEV])).toBe(true);
    expect(run(nonProd, [QA, PROD])).toBe(false);
    expect(run(prod, [QA, PROD])).toBe(false);
    expect(run(prod, [PROD])).toBe(true);
    expect(run(grant({ envIds: [QA.id], filterTypes: ['PRODUCTION_PIPELINES'] }), [QA, PROD])).toBe(true);
    expect(run(grant({ envIds: [QA.id] }), [QA, DEV])).toBe(false);
  });

  it('covers a pipeline deploying nowhere by NON_PRODUCTION_PIPELINES only, and any pipeline by its id or ALL_PIPELINES', () => {
    expect(run(nonProd, [])).toBe(true);
    expect(run(prod, [])).toBe(false);
    expect(run(grant({ envIds: [QA.id] }), [])).toBe(false);
    expect(run(grant({ pipelineIds: ['p'] }), [PROD])).toBe(true);
    expect(run(grant({ filterTypes: ['ALL_PIPELINES'] }), [PROD, QA])).toBe(true);
    // A pipeline whose environments are not known (stored before they were kept) is covered by id or ALL only.
    expect(run(nonProd, undefined)).toBe(false);
  });

  it('needs one grant to cover them all, as a list filter can tell', () => {
    const both = mergePermissionSets([nonProd, prod]);
    expect(run(both, [QA, PROD])).toBe(false);
    expect(run(both, [PROD])).toBe(true);
    const fields = { appId: 'appId', entityId: '_id', environments: 'environments' };
    expect(listScopeFilter(applicationListScope(nonProd, 'PIPELINE', 'READ'), fields)).toEqual({
      $and: [{ environments: { $exists: true } }, { $nor: [{ environments: { $elemMatch: { id: { $nin: [] }, type: { $nin: ['NON_PROD'] } } } }] }],
    });
    expect(listScopeFilter(applicationListScope(grant({ envIds: ['env-qa'], pipelineIds: ['p9'] }), 'PIPELINE', 'READ'), fields)).toEqual({
      $or: [{ _id: { $in: ['p9'] } }, { $and: [{ 'environments.0': { $exists: true } }, { $nor: [{ environments: { $elemMatch: { id: { $nin: ['env-qa'] }, type: { $nin: [] } } } }] }] }],
    });
  });
});

describe('account permissions', () => {
  it('holds every one of the 32 for the administrator and none for the empty set', () => {
    expect(ACCOUNT_PERMISSION_TYPES).toHaveLength(32);
    for (const permission of ACCOUNT_PERMISSION_TYPES) {
      expect(hasAccountPermission(ACCOUNT_ADMINISTRATOR, permission)).toBe(true);
      expect(hasAccountPermission(NO_PERMISSIONS, permission)).toBe(false);
    }
  });

  it('passes when any of the named permissions is held, and throws FORBIDDEN otherwise', () => {
    const reader: PermissionSet = { accountPermissions: ['READ_USERS_AND_GROUPS'], appPermissions: [] };
    expect(() => requireAccountPermission(reader, 'MANAGE_USERS_AND_GROUPS', 'READ_USERS_AND_GROUPS')).not.toThrow();
    let thrown: unknown;
    try {
      requireAccountPermission(reader, 'MANAGE_API_KEYS');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect(thrown).toMatchObject({ message: 'User not authorized', extensions: { code: 'FORBIDDEN' } });
  });
});

describe('list scopes', () => {
  it('answers every application for the administrator and nothing for the empty set', () => {
    expect(applicationListScope(ACCOUNT_ADMINISTRATOR, 'SERVICE', 'READ')).toEqual({ apps: { kind: 'ALL' }, restricted: [], isEmpty: false });
    expect(applicationListScope(NO_PERMISSIONS, 'SERVICE', 'READ').isEmpty).toBe(true);
  });

  it('answers the selected applications, and per-entity grants apart', () => {
    const set = mergePermissionSets([
      readOnlyOnApp1,
      { accountPermissions: [], appPermissions: [{ permissionType: 'SERVICE', applications: { filterType: 'SELECTED', appIds: ['app-2'] }, services: { serviceIds: ['s9'] }, actions: ['READ'] }] },
    ]);
    const scope = applicationListScope(set, 'SERVICE', 'READ');
    expect(scope.apps).toEqual({ kind: 'SELECTED', appIds: ['app-1'] });
    expect(scope.restricted).toEqual([
      { apps: { kind: 'SELECTED', appIds: ['app-2'] }, ids: ['s9'], envIds: [], envTypes: [], withoutEnvironment: false },
    ]);
    expect(appScopeCondition(scope.apps)).toEqual({ $in: ['app-1'] });
    expect(applicationListScope(set, 'APPLICATION', 'READ').apps).toEqual({ kind: 'SELECTED', appIds: ['app-1', 'app-2'] });
    expect(applicationListScope(set, 'SERVICE', 'UPDATE').isEmpty).toBe(true);
  });

  it('turns a scope into one MongoDB filter', () => {
    const fields = { appId: 'appId', entityId: '_id', environmentId: 'envId', environmentType: 'envType' };
    expect(listScopeFilter(applicationListScope(ACCOUNT_ADMINISTRATOR, 'WORKFLOW', 'READ'), fields)).toBeUndefined();
    expect(listScopeFilter(applicationListScope(NO_PERMISSIONS, 'WORKFLOW', 'READ'), fields)).toEqual({ appId: { $in: [] } });
    expect(listScopeFilter(applicationListScope(readOnlyOnApp1, 'WORKFLOW', 'READ'), fields)).toEqual({ appId: { $in: ['app-1'] } });
    const mixed = mergePermissionSets([
      readOnlyOnApp1,
      {
        accountPermissions: [],
        appPermissions: [
          { permissionType: 'WORKFLOW', applications: { filterType: 'EXCLUDE_SELECTED', appIds: ['app-9'] }, workflows: { filterTypes: ['NON_PRODUCTION_WORKFLOWS', 'WORKFLOW_TEMPLATES'], workflowIds: ['w1'] }, actions: ['READ'] },
        ],
      },
    ]);
    expect(listScopeFilter(applicationListScope(mixed, 'WORKFLOW', 'READ'), fields)).toEqual({
      $or: [
        { appId: { $in: ['app-1'] } },
        { $and: [{ appId: { $nin: ['app-9'] } }, { $or: [{ _id: { $in: ['w1'] } }, { envType: { $in: ['NON_PROD'] } }, { envId: null }] }] },
      ],
    });
  });

  it('unites application scopes', () => {
    expect(unionAppScopes({ kind: 'SELECTED', appIds: ['a'] }, { kind: 'EXCLUDE_SELECTED', appIds: ['a', 'b'] })).toEqual({ kind: 'EXCLUDE_SELECTED', appIds: ['b'] });
    expect(unionAppScopes({ kind: 'EXCLUDE_SELECTED', appIds: ['a'] }, { kind: 'EXCLUDE_SELECTED', appIds: ['b'] })).toEqual({ kind: 'ALL' });
    expect(unionAppScopes({ kind: 'SELECTED', appIds: ['b'] }, { kind: 'SELECTED', appIds: ['a'] })).toEqual({ kind: 'SELECTED', appIds: ['a', 'b'] });
  });
});

describe('normalizing and merging', () => {
  it('unites the groups of a principal, without duplicates, in canonical order', () => {
    const merged = mergePermissionSets([
      { accountPermissions: ['MANAGE_SECRETS', 'READ_USERS_AND_GROUPS'], appPermissions: readOnlyOnApp1.appPermissions },
      { accountPermissions: ['READ_USERS_AND_GROUPS'], appPermissions: readOnlyOnApp1.appPermissions },
    ]);
    expect(merged).toEqual({ accountPermissions: ['READ_USERS_AND_GROUPS', 'MANAGE_SECRETS'], appPermissions: readOnlyOnApp1.appPermissions });
  });

  it('refuses an application filter without application ids, and empty actions', () => {
    expect(() => normalizePermissionSet({ appPermissions: [{ permissionType: 'ALL', applications: { filterType: 'SELECTED' }, actions: ['READ'] }] })).toThrow(
      'applications.appIds must not be empty with filterType SELECTED',
    );
    expect(() => normalizePermissionSet({ appPermissions: [{ permissionType: 'ALL', applications: { filterType: 'ALL' }, actions: [] }] })).toThrow('actions must not be empty');
  });
});

describe('signed-header encoding', () => {
  it('round-trips and is the same text whatever order the set was built in', () => {
    for (const set of Object.values(sets)) expect(decodePermissionSet(encodePermissionSet(set))).toEqual(normalizePermissionSet(set));
    const reordered: PermissionSet = { accountPermissions: [...ACCOUNT_ADMINISTRATOR.accountPermissions].reverse(), appPermissions: [...servicesInNonProd.appPermissions].reverse() };
    expect(encodePermissionSet({ ...reordered, appPermissions: servicesInNonProd.appPermissions })).toBe(
      encodePermissionSet({ accountPermissions: ACCOUNT_ADMINISTRATOR.accountPermissions, appPermissions: reordered.appPermissions }),
    );
    expect(encodePermissionSet(NO_PERMISSIONS)).toBe('p1.0.');
    expect(encodePermissionSet(ACCOUNT_ADMINISTRATOR).startsWith('p1.ffffffff.')).toBe(true);
  });

  it('refuses text it did not produce', () => {
    for (const bad of ['', 'p2.0.', 'p1.xyz.', 'p1.0.bm90IGpzb24', 'p1.0.e30']) expect(() => decodePermissionSet(bad)).toThrow('not an encoded permission set');
  });
});

import { badInput } from '@fg/graphql-kit';
import {
  ACCOUNT_PERMISSION_TYPES,
  ACTIONS,
  APP_PERMISSION_TYPES,
  DEPLOYMENT_PERMISSION_FILTER_TYPES,
  ENV_FILTER_TYPES,
  EXECUTABLE_ELEMENT_FILTER_TYPES,
  EXECUTABLE_ELEMENT_TYPES,
  FILTER_APP_TYPES,
  FILTER_TYPES,
  PIPELINE_PERMISSION_FILTER_TYPES,
  WORKFLOW_PERMISSION_FILTER_TYPES,
  type AccountPermissionType,
  type ApplicationPermission,
  type PermissionSet,
} from './permission.types';

export const NO_PERMISSIONS: PermissionSet = Object.freeze({ accountPermissions: [], appPermissions: [] }) as PermissionSet;

/** What the built-in "Account Administrator" group holds: every account permission, every action on every application. */
export const ACCOUNT_ADMINISTRATOR: PermissionSet = {
  accountPermissions: [...ACCOUNT_PERMISSION_TYPES],
  appPermissions: [{ permissionType: 'ALL', applications: { filterType: 'ALL' }, actions: [...ACTIONS] }],
};

/** Values in the order of their enum, without duplicates, so equal sets encode and compare equal. */
function inEnumOrder<T extends string>(values: readonly T[] | null | undefined, order: readonly T[], field: string): T[] {
  if (!values) return [];
  for (const value of values) {
    if (!order.includes(value)) throw badInput(`${field}: unknown value ${JSON.stringify(value)}`);
  }
  return order.filter((value) => values.includes(value));
}

function sortedIds(ids: readonly (string | null)[] | null | undefined, field: string): string[] | undefined {
  if (!ids) return undefined;
  for (const id of ids) {
    if (typeof id !== 'string' || id.trim() === '') throw badInput(`${field} must not contain blank ids`);
  }
  return [...new Set(ids as string[])].sort();
}

function oneOf<T extends string>(value: T | null | undefined, order: readonly T[], field: string): T | undefined {
  if (value === null || value === undefined) return undefined;
  if (!order.includes(value)) throw badInput(`${field}: unknown value ${JSON.stringify(value)}`);
  return value;
}

/** Drops absent fields, so two equal filters are equal objects. */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

/**
 * Checks one application permission as a client sent it and puts it in canonical form. The reference's rules: an
 * application filter names ALL applications, or SELECTED / EXCLUDE_SELECTED ones by id (filterType may be left out
 * when appIds are given: then SELECTED); at least one action.
 */
export function normalizeApplicationPermission(permission: ApplicationPermission): ApplicationPermission {
  const permissionType = oneOf(permission.permissionType, APP_PERMISSION_TYPES, 'permissionType');
  if (!permissionType) throw badInput('permissionType is required');
  const appIds = sortedIds(permission.applications?.appIds, 'applications.appIds');
  const filterType = oneOf(permission.applications?.filterType, FILTER_APP_TYPES, 'applications.filterType') ?? (appIds ? 'SELECTED' : undefined);
  if (!filterType) throw badInput('applications needs a filterType or appIds');
  if (filterType !== 'ALL' && (!appIds || appIds.length === 0)) throw badInput(`applications.appIds must not be empty with filterType ${filterType}`);
  const actions = inEnumOrder(permission.actions, ACTIONS, 'actions');
  if (actions.length === 0) throw badInput('actions must not be empty');

  const normalized: ApplicationPermission = {
    permissionType,
    applications: filterType === 'ALL' ? { filterType } : { filterType, appIds: appIds! },
    actions,
  };
  const services = permission.services && compact({ filterType: oneOf(permission.services.filterType, FILTER_TYPES, 'services.filterType'), serviceIds: sortedIds(permission.services.serviceIds, 'services.serviceIds') });
  const environments = permission.environments && compact({ filterTypes: inEnumOrder(permission.environments.filterTypes, ENV_FILTER_TYPES, 'environments.filterTypes'), envIds: sortedIds(permission.environments.envIds, 'environments.envIds') });
  const workflows = permission.workflows && compact({
    filterTypes: inEnumOrder(permission.workflows.filterTypes, WORKFLOW_PERMISSION_FILTER_TYPES, 'workflows.filterTypes'),
    envIds: sortedIds(permission.workflows.envIds, 'workflows.envIds'),
    workflowIds: sortedIds(permission.workflows.workflowIds, 'workflows.workflowIds'),
  });
  const element = permission.deployments?.executableElementFilter;
  const deployments = permission.deployments && compact({
    filterTypes: inEnumOrder(permission.deployments.filterTypes, DEPLOYMENT_PERMISSION_FILTER_TYPES, 'deployments.filterTypes'),
    envIds: sortedIds(permission.deployments.envIds, 'deployments.envIds'),
    executableElementFilter: element
      ? compact({
          executableElementType: oneOf(element.executableElementType, EXECUTABLE_ELEMENT_TYPES, 'executableElementType')!,
          ids: sortedIds(element.ids, 'executableElementFilter.ids'),
          executableElementFilterType: oneOf(element.executableElementFilterType, EXECUTABLE_ELEMENT_FILTER_TYPES, 'executableElementFilterType'),
        })
      : undefined,
  });
  const pipelines = permission.pipelines && compact({
    filterTypes: inEnumOrder(permission.pipelines.filterTypes, PIPELINE_PERMISSION_FILTER_TYPES, 'pipelines.filterTypes'),
    envIds: sortedIds(permission.pipelines.envIds, 'pipelines.envIds'),
    pipelineIds: sortedIds(permission.pipelines.pipelineIds, 'pipelines.pipelineIds'),
  });
  const provisioners = permission.provisioners && compact({ filterType: oneOf(permission.provisioners.filterType, FILTER_TYPES, 'provisioners.filterType'), provisionerIds: sortedIds(permission.provisioners.provisionerIds, 'provisioners.provisionerIds') });
  const templates = permission.templates && compact({ filterType: oneOf(permission.templates.filterType, FILTER_TYPES, 'templates.filterType'), templateIds: sortedIds(permission.templates.templateIds, 'templates.templateIds') });
  // Fixed key order: the signed encoding is JSON of this object.
  return compact({ ...normalized, services, environments, workflows, deployments, pipelines, provisioners, templates }) as ApplicationPermission;
}

/** A permission set in canonical form: account permissions in enum order, application permissions normalized, unique and sorted. */
export function normalizePermissionSet(set: { accountPermissions?: readonly AccountPermissionType[] | null; appPermissions?: readonly ApplicationPermission[] | null }): PermissionSet {
  const accountPermissions = inEnumOrder(set.accountPermissions ?? [], ACCOUNT_PERMISSION_TYPES, 'accountPermissionTypes');
  const unique = new Map<string, ApplicationPermission>();
  for (const permission of set.appPermissions ?? []) {
    const normalized = normalizeApplicationPermission(permission);
    unique.set(JSON.stringify(normalized), normalized);
  }
  const appPermissions = [...unique.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, permission]) => permission);
  return { accountPermissions, appPermissions };
}

/** What a principal acts with when it belongs to several groups: everything any of them grants. */
export function mergePermissionSets(sets: readonly PermissionSet[]): PermissionSet {
  return normalizePermissionSet({
    accountPermissions: sets.flatMap((set) => set.accountPermissions),
    appPermissions: sets.flatMap((set) => set.appPermissions),
  });
}

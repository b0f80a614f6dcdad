import { ApiError, ErrorCode } from '@fg/graphql-kit';
import type {
  AccountPermissionType,
  Action,
  AppEntityType,
  AppFilter,
  ApplicationPermission,
  EnvironmentType,
  PermissionSet,
} from './permission.types';

/** The reference's text for every denial; clients compare it. */
export const NOT_AUTHORIZED = 'User not authorized';

export const forbidden = () => new ApiError(ErrorCode.Forbidden, NOT_AUTHORIZED);

export function hasAccountPermission(set: PermissionSet, permission: AccountPermissionType): boolean {
  return set.accountPermissions.includes(permission);
}

/** Passes when the set holds at least one of the permissions named (a manage permission usually implies a view one). */
export function requireAccountPermission(set: PermissionSet, ...anyOf: AccountPermissionType[]): void {
  if (!anyOf.some((permission) => hasAccountPermission(set, permission))) throw forbidden();
}

/**
 * One check about an entity inside an application.
 * - `entityId`: the entity itself (a service, workflow, pipeline, environment, provisioner or template id); leave it
 *   out for a CREATE, which then needs a permission covering every entity of the type in the application.
 * - `environment`: the environment the entity belongs to or acts in (for an ENV check, the environment itself);
 *   `null` says "no environment" (a templatized workflow); leave it out when it does not apply.
 * - `environments`: instead of `environment`, for an entity acting in several (a pipeline, in its stages'
 *   environments): a permission covers it when it covers every one; an empty list is "no environment".
 */
export interface AppPermissionRequest {
  entityType: AppEntityType;
  action: Action;
  appId: string;
  entityId?: string;
  environment?: { id: string; type: EnvironmentType } | null;
  environments?: ReadonlyArray<{ id: string; type: EnvironmentType }>;
}

/** Which entities of one type a permission covers within its applications. */
interface EntityCoverage {
  all: boolean;
  ids: string[];
  envIds: string[];
  envTypes: EnvironmentType[];
  /** Workflows without an environment (WORKFLOW_TEMPLATES); pipelines without one (NON_PRODUCTION_PIPELINES). */
  withoutEnvironment: boolean;
}

const EVERY_ENTITY: EntityCoverage = { all: true, ids: [], envIds: [], envTypes: [], withoutEnvironment: true };

function envTypesOf(filterTypes: readonly string[] | null | undefined, production: string, nonProduction: string): EnvironmentType[] {
  const types: EnvironmentType[] = [];
  if (filterTypes?.includes(production)) types.push('PROD');
  if (filterTypes?.includes(nonProduction)) types.push('NON_PROD');
  return types;
}

/**
 * A permission of type ALL covers every entity of the selected applications; a typed one covers the entities its own
 * filter names. An absent filter, or filterType ALL, covers every entity of the type.
 */
function coverage(permission: ApplicationPermission, entityType: AppEntityType): EntityCoverage | null {
  if (permission.permissionType === 'ALL') return EVERY_ENTITY;
  if (permission.permissionType !== entityType) return null;
  const none: EntityCoverage = { all: false, ids: [], envIds: [], envTypes: [], withoutEnvironment: false };
  const byIds = (filter: { filterType?: string | null } | null | undefined, ids: string[] | null | undefined) =>
    !filter || filter.filterType === 'ALL' || !ids ? EVERY_ENTITY : { ...none, ids };
  switch (entityType) {
    case 'SERVICE':
      return byIds(permission.services, permission.services?.serviceIds);
    case 'PROVISIONER':
      return byIds(permission.provisioners, permission.provisioners?.provisionerIds);
    case 'TEMPLATE':
      return byIds(permission.templates, permission.templates?.templateIds);
    case 'ENV':
    case 'DEPLOYMENT': {
      const filter = entityType === 'ENV' ? permission.environments : permission.deployments;
      if (!filter || (!filter.filterTypes?.length && !filter.envIds?.length)) return EVERY_ENTITY;
      return { ...none, envIds: filter.envIds ?? [], envTypes: envTypesOf(filter.filterTypes, 'PRODUCTION_ENVIRONMENTS', 'NON_PRODUCTION_ENVIRONMENTS') };
    }
    case 'WORKFLOW': {
      const filter = permission.workflows;
      if (!filter || filter.filterTypes?.includes('ALL_WORKFLOWS')) return EVERY_ENTITY;
      if (!filter.filterTypes?.length && !filter.envIds?.length && !filter.workflowIds?.length) return EVERY_ENTITY;
      return {
        all: false,
        ids: filter.workflowIds ?? [],
        envIds: filter.envIds ?? [],
        envTypes: envTypesOf(filter.filterTypes, 'PRODUCTION_WORKFLOWS', 'NON_PRODUCTION_WORKFLOWS'),
        withoutEnvironment: filter.filterTypes?.includes('WORKFLOW_TEMPLATES') ?? false,
      };
    }
    case 'PIPELINE': {
      const filter = permission.pipelines;
      if (!filter || filter.filterTypes?.includes('ALL_PIPELINES')) return EVERY_ENTITY;
      if (!filter.filterTypes?.length && !filter.envIds?.length && !filter.pipelineIds?.length) return EVERY_ENTITY;
      const envTypes = envTypesOf(filter.filterTypes, 'PRODUCTION_PIPELINES', 'NON_PRODUCTION_PIPELINES');
      // A pipeline deploying to no environment (approvals, build workflows) touches no production environment.
      return { ...none, ids: filter.pipelineIds ?? [], envIds: filter.envIds ?? [], envTypes, withoutEnvironment: envTypes.includes('NON_PROD') };
    }
  }
}

function appFilterCovers(filter: AppFilter, appId: string): boolean {
  switch (filter.filterType ?? (filter.appIds ? 'SELECTED' : 'ALL')) {
    case 'ALL':
      return true;
    case 'SELECTED':
      return filter.appIds?.includes(appId) ?? false;
    case 'EXCLUDE_SELECTED':
      return !(filter.appIds?.includes(appId) ?? false);
    default:
      return false;
  }
}

function coversEntity(entities: EntityCoverage, request: AppPermissionRequest): boolean {
  if (entities.all) return true;
  if (request.entityId !== undefined && entities.ids.includes(request.entityId)) return true;
  const covers = (environment: { id: string; type: EnvironmentType }) => entities.envIds.includes(environment.id) || entities.envTypes.includes(environment.type);
  if (request.environments) return request.environments.length === 0 ? entities.withoutEnvironment : request.environments.every(covers);
  const environment = request.environment;
  if (environment === null) return entities.withoutEnvironment;
  return environment !== undefined && covers(environment);
}

function grants(permission: ApplicationPermission, request: AppPermissionRequest): boolean {
  if (!permission.actions.includes(request.action) || !appFilterCovers(permission.applications, request.appId)) return false;
  const entities = coverage(permission, request.entityType);
  return entities !== null && coversEntity(entities, request);
}

/**
 * Whether the set allows one action on one entity. A SERVICE has no environment of its own in the reference, so a
 * service change made within an environment (an override, an infrastructure definition) names that environment and
 * needs the same action on the environment too (ENV): "update services of non-production environments only" is
 * SERVICE {ALL} + ENV {NON_PRODUCTION_ENVIRONMENTS}, both with UPDATE.
 */
export function hasAppPermission(set: PermissionSet, request: AppPermissionRequest): boolean {
  if (!set.appPermissions.some((permission) => grants(permission, request))) return false;
  if (request.entityType === 'SERVICE' && request.environment) {
    const environment = request.environment;
    const onEnvironment: AppPermissionRequest = { entityType: 'ENV', action: request.action, appId: request.appId, entityId: environment.id, environment };
    return set.appPermissions.some((permission) => grants(permission, onEnvironment));
  }
  return true;
}

export function requireAppPermission(set: PermissionSet, request: AppPermissionRequest): void {
  if (!hasAppPermission(set, request)) throw forbidden();
}

/** A set of applications: every one, these, or every one except these. */
export type AppScope = { kind: 'ALL' } | { kind: 'SELECTED'; appIds: string[] } | { kind: 'EXCLUDE_SELECTED'; appIds: string[] };

const NO_APPS: AppScope = { kind: 'SELECTED', appIds: [] };

function appScopeOf(filter: AppFilter): AppScope {
  const kind = filter.filterType ?? (filter.appIds ? 'SELECTED' : 'ALL');
  return kind === 'ALL' ? { kind } : { kind, appIds: [...(filter.appIds ?? [])] };
}

export function unionAppScopes(a: AppScope, b: AppScope): AppScope {
  if (a.kind === 'ALL' || b.kind === 'ALL') return { kind: 'ALL' };
  if (a.kind === 'SELECTED' && b.kind === 'SELECTED') return { kind: 'SELECTED', appIds: [...new Set([...a.appIds, ...b.appIds])].sort() };
  if (a.kind === 'EXCLUDE_SELECTED' && b.kind === 'EXCLUDE_SELECTED') {
    const excluded = a.appIds.filter((id) => b.appIds.includes(id));
    return excluded.length === 0 ? { kind: 'ALL' } : { kind: 'EXCLUDE_SELECTED', appIds: excluded };
  }
  const [selected, excluded] = a.kind === 'SELECTED' ? [a, b] : [b, a];
  const stillExcluded = excluded.appIds.filter((id) => !selected.appIds.includes(id));
  return stillExcluded.length === 0 ? { kind: 'ALL' } : { kind: 'EXCLUDE_SELECTED', appIds: stillExcluded };
}

export function appScopeIncludes(scope: AppScope, appId: string): boolean {
  if (scope.kind === 'ALL') return true;
  return scope.kind === 'SELECTED' ? scope.appIds.includes(appId) : !scope.appIds.includes(appId);
}

/** A MongoDB condition on an application id field for the scope; undefined when every application is in it. */
export function appScopeCondition(scope: AppScope): { $in: string[] } | { $nin: string[] } | undefined {
  if (scope.kind === 'ALL') return undefined;
  return scope.kind === 'SELECTED' ? { $in: scope.appIds } : { $nin: scope.appIds };
}

/** Entities of one type visible in some applications only when they match: by id, environment or environment type. */
export interface RestrictedGrant {
  apps: AppScope;
  ids: string[];
  envIds: string[];
  envTypes: EnvironmentType[];
  withoutEnvironment: boolean;
}

/**
 * What a list may return: every entity of the type in `apps`, plus the entities each restricted grant names. A
 * repository turns it into `$or: [{ appId in apps }, ...restricted.map(r => appId in r.apps and entity matches r)]`;
 * `isEmpty` lets it answer an empty page without a read.
 */
export interface ApplicationListScope {
  apps: AppScope;
  restricted: RestrictedGrant[];
  isEmpty: boolean;
}

/**
 * The list scope for an action on entities of one type, or on applications themselves (`'APPLICATION'`: an
 * application is visible when any of its permissions grants the action, whatever the entity type).
 */
export function applicationListScope(set: PermissionSet, entityType: AppEntityType | 'APPLICATION', action: Action): ApplicationListScope {
  let apps: AppScope = NO_APPS;
  const restricted: RestrictedGrant[] = [];
  for (const permission of set.appPermissions) {
    if (!permission.actions.includes(action)) continue;
    const entities = entityType === 'APPLICATION' ? EVERY_ENTITY : coverage(permission, entityType);
    if (!entities) continue;
    const scope = appScopeOf(permission.applications);
    if (entities.all) apps = unionAppScopes(apps, scope);
    else restricted.push({ apps: scope, ids: entities.ids, envIds: entities.envIds, envTypes: entities.envTypes, withoutEnvironment: entities.withoutEnvironment });
  }
  const isEmpty = apps.kind === 'SELECTED' && apps.appIds.length === 0 && restricted.length === 0;
  return { apps, restricted, isEmpty };
}

/** Where a collection keeps what a list scope filters on; environment fields are left out where an entity has none. */
export interface ListScopeFields {
  appId: string;
  entityId: string;
  environmentId?: string;
  /** Holding 'PROD' or 'NON_PROD'. */
  environmentType?: string;
  /**
   * Instead of the two above, for an entity acting in several environments: an array of `{ id, type }`, matched when a
   * grant covers every element; an entity stored without the field matches no environment filter.
   */
  environments?: string;
}

type Condition = Record<string, unknown>;

function appCondition(scope: AppScope, field: string): Condition | undefined {
  const condition = appScopeCondition(scope);
  return condition ? { [field]: condition } : undefined;
}

/** Every one of the entity's environments covered: none outside the grant's ids and types (and at least one unless `withoutEnvironment`). */
function everyEnvironmentCondition(grant: RestrictedGrant, field: string): Condition | undefined {
  if (grant.envIds.length === 0 && grant.envTypes.length === 0) return grant.withoutEnvironment ? { [field]: { $size: 0 } } : undefined;
  const uncovered = { [field]: { $elemMatch: { id: { $nin: grant.envIds }, type: { $nin: grant.envTypes } } } };
  const kept = grant.withoutEnvironment ? { [field]: { $exists: true } } : { [`${field}.0`]: { $exists: true } };
  return { $and: [kept, { $nor: [uncovered] }] };
}

function restrictedCondition(grant: RestrictedGrant, fields: ListScopeFields): Condition | undefined {
  const matches: Condition[] = [];
  if (grant.ids.length > 0) matches.push({ [fields.entityId]: { $in: grant.ids } });
  const everyEnvironment = fields.environments ? everyEnvironmentCondition(grant, fields.environments) : undefined;
  if (everyEnvironment) matches.push(everyEnvironment);
  if (fields.environmentId && grant.envIds.length > 0) matches.push({ [fields.environmentId]: { $in: grant.envIds } });
  if (fields.environmentType && grant.envTypes.length > 0) matches.push({ [fields.environmentType]: { $in: grant.envTypes } });
  if (fields.environmentId && grant.withoutEnvironment) matches.push({ [fields.environmentId]: null });
  if (matches.length === 0) return undefined;
  const entity = matches.length === 1 ? matches[0] : { $or: matches };
  const apps = appCondition(grant.apps, fields.appId);
  return apps ? { $and: [apps, entity] } : entity;
}

/**
 * A MongoDB filter (plain JSON) for the entities a list scope lets the caller see: undefined when it is every entity,
 * a filter that matches nothing when the scope is empty. Combine it with the list's own filter under `$and`.
 */
export function listScopeFilter(scope: ApplicationListScope, fields: ListScopeFields): Condition | undefined {
  const everything = scope.apps.kind === 'ALL';
  if (everything) return undefined;
  const parts: Condition[] = [];
  if (!(scope.apps.kind === 'SELECTED' && scope.apps.appIds.length === 0)) parts.push(appCondition(scope.apps, fields.appId)!);
  for (const grant of scope.restricted) {
    const condition = restrictedCondition(grant, fields);
    if (condition) parts.push(condition);
  }
  if (parts.length === 0) return { [fields.appId]: { $in: [] } };
  return parts.length === 1 ? parts[0] : { $or: parts };
}

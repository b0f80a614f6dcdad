export * from './permission.types';
export { ACCOUNT_ADMINISTRATOR, NO_PERMISSIONS, mergePermissionSets, normalizeApplicationPermission, normalizePermissionSet } from './permission-set';
export {
  NOT_AUTHORIZED,
  forbidden,
  hasAccountPermission,
  requireAccountPermission,
  hasAppPermission,
  requireAppPermission,
  applicationListScope,
  appScopeIncludes,
  appScopeCondition,
  listScopeFilter,
  unionAppScopes,
  type AppPermissionRequest,
  type AppScope,
  type ApplicationListScope,
  type RestrictedGrant,
  type ListScopeFields,
} from './permission-check';
export { encodePermissionSet, decodePermissionSet } from './permission-encoding';

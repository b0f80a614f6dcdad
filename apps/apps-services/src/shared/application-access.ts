import { applicationListScope, appScopeIncludes, forbidden, type Action, type PermissionSet } from '@fg/permissions';

/**
 * Whether the set allows an action on an application itself. Reading it: any application permission granting READ on
 * it, whatever its entity type (who may read a service there sees the application). Changing it (its fields, git sync,
 * its tags): a permission of type ALL granting the action on it; a permission for services only does not.
 */
export function allowsOnApplication(set: PermissionSet, action: Action, appId: string): boolean {
  const relevant = action === 'READ' ? set : { ...set, appPermissions: set.appPermissions.filter((permission) => permission.permissionType === 'ALL') };
  return appScopeIncludes(applicationListScope(relevant, 'APPLICATION', action).apps, appId);
}

export function requireOnApplication(set: PermissionSet, action: Action, appId: string): void {
  if (!allowsOnApplication(set, action, appId)) throw forbidden();
}

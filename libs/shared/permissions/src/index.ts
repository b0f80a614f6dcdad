// Placeholder until the permission model lands: only the shape the signed principal carries.
export interface PermissionSet {
  accountPermissions: string[];
  appPermissions: unknown[];
}

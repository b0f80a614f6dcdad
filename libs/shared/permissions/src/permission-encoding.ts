import { normalizePermissionSet } from './permission-set';
import { ACCOUNT_PERMISSION_TYPES, type ApplicationPermission, type PermissionSet } from './permission.types';

const VERSION = 'p1';

/**
 * A compact, deterministic text for a signed header: `p1.<account permissions as a 32-bit mask, hex>.<application
 * permissions as canonical JSON, base64url>`. Equal sets give equal text whatever order they were built in, so a
 * signature over it is stable. The mask's bits follow ACCOUNT_PERMISSION_TYPES, which only ever grows at the end.
 */
export function encodePermissionSet(set: PermissionSet): string {
  const canonical = normalizePermissionSet(set);
  let mask = 0;
  for (const permission of canonical.accountPermissions) mask |= 1 << ACCOUNT_PERMISSION_TYPES.indexOf(permission);
  const apps = canonical.appPermissions.length === 0 ? '' : Buffer.from(JSON.stringify(canonical.appPermissions), 'utf8').toString('base64url');
  return `${VERSION}.${(mask >>> 0).toString(16)}.${apps}`;
}

/** The inverse of encodePermissionSet; throws on anything it did not produce. */
export function decodePermissionSet(encoded: string): PermissionSet {
  const [version, maskHex, apps, ...rest] = encoded.split('.');
  if (version !== VERSION || rest.length > 0 || maskHex === undefined || apps === undefined || !/^[0-9a-f]{1,8}$/.test(maskHex)) {
    throw new Error('not an encoded permission set');
  }
  const mask = parseInt(maskHex, 16);
  const accountPermissions = ACCOUNT_PERMISSION_TYPES.filter((_, bit) => (mask >>> bit) & 1);
  try {
    const parsed: unknown = apps === '' ? [] : JSON.parse(Buffer.from(apps, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed)) throw new Error('not an array');
    return normalizePermissionSet({ accountPermissions, appPermissions: parsed as ApplicationPermission[] });
  } catch {
    throw new Error('not an encoded permission set');
  }
}

export { NO_PERMISSIONS } from '@fg/permissions';
export {
  SYSTEM_PRINCIPAL,
  actingUserId,
  decodePrincipal,
  encodePrincipal,
  type Principal,
  type PrincipalKind,
} from './principal';
export {
  DEFAULT_MAX_SKEW_MS,
  PRINCIPAL_HEADERS,
  PrincipalSigner,
  PrincipalVerifier,
  signPrincipal,
} from './principal-signature';
export { signLink, verifyLink, type LinkGrant, type LinkCheck } from './signed-link';

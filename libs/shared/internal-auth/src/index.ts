export {
  IDENTITY_HEADERS,
  DEFAULT_MAX_SKEW_MS,
  signIdentity,
  verifyIdentity,
  IdentitySigner,
  IdentityVerifier,
  type Identity,
} from './identity-signature';

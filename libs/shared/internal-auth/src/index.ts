export {
  IDENTITY_HEADERS,
  DEFAULT_MAX_SKEW_MS,
  signIdentity,
  verifyIdentity,
  type Identity,
} from './identity-signature';

import { signIdentity, type Identity } from '@fg/internal-auth';

/** A fixed secret for tests only; real deployments read GATEWAY_SIGNING_SECRET. */
export const TEST_SIGNING_SECRET = 'test-signing-secret-that-is-long-enough-0123456789';

export function signedHeaders(identity: Identity, secret = TEST_SIGNING_SECRET): Record<string, string> {
  return { 'content-type': 'application/json', ...signIdentity(identity, secret) };
}

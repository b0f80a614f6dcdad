// The gateway's principal signature, restated for the benchmarks (plain .mjs, run without a build). It mirrors
// @fg/internal-auth; a mismatch shows up at once as 401s from the subgraphs, which every benchmark counts as failures.
import { createHmac } from 'node:crypto';

export const NO_PERMISSIONS = { accountPermissions: [], appPermissions: [] };
export const SYSTEM_PRINCIPAL = { kind: 'system', id: 'gateway', accountId: '-', permissions: NO_PERMISSIONS };

const encode = (principal) =>
  Buffer.from(JSON.stringify([1, principal.kind, principal.id, principal.accountId, principal.permissions])).toString('base64url');

export function signedHeaders(secret, principal, timestampMs = Date.now()) {
  const encoded = encode(principal);
  const timestamp = String(timestampMs);
  const signature = createHmac('sha256', secret).update(`v2\n${timestamp}\n${encoded}`).digest('base64url');
  return { 'x-fg-principal': encoded, 'x-fg-timestamp': timestamp, 'x-fg-signature': signature };
}

/** Headers for one principal, signed anew each second (as the gateway's own signer does). */
export function principalSigner(secret, principal) {
  let current = { at: 0, headers: {} };
  return () => {
    const now = Date.now();
    if (now - current.at >= 1000) current = { at: now, headers: signedHeaders(secret, principal, now) };
    return current.headers;
  };
}

/** The principal the demo API key stands for, asked of identity-users-groups as the gateway asks it. */
export async function demoKeyPrincipal(identityGraphqlUrl, secret, apiKey) {
  const response = await fetch(new URL('/internal/api-keys/verify', identityGraphqlUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signedHeaders(secret, SYSTEM_PRINCIPAL) },
    body: JSON.stringify({ apiKey }),
  });
  if (!response.ok) throw new Error(`identity-users-groups answered ${response.status} to the demo key`);
  const { accountId, apiKeyId, permissions } = await response.json();
  return { kind: 'apiKey', id: apiKeyId, accountId, permissions: permissions ?? NO_PERMISSIONS };
}

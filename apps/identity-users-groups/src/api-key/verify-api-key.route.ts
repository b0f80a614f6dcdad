import type { AccountRepository, ApiKeyRepository } from '@fg/identity-users-groups/data-access';
import type { InternalRoute } from '@fg/subgraph-server';
import type { EffectivePermissions } from '../authorization/effective-permissions';

export const VERIFY_API_KEY_PATH = '/internal/api-keys/verify';

/**
 * The gateway asks here who a presented API key belongs to and what it may do; keys are compared by hash only, and a
 * deleted or expired key is refused. `permissions` is the union of the key's groups', for the gateway to sign.
 */
export function verifyApiKeyRoute(apiKeys: ApiKeyRepository, accounts: AccountRepository, permissions: EffectivePermissions): InternalRoute {
  return async (body) => {
    const apiKey = (body as { apiKey?: unknown } | null)?.apiKey;
    if (typeof apiKey !== 'string' || apiKey.length === 0 || apiKey.length > 512) {
      return { status: 400, body: { error: 'apiKey must be a string of 1 to 512 characters' } };
    }
    const key = await apiKeys.verify(apiKey);
    if (!key) return { status: 404, body: { error: 'Invalid Api Key' } };
    // Both reads depend only on the key: done together, a verification costs two round trips, not three.
    const [account, effective] = await Promise.all([accounts.byId(key.accountId), permissions.ofApiKey(key)]);
    if (!account) return { status: 404, body: { error: 'Invalid Api Key' } };
    return {
      status: 200,
      body: {
        accountId: key.accountId,
        apiKeyId: key.id,
        // The edition decides some limits at the gateway (custom-dashboard traffic).
        edition: account.edition,
        permissions: effective.permissions,
        userGroupIds: effective.userGroupIds,
        // When the key stops working (null: never); a gateway may still accept it for API_KEY_CACHE_SECONDS after that.
        expiresAt: key.expiresAt,
      },
    };
  };
}

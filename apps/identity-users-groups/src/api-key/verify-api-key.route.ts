import type { AccountRepository, ApiKeyRepository } from '@fg/identity-users-groups/data-access';
import type { InternalRoute } from '@fg/subgraph-server';

export const VERIFY_API_KEY_PATH = '/internal/api-keys/verify';

/** The gateway asks here who a presented API key belongs to; keys are compared by hash only. */
export function verifyApiKeyRoute(apiKeys: ApiKeyRepository, accounts: AccountRepository): InternalRoute {
  return async (body) => {
    const apiKey = (body as { apiKey?: unknown } | null)?.apiKey;
    if (typeof apiKey !== 'string' || apiKey.length === 0 || apiKey.length > 512) {
      return { status: 400, body: { error: 'apiKey must be a string of 1 to 512 characters' } };
    }
    const key = await apiKeys.verify(apiKey);
    const account = key && (await accounts.byId(key.accountId));
    if (!key || !account) return { status: 404, body: { error: 'Invalid Api Key' } };
    // The edition decides some limits at the gateway (custom-dashboard traffic).
    return { status: 200, body: { accountId: key.accountId, apiKeyId: key.id, edition: account.edition } };
  };
}

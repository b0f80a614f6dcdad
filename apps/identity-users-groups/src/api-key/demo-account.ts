import type { Logger } from '@fg/logger';
import {
  generateApiKey,
  type AccountRepository,
  type ApiKeyRepository,
  type UserRepository,
} from '@fg/identity-users-groups/data-access';

export const DEMO_KEY_NAME = 'demo';

/**
 * Makes sure a demo account exists with a usable API key, so a fresh install can be queried at once. A given key
 * (DEMO_API_KEY) is registered if it is not yet; without one, a key is generated on first start and printed once,
 * because only its hash is kept.
 */
export async function ensureDemoAccount(
  repositories: { accounts: AccountRepository; apiKeys: ApiKeyRepository; users: UserRepository },
  demoApiKey: string | undefined,
  logger: Logger,
): Promise<void> {
  const existing = await repositories.accounts.demo();
  const account = existing ?? (await repositories.accounts.create('Demo', 'PAID', true));
  if (!existing) {
    await repositories.users.create(account.id, { name: 'Demo Admin', email: 'admin@demo.local', isEmailVerified: true });
  }
  if (demoApiKey) {
    const known = await repositories.apiKeys.verify(demoApiKey);
    if (known && known.accountId !== account.id) throw new Error('DEMO_API_KEY already belongs to another account');
    if (!known) await repositories.apiKeys.register(account.id, DEMO_KEY_NAME, demoApiKey);
    logger.info({ accountId: account.id }, 'demo account ready; its API key is the one in DEMO_API_KEY');
    return;
  }
  if (existing) {
    logger.info({ accountId: account.id }, 'demo account ready (its API key was printed when it was created)');
    return;
  }
  const generated = generateApiKey();
  await repositories.apiKeys.register(account.id, DEMO_KEY_NAME, generated);
  // Printed once, on purpose: the key is stored only as a hash.
  process.stdout.write(`Demo account ${account.id} created. Its API key (shown once): ${generated}\n`);
}

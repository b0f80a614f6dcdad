import type { Logger } from '@fg/logger';
import { isDuplicateKeyError } from '@fg/tenancy';
import {
  generateApiKey,
  hashPassword,
  verifyPassword,
  type AccountRepository,
  type ApiKeyRepository,
  type UserRepository,
} from '@fg/identity-users-groups/data-access';

export const DEMO_KEY_NAME = 'demo';
const DEMO_ADMIN = { name: 'Demo Admin', email: 'admin@demo.local', isEmailVerified: true };

/**
 * Makes sure a demo account exists with an admin user and a usable API key, so a fresh install can be queried at once.
 * Each step checks before it writes, so a start that was interrupted midway is completed by the next one.
 * - With DEMO_API_KEY, that value becomes the demo key (replacing an earlier demo key).
 * - Without it, a key is generated on the first start and printed once, because only its hash is kept.
 * - With DEMO_ADMIN_PASSWORD, the demo admin (admin@demo.local) can log in with that password.
 */
export async function ensureDemoAccount(
  repositories: { accounts: AccountRepository; apiKeys: ApiKeyRepository; users: UserRepository },
  demo: { apiKey?: string; adminPassword?: string },
  logger: Logger,
): Promise<void> {
  const { accounts, apiKeys, users } = repositories;
  const demoApiKey = demo.apiKey;
  const account = await accounts.ensureDemo();
  if (!(await users.byEmail(account.id, DEMO_ADMIN.email))) {
    await users.create(account.id, DEMO_ADMIN).catch((error: unknown) => {
      if (!isDuplicateKeyError(error)) throw error;
    });
  }
  if (demo.adminPassword) {
    const admin = await users.withPasswordHash(account.id, DEMO_ADMIN.email);
    const current = admin?.passwordHash && (await verifyPassword(demo.adminPassword, admin.passwordHash));
    if (admin && !current) await users.setPasswordHash(account.id, admin.user.id, await hashPassword(demo.adminPassword));
  }

  if (demoApiKey) {
    const known = await apiKeys.verify(demoApiKey);
    if (known && known.accountId !== account.id) throw new Error('DEMO_API_KEY already belongs to another account');
    const key = known ?? (await apiKeys.register(account.id, DEMO_KEY_NAME, demoApiKey));
    await apiKeys.removeOthersNamed(account.id, DEMO_KEY_NAME, key.id);
    logger.info({ accountId: account.id }, 'demo account ready; its API key is the one in DEMO_API_KEY');
    return;
  }
  if (await apiKeys.byName(account.id, DEMO_KEY_NAME)) {
    logger.info({ accountId: account.id }, 'demo account ready (its API key was printed when it was created)');
    return;
  }
  const generated = generateApiKey();
  await apiKeys.register(account.id, DEMO_KEY_NAME, generated);
  // Printed once, on purpose: the key is stored only as a hash.
  process.stdout.write(`Demo account ${account.id} created. Its API key (shown once): ${generated}\n`);
}

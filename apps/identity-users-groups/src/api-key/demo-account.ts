import type { Logger } from '@fg/logger';
import { isDuplicateKeyError } from '@fg/tenancy';
import { generateSecret } from '@fg/hashed-secrets';
import {
  hashPassword,
  verifyPassword,
  type AccountRepository,
  type ApiKeyRepository,
  type UserGroupRepository,
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
 * - The account's built-in "Account Administrator" group exists, and the demo admin and the demo key belong to it.
 */
export async function ensureDemoAccount(
  repositories: { accounts: AccountRepository; apiKeys: ApiKeyRepository; users: UserRepository; groups: UserGroupRepository },
  demo: { apiKey?: string; adminPassword?: string },
  logger: Logger,
): Promise<void> {
  const { accounts, apiKeys, users, groups } = repositories;
  const demoApiKey = demo.apiKey;
  const account = await accounts.ensureDemo();
  const administrators = await groups.ensureAccountAdministrator(account.id);
  if (!(await users.byEmail(account.id, DEMO_ADMIN.email))) {
    await users.create(account.id, DEMO_ADMIN).catch((error: unknown) => {
      if (!isDuplicateKeyError(error)) throw error;
    });
  }
  const admin = await users.byEmail(account.id, DEMO_ADMIN.email);
  if (admin && !administrators.memberIds.includes(admin.id)) await groups.addMember(account.id, administrators.id, admin.id);
  if (demo.adminPassword) {
    const withHash = await users.withPasswordHash(account.id, DEMO_ADMIN.email);
    const current = withHash?.passwordHash && (await verifyPassword(demo.adminPassword, withHash.passwordHash));
    if (withHash && !current) await users.setPasswordHash(account.id, withHash.user.id, await hashPassword(demo.adminPassword));
  }

  if (demoApiKey) {
    const known = await apiKeys.verify(demoApiKey);
    if (known && known.accountId !== account.id) throw new Error('DEMO_API_KEY already belongs to another account');
    const key = known ?? (await apiKeys.register(account.id, { name: DEMO_KEY_NAME, userGroupIds: [administrators.id] }, demoApiKey));
    // Keys made before user groups existed act with no group: the demo key is the administrators' again.
    if (!key.userGroupIds.includes(administrators.id)) await apiKeys.addUserGroup(account.id, key.id, administrators.id);
    await apiKeys.removeOthersNamed(account.id, DEMO_KEY_NAME, key.id);
    logger.info({ accountId: account.id }, 'demo account ready; its API key is the one in DEMO_API_KEY');
    return;
  }
  const existing = await apiKeys.byName(account.id, DEMO_KEY_NAME);
  if (existing) {
    if (!existing.userGroupIds.includes(administrators.id)) await apiKeys.addUserGroup(account.id, existing.id, administrators.id);
    logger.info({ accountId: account.id }, 'demo account ready (its API key was printed when it was created)');
    return;
  }
  const generated = generateSecret();
  await apiKeys.register(account.id, { name: DEMO_KEY_NAME, userGroupIds: [administrators.id] }, generated);
  // Printed once, on purpose: the key is stored only as a hash.
  process.stdout.write(`Demo account ${account.id} created. Its API key (shown once): ${generated}\n`);
}

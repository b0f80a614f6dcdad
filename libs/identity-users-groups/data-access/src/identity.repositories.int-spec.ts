import { generateSecret, hashSecret } from '@fg/hashed-secrets';
import { ensureIndexes, isDuplicateKeyError } from '@fg/tenancy';
import { testDatabase, testServices, type TestDatabase } from '@fg/testing';
import { AccountRepository, DEMO_ACCOUNT_ID } from './account/account.repository';
import { ApiKeyRepository } from './api-key/api-key.repository';
import { UserRepository } from './user/user.repository';
import { UserGroupRepository } from './user-group/user-group.repository';

const ID = /^[A-Za-z0-9_-]{22}$/;
const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('identity repositories (real store)', () => {
  let mongoUrl: string;
  let db: TestDatabase;
  let accounts: AccountRepository;
  let apiKeys: ApiKeyRepository;
  let users: UserRepository;
  let groups: UserGroupRepository;

  const collection = (name: string) => db.connection.db!.collection(name);

  beforeAll(async () => {
    mongoUrl = (await testServices()).mongoUrl;
    db = await testDatabase(mongoUrl, 'identrepo');
    accounts = new AccountRepository(db.connection);
    apiKeys = new ApiKeyRepository(db.connection);
    users = new UserRepository(db.connection);
    groups = new UserGroupRepository(db.connection);
    await ensureIndexes(db.connection);
  });
  afterAll(() => db.drop());

  describe('AccountRepository', () => {
    it('creates an account and reads it back by id', async () => {
      const before = Date.now();
      const created = await accounts.create('Acme', 'ESSENTIALS');

      expect(created).toEqual({ id: expect.stringMatching(ID), name: 'Acme', edition: 'ESSENTIALS', isDemo: false, ssoProviders: [], createdAt: expect.any(Number) });
      expect(Math.abs(created.createdAt - before)).toBeLessThan(60_000);
      expect(await accounts.byId(created.id)).toEqual(created);
      expect(await accounts.byId('no-such-account')).toBeNull();

      const doc = await collection('accounts').findOne({ _id: created.id as never });
      expect(doc).toMatchObject({ _id: created.id, name: 'Acme', edition: 'ESSENTIALS', isDemo: false });
      expect((doc?.createdAt as Date).getTime()).toBe(created.createdAt);
    });

    it('creates the demo account once under its fixed id, however often it is ensured', async () => {
      const first = await accounts.ensureDemo();
      const second = await accounts.ensureDemo();

      expect(first).toEqual({ id: DEMO_ACCOUNT_ID, name: 'Demo', edition: 'PAID', isDemo: true, ssoProviders: [], createdAt: expect.any(Number) });
      expect(second).toEqual(first);
      expect(await accounts.demo()).toEqual(first);
      expect(await collection('accounts').countDocuments({ isDemo: true })).toBe(1);
    });

    it('leaves an existing demo account as it is', async () => {
      await accounts.ensureDemo();
      await collection('accounts').updateOne({ _id: DEMO_ACCOUNT_ID as never }, { $set: { name: 'Renamed demo' } });
      expect((await accounts.ensureDemo()).name).toBe('Renamed demo');
      await collection('accounts').updateOne({ _id: DEMO_ACCOUNT_ID as never }, { $set: { name: 'Demo' } });
    });

    it('agrees on one demo account when several first starts ensure it at the same time', async () => {
      // A database of its own, so the demo account does not exist yet when the calls race.
      const fresh = await testDatabase(mongoUrl, 'identdemo');
      try {
        const freshAccounts = new AccountRepository(fresh.connection);
        await ensureIndexes(fresh.connection);
        expect(await freshAccounts.demo()).toBeNull();

        const results = await Promise.all(Array.from({ length: 5 }, () => freshAccounts.ensureDemo()));

        for (const result of results) expect(result).toEqual(results[0]);
        expect(results[0]).toMatchObject({ id: DEMO_ACCOUNT_ID, isDemo: true });
        expect(await fresh.connection.db!.collection('accounts').countDocuments({})).toBe(1);
      } finally {
        await fresh.drop();
      }
    });

    it('keeps a demo account an older install made with a random id', async () => {
      const older = await testDatabase(mongoUrl, 'identold');
      try {
        const olderAccounts = new AccountRepository(older.connection);
        await ensureIndexes(older.connection);
        const made = await olderAccounts.create('Demo', 'PAID', true);
        expect(made.id).not.toBe(DEMO_ACCOUNT_ID);
        expect(await olderAccounts.ensureDemo()).toEqual(made);
        expect(await older.connection.db!.collection('accounts').countDocuments({})).toBe(1);
      } finally {
        await older.drop();
      }
    });
  });

  describe('ApiKeyRepository', () => {
    it('stores only the hash of a registered key, never the key itself', async () => {
      const key = generateSecret();
      const registered = await apiKeys.register('acc-keys', 'ci', key);

      expect(registered).toEqual({
        id: expect.stringMatching(ID),
        accountId: 'acc-keys',
        name: 'ci',
        userGroupIds: [],
        expiresAt: null,
        rotatedFromId: null,
        createdAt: expect.any(Number),
      });
      const docs = await collection('api_keys').find({ accountId: 'acc-keys' }).toArray();
      expect(docs).toHaveLength(1);
      expect(docs[0]).toMatchObject({ _id: registered.id, accountId: 'acc-keys', name: 'ci', keyHash: hashSecret(key) });
      expect(hashSecret(key)).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(await collection('api_keys').find({}).toArray())).not.toContain(key);
    });

    it('verifies a presented key across accounts and finds nothing for an unknown one', async () => {
      const keyA = generateSecret();
      const keyB = generateSecret();
      const a = await apiKeys.register('acc-verify-a', 'main', keyA);
      const b = await apiKeys.register('acc-verify-b', 'main', keyB);

      expect(await apiKeys.verify(keyA)).toEqual(a);
      expect(await apiKeys.verify(keyB)).toEqual(b);
      expect(await apiKeys.verify(generateSecret())).toBeNull();
      expect(await apiKeys.verify(hashSecret(keyA))).toBeNull();
      expect(await apiKeys.verify('')).toBeNull();
    });

    it('finds a key by name within its account only', async () => {
      const key = await apiKeys.register('acc-named', 'deploy', generateSecret());
      expect(await apiKeys.byName('acc-named', 'deploy')).toEqual(key);
      expect(await apiKeys.byName('acc-named', 'other')).toBeNull();
      expect(await apiKeys.byName('acc-named-other', 'deploy')).toBeNull();
    });

    it('removes the account\'s other keys of a name, keeping the given one and everything else', async () => {
      const account = 'acc-rotate';
      const old1 = await apiKeys.register(account, 'demo', generateSecret());
      const keep = await apiKeys.register(account, 'demo', generateSecret());
      const old2 = await apiKeys.register(account, 'demo', generateSecret());
      const otherName = await apiKeys.register(account, 'ci', generateSecret());
      const otherAccount = await apiKeys.register('acc-rotate-other', 'demo', generateSecret());

      await apiKeys.removeOthersNamed(account, 'demo', keep.id);

      const left = await collection('api_keys').find({ accountId: { $in: [account, 'acc-rotate-other'] } }).toArray();
      expect(left.map((doc) => doc._id as unknown as string).sort()).toEqual([keep.id, otherName.id, otherAccount.id].sort());
      expect(await apiKeys.byIds(account, [old1.id, old2.id, keep.id])).toEqual([keep]);
      expect(await apiKeys.byName(account, 'demo')).toEqual(keep);

      // Nothing left to remove is not an error.
      await apiKeys.removeOthersNamed(account, 'demo', keep.id);
      expect(await apiKeys.byIds(account, [keep.id])).toEqual([keep]);
    });

    it('never lets another account remove its keys', async () => {
      const mine = await apiKeys.register('acc-key-mine', 'shared-name', generateSecret());
      await apiKeys.removeOthersNamed('acc-key-theirs', 'shared-name', 'some-other-id');
      expect(await apiKeys.byIds('acc-key-mine', [mine.id])).toEqual([mine]);
      expect(await apiKeys.byIds('acc-key-theirs', [mine.id])).toEqual([]);
    });

    it('finds a batch of ids, skipping missing ids and other accounts\' keys', async () => {
      const one = await apiKeys.register('acc-key-batch', 'one', generateSecret());
      const two = await apiKeys.register('acc-key-batch', 'two', generateSecret());
      const foreign = await apiKeys.register('acc-key-batch-other', 'one', generateSecret());

      expect(byId(await apiKeys.byIds('acc-key-batch', [two.id, 'missing-id', foreign.id, one.id]))).toEqual(byId([one, two]));
      expect(await apiKeys.byIds('acc-key-batch', [])).toEqual([]);
    });

    it('never registers one key twice, not even for another account', async () => {
      const key = generateSecret();
      await apiKeys.register('acc-key-unique', 'first', key);
      const sameAccount = await apiKeys.register('acc-key-unique', 'second', key).catch((e: unknown) => e);
      const otherAccount = await apiKeys.register('acc-key-unique-other', 'first', key).catch((e: unknown) => e);
      expect(isDuplicateKeyError(sameAccount)).toBe(true);
      expect(isDuplicateKeyError(otherAccount)).toBe(true);
      expect((await apiKeys.verify(key))?.accountId).toBe('acc-key-unique');
    });
  });

  describe('UserRepository', () => {
    it('creates a user with the default flags and reads it back', async () => {
      const created = await users.create('acc-users', { name: 'Ada', email: 'ada@example.com' });

      expect(created).toEqual({
        id: expect.stringMatching(ID),
        accountId: 'acc-users',
        name: 'Ada',
        email: 'ada@example.com',
        isEmailVerified: false,
        isTwoFactorAuthenticationEnabled: false,
        isUserLocked: false,
        isPasswordExpired: false,
        isImportedFromIdentityProvider: false,
        externalUserId: null,
        isDisabled: false,
        isInvitePending: false,
        createdAt: expect.any(Number),
      });
      expect(await users.byIds('acc-users', [created.id])).toEqual([created]);

      const withExtras = await users.create('acc-users', { name: 'Bob', email: 'bob@example.com', externalUserId: 'ext-1', isEmailVerified: true });
      expect(withExtras).toMatchObject({ externalUserId: 'ext-1', isEmailVerified: true });
    });

    it('stores emails lowercased and finds users by email whatever its case', async () => {
      const created = await users.create('acc-email', { name: 'Grace', email: '  Grace.Hopper@Example.COM ' });

      expect(created.email).toBe('grace.hopper@example.com');
      expect((await collection('users').findOne({ _id: created.id as never }))?.email).toBe('grace.hopper@example.com');
      expect(await users.byEmail('acc-email', 'grace.hopper@example.com')).toEqual(created);
      expect(await users.byEmail('acc-email', 'GRACE.HOPPER@EXAMPLE.COM')).toEqual(created);
      expect(await users.byEmail('acc-email', ' Grace.Hopper@example.com ')).toEqual(created);
      expect(await users.byEmail('acc-email', 'someone@example.com')).toBeNull();
    });

    it('finds a user by name', async () => {
      const created = await users.create('acc-user-name', { name: 'Linus', email: 'linus@example.com' });
      expect(await users.byName('acc-user-name', 'Linus')).toEqual(created);
      expect(await users.byName('acc-user-name', 'Nobody')).toBeNull();
    });

    it('finds a batch of ids, skipping missing ids and other accounts\' users', async () => {
      const one = await users.create('acc-user-batch', { name: 'one', email: 'one@example.com' });
      const two = await users.create('acc-user-batch', { name: 'two', email: 'two@example.com' });
      const foreign = await users.create('acc-user-batch-other', { name: 'one', email: 'one@example.com' });

      expect(byId(await users.byIds('acc-user-batch', [two.id, 'missing-id', foreign.id, one.id]))).toEqual(byId([one, two]));
      expect(await users.byIds('acc-user-batch', [])).toEqual([]);
    });

    it('never shows another account\'s users', async () => {
      const mine = await users.create('acc-user-mine', { name: 'Private', email: 'private@example.com' });
      expect(await users.byIds('acc-user-theirs', [mine.id])).toEqual([]);
      expect(await users.byEmail('acc-user-theirs', 'private@example.com')).toBeNull();
      expect(await users.byName('acc-user-theirs', 'Private')).toBeNull();
    });

    it('keeps one user per email within an account, in any case, but allows it in another account', async () => {
      await users.create('acc-user-unique', { name: 'First', email: 'same@example.com' });
      const duplicate = await users.create('acc-user-unique', { name: 'Second', email: 'SAME@example.com' }).catch((e: unknown) => e);
      expect(isDuplicateKeyError(duplicate)).toBe(true);

      const elsewhere = await users.create('acc-user-unique-other', { name: 'Second', email: 'Same@Example.com' });
      expect(await users.byEmail('acc-user-unique-other', 'same@example.com')).toEqual(elsewhere);
      expect((await users.byEmail('acc-user-unique', 'same@example.com'))?.name).toBe('First');
    });
  });
  describe('UserGroupRepository', () => {
    const fields = (name: string) => ({ name, description: null, ssoSetting: null, notificationSettings: null, permissions: { accountPermissions: [], appPermissions: [] } });

    it('keeps one group per name within an account, and allows it in another account', async () => {
      await groups.create('acc-groups', fields('Ops'), []);
      const duplicate = await groups.create('acc-groups', fields('Ops'), []).catch((error: unknown) => error);
      expect(isDuplicateKeyError(duplicate)).toBe(true);
      await expect(groups.create('acc-groups-2', fields('Ops'), [])).resolves.toMatchObject({ name: 'Ops', accountId: 'acc-groups-2' });
    });

    it("finds a member's groups within its account only, and takes a member out of every group", async () => {
      const a = await groups.create('acc-members', fields('A'), ['u1', 'u2']);
      const b = await groups.create('acc-members', fields('B'), ['u1']);
      await groups.create('acc-members-other', fields('C'), ['u1']);
      expect((await groups.ofMembers('acc-members', ['u1'])).map((group) => group.id)).toEqual([a.id, b.id]);
      await groups.removeMemberEverywhere('acc-members', 'u1');
      expect(await groups.ofMembers('acc-members', ['u1'])).toEqual([]);
      expect((await groups.byId('acc-members', a.id))?.memberIds).toEqual(['u2']);
      expect(await groups.ofMembers('acc-members-other', ['u1'])).toHaveLength(1);
    });

    it('creates the Account Administrator group once per account, with every permission', async () => {
      const [first, second] = await Promise.all([groups.ensureAccountAdministrator('acc-admin'), groups.ensureAccountAdministrator('acc-admin')]);
      expect(second.id).toBe(first.id);
      expect(first).toMatchObject({ name: 'Account Administrator', builtIn: 'ACCOUNT_ADMINISTRATOR' });
      expect(first.permissions.accountPermissions).toHaveLength(32);
      expect(await collection('user_groups').countDocuments({ accountId: 'acc-admin' })).toBe(1);
      expect((await groups.ensureAccountAdministrator('acc-admin-2')).id).not.toBe(first.id);
    });
  });

  describe('API key expiry and invites', () => {
    it('refuses an expired key on verification', async () => {
      const key = generateSecret();
      await apiKeys.register('acc-expiry', { name: 'temp', expiresAt: 2_000 }, key);
      expect(await apiKeys.verify(key, 1_999)).toMatchObject({ name: 'temp', expiresAt: 2_000 });
      expect(await apiKeys.verify(key, 2_000)).toBeNull();
    });

    it('accepts an invite token once, and not after it expired', async () => {
      const { user, inviteToken } = await users.invite('acc-invite', { name: 'Inv', email: 'inv@example.com' }, 60_000);
      expect(user.isInvitePending).toBe(true);
      expect(await users.acceptInvite(inviteToken, 'hash-1')).toMatchObject({ id: user.id, isInvitePending: false, isEmailVerified: true });
      expect(await users.acceptInvite(inviteToken, 'hash-2')).toBeNull();
      expect((await users.withPasswordHash('acc-invite', 'inv@example.com'))?.passwordHash).toBe('hash-1');

      const late = await users.invite('acc-invite', { name: 'Late', email: 'late@example.com' }, 60_000);
      expect(await users.acceptInvite(late.inviteToken, 'hash-3', Date.now() + 61_000)).toBeNull();
    });
  });
});

import type { Connection, Model } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, newId } from '@fg/tenancy';
import { ACCOUNT_ADMINISTRATOR, type PermissionSet } from '@fg/permissions';
import type { UserGroup, UserGroupFields } from './user-group.entity';
import { userGroupSchema, type UserGroupDoc } from './user-group.schema';

export const ACCOUNT_ADMINISTRATOR_GROUP_NAME = 'Account Administrator';

export class UserGroupRepository extends AccountScopedRepository<UserGroupDoc, UserGroup> {
  private readonly groups: Model<UserGroupDoc>;

  constructor(connection: Connection) {
    const model = connection.model<UserGroupDoc>('UserGroup', userGroupSchema);
    super(model);
    this.groups = model;
  }

  protected toEntity(doc: UserGroupDoc): UserGroup {
    return {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      description: doc.description ?? null,
      memberIds: doc.memberIds ?? [],
      ssoSetting: doc.ssoSetting ?? null,
      importedByScim: doc.importedByScim ?? false,
      notificationSettings: doc.notificationSettings ?? null,
      permissions: doc.permissions ?? { accountPermissions: [], appPermissions: [] },
      builtIn: doc.builtIn ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  create(accountId: string, fields: UserGroupFields, memberIds: string[]): Promise<UserGroup> {
    return this.insert(accountId, { _id: newId(), ...fields, memberIds: [...new Set(memberIds)], importedByScim: false, builtIn: null } as Omit<UserGroupDoc, 'accountId'>);
  }

  /**
   * The account's "Account Administrator" group, holding every permission; created on first call. Its id is derived
   * from the account's, so concurrent first calls upsert one document.
   */
  async ensureAccountAdministrator(accountId: string): Promise<UserGroup> {
    const existing = await this.findOne(accountId, { builtIn: 'ACCOUNT_ADMINISTRATOR' });
    if (existing) return existing;
    try {
      const doc = await this.groups
        .findOneAndUpdate(
          { _id: `${accountId}:account-administrator`, accountId },
          {
            $setOnInsert: {
              name: ACCOUNT_ADMINISTRATOR_GROUP_NAME,
              description: 'Built in: every permission of the account',
              memberIds: [],
              ssoSetting: null,
              importedByScim: false,
              notificationSettings: null,
              permissions: ACCOUNT_ADMINISTRATOR,
              builtIn: 'ACCOUNT_ADMINISTRATOR',
            },
          },
          { upsert: true, new: true },
        )
        .lean<UserGroupDoc>()
        .exec();
      return this.toEntity(doc!);
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const raced = await this.findOne(accountId, { builtIn: 'ACCOUNT_ADMINISTRATOR' });
      if (raced) return raced;
      throw error;
    }
  }

  byId(accountId: string, id: string): Promise<UserGroup | null> {
    return this.findOne(accountId, { _id: id });
  }

  byName(accountId: string, name: string): Promise<UserGroup | null> {
    return this.findOne(accountId, { name });
  }

  list(accountId: string, offset: number, count: number): Promise<UserGroup[]> {
    return this.findMany(accountId, {}, { offset, count, sort: { name: 1 } });
  }

  total(accountId: string): Promise<number> {
    return this.count(accountId, {});
  }

  /** Every group any of these users belongs to (one read for a page of users), sorted by name. */
  ofMembers(accountId: string, userIds: readonly string[]): Promise<UserGroup[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    // count 0 is no limit: a user belongs to a handful of groups.
    return this.findMany(accountId, { memberIds: { $in: [...userIds] } }, { offset: 0, count: 0, sort: { name: 1 } });
  }

  update(accountId: string, id: string, changes: Partial<UserGroupFields> & { memberIds?: string[] }): Promise<UserGroup | null> {
    const set = changes.memberIds ? { ...changes, memberIds: [...new Set(changes.memberIds)] } : changes;
    return this.updateOne(accountId, { _id: id }, { $set: set });
  }

  setPermissions(accountId: string, id: string, permissions: PermissionSet): Promise<UserGroup | null> {
    return this.updateOne(accountId, { _id: id }, { $set: { permissions } });
  }

  addMember(accountId: string, id: string, userId: string): Promise<UserGroup | null> {
    return this.updateOne(accountId, { _id: id }, { $addToSet: { memberIds: userId } });
  }

  removeMember(accountId: string, id: string, userId: string): Promise<UserGroup | null> {
    return this.updateOne(accountId, { _id: id }, { $pull: { memberIds: userId } });
  }

  /** Takes a deleted user out of every group, one group at a time (a user is in a handful of groups). */
  async removeMemberEverywhere(accountId: string, userId: string): Promise<void> {
    while (await this.updateOne(accountId, { memberIds: userId }, { $pull: { memberIds: userId } }));
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }
}

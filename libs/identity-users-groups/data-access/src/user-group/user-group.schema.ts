import { Schema } from 'mongoose';
import { newId, type AccountOwned } from '@fg/tenancy';
import type { PermissionSet } from '@fg/permissions';
import type { BuiltInUserGroup, LinkedSsoSetting, NotificationSettings } from './user-group.entity';

export interface UserGroupDoc extends AccountOwned {
  name: string;
  description: string | null;
  memberIds: string[];
  ssoSetting: LinkedSsoSetting | null;
  importedByScim: boolean;
  notificationSettings: NotificationSettings | null;
  /** Canonical form (normalizePermissionSet), stored as the plain JSON the API speaks. */
  permissions: PermissionSet;
  builtIn: BuiltInUserGroup | null;
  createdAt: Date;
}

export const userGroupSchema = new Schema<UserGroupDoc>(
  {
    _id: { type: String, default: newId },
    accountId: { type: String, required: true },
    name: { type: String, required: true },
    description: { type: String, default: null },
    memberIds: { type: [String], default: [] },
    ssoSetting: { type: Schema.Types.Mixed, default: null },
    importedByScim: { type: Boolean, default: false },
    notificationSettings: { type: Schema.Types.Mixed, default: null },
    permissions: { type: Schema.Types.Mixed, default: () => ({ accountPermissions: [], appPermissions: [] }) },
    builtIn: { type: String, default: null },
  },
  { collection: 'user_groups', timestamps: { createdAt: true, updatedAt: false }, versionKey: false, minimize: false },
);
// userGroupByName, one group per name within an account (CONFLICT), and userGroups sorted by name.
userGroupSchema.index({ accountId: 1, name: 1 }, { unique: true });
// A user's groups: User.userGroups, a user's effective permissions, and removing a deleted user from every group.
userGroupSchema.index({ accountId: 1, memberIds: 1 });
// The account's built-in groups (its Account Administrator group), created once per account.
userGroupSchema.index({ accountId: 1, builtIn: 1 });

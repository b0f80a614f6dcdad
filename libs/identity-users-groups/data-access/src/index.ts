export { AccountRepository, DEMO_ACCOUNT_ID } from './account/account.repository';
export type { Account, AccountEdition, SsoProvider } from './account/account.entity';
export { ApiKeyRepository, type NewApiKey } from './api-key/api-key.repository';
export type { ApiKey } from './api-key/api-key.entity';
export { UserRepository, type NewUser, type UserChanges } from './user/user.repository';
export type { User } from './user/user.entity';
export { hashPassword, verifyPassword } from './user/password-hash';
export { SessionRepository, type Session } from './session/session.repository';
export { UserGroupRepository, ACCOUNT_ADMINISTRATOR_GROUP_NAME } from './user-group/user-group.repository';
export type {
  UserGroup,
  UserGroupFields,
  NotificationSettings,
  SlackNotificationSetting,
  LinkedSsoSetting,
  BuiltInUserGroup,
} from './user-group/user-group.entity';

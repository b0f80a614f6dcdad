export { AccountRepository, DEMO_ACCOUNT_ID } from './account/account.repository';
export type { Account, AccountEdition } from './account/account.entity';
export { ApiKeyRepository } from './api-key/api-key.repository';
export { generateApiKey, hashApiKey } from './api-key/api-key-hash';
export type { ApiKey } from './api-key/api-key.entity';
export { UserRepository, type NewUser } from './user/user.repository';
export type { User } from './user/user.entity';
export { hashPassword, verifyPassword } from './user/password-hash';
export { SessionRepository, type Session } from './session/session.repository';

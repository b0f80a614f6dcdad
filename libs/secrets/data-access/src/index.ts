export {
  SecretManagerRepository,
  DEFAULT_SECRET_MANAGER_NAME,
  type SecretManager,
  type SecretManagerType,
  type SecretManagerFields,
  type SecretManagerQuery,
  type VaultSettings,
  type CustomManagerSettings,
  type WrappedManagerCredentials,
} from './secret-manager/secret-manager.repository';
export { SecretRepository, type WrappedSecretValue } from './secret/secret.repository';
export type {
  Secret,
  SecretType,
  SecretFields,
  EncryptedSecret,
  WinRmSecret,
  WinRmSettings,
  SshSecret,
  SshSettings,
  SshAuthenticationMethod,
  NameValue,
  StoredSecretValue,
} from './secret/secret.entity';
export {
  SecretReferenceProjection,
  type SecretReferenceEvent,
  type SecretReferrer,
} from './secret-reference/secret-reference.projection';
export type { UsageScope, AppEnvScope, EnvFilterType } from './usage-scope/usage-scope.entity';

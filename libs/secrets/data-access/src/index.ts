export {
  SecretManagerRepository,
  type SecretManager,
  type SecretManagerType,
} from './secret-manager/secret-manager.repository';

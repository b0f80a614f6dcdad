import type DataLoader from 'dataloader';
import type { Identity } from '@fg/internal-auth';
import type { SecretManager, SecretManagerRepository } from '@fg/secrets/data-access';

export interface SecretsContext {
  identity: Identity;
  secretManagers: SecretManagerRepository;
  secretManagerById: DataLoader<string, SecretManager | null>;
}

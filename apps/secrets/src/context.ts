import type DataLoader from 'dataloader';
import type { Principal } from '@fg/internal-auth';
import type { SecretManager, SecretManagerRepository } from '@fg/secrets/data-access';

export interface SecretsContext {
  principal: Principal;
  secretManagers: SecretManagerRepository;
  secretManagerById: DataLoader<string, SecretManager | null>;
}

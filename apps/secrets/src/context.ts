import type { Principal } from '@fg/internal-auth';
import type { SecretManagerService } from './secret-manager/secret-manager.service';
import type { SecretService } from './secret/secret.service';

export interface SecretsContext {
  principal: Principal;
  secrets: SecretService;
  secretManagers: SecretManagerService;
}

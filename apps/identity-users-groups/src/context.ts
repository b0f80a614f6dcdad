import type { Identity } from '@fg/internal-auth';
import type { UserService } from './user/user.service';

export interface IdentityContext {
  identity: Identity;
  users: UserService;
}

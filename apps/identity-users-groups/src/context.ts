import type { Principal } from '@fg/internal-auth';
import type { UserService } from './user/user.service';

export interface IdentityContext {
  principal: Principal;
  users: UserService;
}

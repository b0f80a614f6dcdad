import type { Principal } from '@fg/internal-auth';
import type { User } from '@fg/identity-users-groups/data-access';
import type { ApiKeyService } from './api-key/api-key.service';
import type { SsoProviderService } from './sso-provider/sso-provider.service';
import type { UserGroupService } from './user-group/user-group.service';
import type { UserService } from './user/user.service';

export interface IdentityContext {
  principal: Principal;
  users: UserService;
  userGroups: UserGroupService;
  apiKeys: ApiKeyService;
  ssoProviders: SsoProviderService;
  acceptUserInvite(inviteToken: string, password: string): Promise<User>;
}

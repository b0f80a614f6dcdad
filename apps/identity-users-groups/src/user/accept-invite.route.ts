import { ApiError } from '@fg/graphql-kit';
import type { UserRepository } from '@fg/identity-users-groups/data-access';
import type { InternalRoute } from '@fg/subgraph-server';
import { acceptUserInvite } from './user.service';

export const ACCEPT_INVITE_PATH = '/internal/users/accept-invite';

/**
 * The same as the acceptUserInvite mutation, for a public route that needs no API key (the invitee has none yet):
 * the gateway can forward `{ inviteToken, password }` here.
 */
export function acceptInviteRoute(users: UserRepository): InternalRoute {
  return async (body) => {
    const { inviteToken, password } = (body ?? {}) as { inviteToken?: unknown; password?: unknown };
    try {
      const user = await acceptUserInvite(users, inviteToken as string, password as string);
      return { status: 200, body: { accountId: user.accountId, userId: user.id, email: user.email } };
    } catch (error) {
      if (error instanceof ApiError) return { status: 400, body: { error: 'INVALID_INVITE', message: error.message } };
      throw error;
    }
  };
}

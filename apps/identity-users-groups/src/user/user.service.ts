import DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type Connection } from '@fg/graphql-kit';
import { isDuplicateKeyError } from '@fg/tenancy';
import {
  hashPassword,
  type User,
  type UserGroup,
  type UserGroupRepository,
  type UserRepository,
} from '@fg/identity-users-groups/data-access';
import { MANAGE_USERS_AND_GROUPS, READ_USERS_AND_GROUPS, type Authorizer } from '../authorization/authorizer';
import { arrayPage } from '../paging';

export const USER_NOT_FOUND = 'User does not exist';
/** How long an invite token can be used to set a password. */
export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const MIN_PASSWORD_LENGTH = 8;

export interface CreateUserInput {
  name: string;
  email: string;
  userGroupIds?: string[] | null;
  externalUserId?: string | null;
}

export interface UpdateUserInput {
  id: string;
  name?: string | null;
  userGroupIds?: string[] | null;
  externalUserId?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Users of one account, acted on by one actor (resolver -> this -> repositories). */
export class UserService {
  private readonly byId: DataLoader<string, User | null>;
  private readonly groupsOfUser: DataLoader<string, UserGroup[]>;

  constructor(
    private readonly users: UserRepository,
    private readonly groups: UserGroupRepository,
    private readonly accountId: string,
    private readonly authorizer: Authorizer,
  ) {
    this.byId = byIdLoader((ids) => users.byIds(accountId, ids));
    // One read for the groups of every user on a page (User.userGroups), sliced per user.
    this.groupsOfUser = new DataLoader(async (userIds) => {
      const found = await groups.ofMembers(accountId, userIds);
      return userIds.map((userId) => found.filter((group) => group.memberIds.includes(userId)));
    });
  }

  /** Entity references from other subgraphs: the user shown on an entity the caller can already read. */
  find(id: string): Promise<User | null> {
    return this.byId.load(id);
  }

  async get(id: string): Promise<User> {
    this.authorizer.requireAccountPermission(READ_USERS_AND_GROUPS);
    return (await this.find(id)) ?? Promise.reject(notFound(USER_NOT_FOUND));
  }

  async getByName(name: string): Promise<User> {
    this.authorizer.requireAccountPermission(READ_USERS_AND_GROUPS);
    return (await this.users.byName(this.accountId, name)) ?? Promise.reject(notFound(USER_NOT_FOUND));
  }

  async getByEmail(email: string): Promise<User> {
    this.authorizer.requireAccountPermission(READ_USERS_AND_GROUPS);
    return (await this.users.byEmail(this.accountId, email)) ?? Promise.reject(notFound(USER_NOT_FOUND));
  }

  async list(limit: number, offset: number | null | undefined, filters: ({ includeDisabled?: boolean | null } | null)[] | null | undefined): Promise<Connection<User>> {
    const page = pageRequest(limit, offset);
    this.authorizer.requireAccountPermission(READ_USERS_AND_GROUPS);
    const includeDisabled = (filters ?? []).some((filter) => filter?.includeDisabled === true);
    return lazyConnection(page, {
      fetch: (from, count) => this.users.list(this.accountId, includeDisabled, from, count),
      count: () => this.users.total(this.accountId, includeDisabled),
    });
  }

  async groupsOf(user: User, limit: number, offset: number | null | undefined): Promise<Connection<UserGroup>> {
    const page = pageRequest(limit, offset);
    this.authorizer.requireAccountPermission(READ_USERS_AND_GROUPS);
    return arrayPage(page, () => this.groupsOfUser.load(user.id));
  }

  /** Invites a user: the user exists at once (pending) and sets a password with the returned one-time token. */
  async invite(input: CreateUserInput): Promise<{ user: User; inviteToken: string }> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    const name = input.name?.trim();
    const email = input.email?.trim().toLowerCase();
    if (!name) throw badInput('User name must not be empty');
    if (!email) throw badInput('User email must not be empty');
    if (!EMAIL.test(email)) throw badInput(`"${input.email}" is not an email address`);
    const groupIds = await this.existingGroupIds(input.userGroupIds);
    const invited = await this.users
      .invite(this.accountId, { name, email, externalUserId: input.externalUserId ?? null }, INVITE_LIFETIME_MS)
      .catch((error: unknown) => {
        throw isDuplicateKeyError(error) ? conflict(`A user with email "${email}" already exists`) : error;
      });
    for (const groupId of groupIds) await this.groups.addMember(this.accountId, groupId, invited.user.id);
    return invited;
  }

  async update(input: UpdateUserInput): Promise<User> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    const existing = await this.users.byIds(this.accountId, [input.id]);
    if (existing.length === 0) throw notFound(USER_NOT_FOUND);
    const changes: { name?: string; externalUserId?: string | null } = {};
    if (input.name !== undefined) {
      const name = input.name?.trim();
      if (!name) throw badInput('User name must not be empty');
      changes.name = name;
    }
    if (input.externalUserId !== undefined) changes.externalUserId = input.externalUserId;
    if (input.userGroupIds !== undefined && input.userGroupIds !== null) await this.setGroups(input.id, await this.existingGroupIds(input.userGroupIds));
    const updated = Object.keys(changes).length > 0 ? await this.users.update(this.accountId, input.id, changes) : existing[0];
    return updated ?? Promise.reject(notFound(USER_NOT_FOUND));
  }

  async remove(id: string): Promise<void> {
    this.authorizer.requireAccountPermission(MANAGE_USERS_AND_GROUPS);
    if (!(await this.users.remove(this.accountId, id))) throw notFound(USER_NOT_FOUND);
    await this.groups.removeMemberEverywhere(this.accountId, id);
  }

  /** Makes the user a member of exactly these groups. */
  private async setGroups(userId: string, groupIds: string[]): Promise<void> {
    const current = await this.groups.ofMembers(this.accountId, [userId]);
    for (const group of current) {
      if (!groupIds.includes(group.id)) await this.groups.removeMember(this.accountId, group.id, userId);
    }
    for (const groupId of groupIds) {
      if (!current.some((group) => group.id === groupId)) await this.groups.addMember(this.accountId, groupId, userId);
    }
  }

  private async existingGroupIds(ids: readonly string[] | null | undefined): Promise<string[]> {
    const wanted = [...new Set(ids ?? [])];
    if (wanted.some((id) => !id || !id.trim())) throw badInput('userGroupIds must not contain empty ids');
    const found = new Set((await this.groups.byIds(this.accountId, wanted)).map((group) => group.id));
    const unknown = wanted.filter((id) => !found.has(id));
    if (unknown.length > 0) throw badInput(`No User Group exists with id ${unknown.join(', ')}`);
    return wanted;
  }
}

/** Setting a password with an invite token: needs no permission, the token is the proof. */
export async function acceptUserInvite(users: UserRepository, inviteToken: string, password: string): Promise<User> {
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw badInput(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  }
  if (typeof inviteToken !== 'string' || !inviteToken || inviteToken.length > 512) throw badInput('The invite token is unknown, used or expired');
  const user = await users.acceptInvite(inviteToken, await hashPassword(password));
  return user ?? Promise.reject(badInput('The invite token is unknown, used or expired'));
}

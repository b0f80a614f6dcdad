import type DataLoader from 'dataloader';
import { byIdLoader, notFound } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import type { User, UserRepository } from '@fg/identity-users-groups/data-access';

export const USER_NOT_FOUND = 'User does not exist';

export class UserService {
  private readonly byId: DataLoader<string, User | null>;

  constructor(
    private readonly repository: UserRepository,
    private readonly principal: Principal,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(principal.accountId, ids));
  }

  find(id: string): Promise<User | null> {
    return this.byId.load(id);
  }

  async get(id: string): Promise<User> {
    return (await this.find(id)) ?? Promise.reject(notFound(USER_NOT_FOUND));
  }

  async getByName(name: string): Promise<User> {
    return (await this.repository.byName(this.principal.accountId, name)) ?? Promise.reject(notFound(USER_NOT_FOUND));
  }

  async getByEmail(email: string): Promise<User> {
    return (await this.repository.byEmail(this.principal.accountId, email)) ?? Promise.reject(notFound(USER_NOT_FOUND));
  }
}

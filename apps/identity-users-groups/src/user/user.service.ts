import type DataLoader from 'dataloader';
import { byIdLoader, notFound } from '@fg/graphql-kit';
import type { Identity } from '@fg/internal-auth';
import type { User, UserRepository } from '@fg/identity-users-groups/data-access';

export const USER_NOT_FOUND = 'User does not exist';

export class UserService {
  private readonly byId: DataLoader<string, User | null>;

  constructor(
    private readonly repository: UserRepository,
    private readonly identity: Identity,
  ) {
    this.byId = byIdLoader((ids) => repository.byIds(identity.accountId, ids));
  }

  find(id: string): Promise<User | null> {
    return this.byId.load(id);
  }

  async get(id: string): Promise<User> {
    return (await this.find(id)) ?? Promise.reject(notFound(USER_NOT_FOUND));
  }

  async getByName(name: string): Promise<User> {
    return (await this.repository.byName(this.identity.accountId, name)) ?? Promise.reject(notFound(USER_NOT_FOUND));
  }

  async getByEmail(email: string): Promise<User> {
    return (await this.repository.byEmail(this.identity.accountId, email)) ?? Promise.reject(notFound(USER_NOT_FOUND));
  }
}

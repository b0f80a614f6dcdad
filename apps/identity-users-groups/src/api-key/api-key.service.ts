import type DataLoader from 'dataloader';
import { badInput, byIdLoader, notFound } from '@fg/graphql-kit';
import { forbidden } from '@fg/permissions';
import { generateSecret } from '@fg/hashed-secrets';
import { type ApiKey, type ApiKeyRepository, type UserGroupRepository } from '@fg/identity-users-groups/data-access';
import { MANAGE_API_KEYS, type Authorizer } from '../authorization/authorizer';

export const API_KEY_NOT_FOUND = 'Api Key does not exist';

export interface ApiKeyInput {
  accountId: string;
  name: string;
  userGroupIds?: (string | null)[] | null;
  expiresAt?: number | null;
}

/** A new key's value: returned once, in the mutation's answer, and never stored. */
export interface IssuedApiKey {
  key: ApiKey;
  apiKey: string;
}

/** API keys of one account; a key acts with the union of its user groups' permissions. */
export class ApiKeyService {
  private readonly byId: DataLoader<string, ApiKey | null>;

  constructor(
    private readonly apiKeys: ApiKeyRepository,
    private readonly groups: UserGroupRepository,
    private readonly accountId: string,
    private readonly authorizer: Authorizer,
  ) {
    this.byId = byIdLoader((ids) => apiKeys.byIds(accountId, ids));
  }

  /**
   * The APIKey entity (an execution's cause names it): id and name, to anyone of the account, as a user's name is;
   * a key of another account is null. Batched per request.
   */
  find(id: string): Promise<ApiKey | null> {
    return this.byId.load(id);
  }

  async create(input: ApiKeyInput, nowMs = Date.now()): Promise<IssuedApiKey> {
    await this.authorize(input.accountId);
    const name = this.validName(input.name);
    const userGroupIds = await this.existingGroupIds(input.userGroupIds);
    const expiresAt = this.validExpiry(input.expiresAt, nowMs);
    const apiKey = generateSecret();
    const key = await this.apiKeys.register(this.accountId, { name, userGroupIds, expiresAt }, apiKey);
    return { key, apiKey };
  }

  async update(id: string, input: ApiKeyInput, nowMs = Date.now()): Promise<ApiKey> {
    await this.authorize(input.accountId);
    const changes: { name: string; userGroupIds?: string[]; expiresAt?: number | null } = { name: this.validName(input.name) };
    if (input.userGroupIds !== undefined && input.userGroupIds !== null) changes.userGroupIds = await this.existingGroupIds(input.userGroupIds);
    if (input.expiresAt !== undefined) changes.expiresAt = this.validExpiry(input.expiresAt, nowMs);
    return (await this.apiKeys.update(this.accountId, id, changes)) ?? Promise.reject(notFound(API_KEY_NOT_FOUND));
  }

  async remove(accountId: string, id: string): Promise<void> {
    await this.authorize(accountId);
    if (!(await this.apiKeys.remove(this.accountId, id))) throw notFound(API_KEY_NOT_FOUND);
  }

  /**
   * A second key with the same name and groups. Both work until the old one is deleted, or until `oldKeyExpiresAt`
   * when given (the overlap window), so a client switches without a moment with no valid key.
   */
  async rotate(accountId: string, id: string, oldKeyExpiresAt: number | null | undefined, nowMs = Date.now()): Promise<IssuedApiKey> {
    await this.authorize(accountId);
    const old = await this.apiKeys.byId(this.accountId, id);
    if (!old) throw notFound(API_KEY_NOT_FOUND);
    const { name, userGroupIds, expiresAt } = old;
    const overlapEnds = this.validExpiry(oldKeyExpiresAt, nowMs);
    const apiKey = generateSecret();
    const key = await this.apiKeys.register(this.accountId, { name, userGroupIds, expiresAt, rotatedFromId: id }, apiKey);
    if (overlapEnds !== null) await this.apiKeys.update(this.accountId, id, { expiresAt: overlapEnds });
    return { key, apiKey };
  }

  /** The input names an account: it must be the caller's own (a key can never be made for another account). */
  private async authorize(accountId: string): Promise<void> {
    this.authorizer.requireAccountPermission(MANAGE_API_KEYS);
    if (accountId !== this.accountId) throw forbidden();
  }

  private validName(name: string | null | undefined): string {
    const trimmed = name?.trim();
    if (!trimmed) throw badInput('API key name must not be empty');
    return trimmed;
  }

  private validExpiry(expiresAt: number | null | undefined, nowMs: number): number | null {
    if (expiresAt === null || expiresAt === undefined) return null;
    if (expiresAt <= nowMs) throw badInput('expiresAt must be in the future');
    return expiresAt;
  }

  private async existingGroupIds(ids: readonly (string | null)[] | null | undefined): Promise<string[]> {
    const wanted = [...new Set(ids ?? [])];
    if (wanted.some((id) => !id || !id.trim())) throw badInput('userGroupIds must not contain empty ids');
    const found = new Set((await this.groups.byIds(this.accountId, wanted as string[])).map((group) => group.id));
    const unknown = (wanted as string[]).filter((id) => !found.has(id));
    if (unknown.length > 0) throw badInput(`No User Group exists with id ${unknown.join(', ')}`);
    return wanted as string[];
  }
}

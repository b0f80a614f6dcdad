import type { Connection } from 'mongoose';
import { isDuplicateKeyError } from '@fg/tenancy';
import { DelegateTaskError } from './delegate-task.error';
import type { Delegate, DelegateStatus, DelegateWithLiveness, RegisterDelegateInput } from './delegate.entity';
import { DelegateRepository } from './delegate.repository';
import { DelegateScopeRepository, type DelegateScope, type NewDelegateScope } from './delegate-scope';
import { validateAccountId, validateTags } from './task-input.validation';

export interface DelegateRegistryOptions {
  /** A delegate heard from within this many ms is connected. */
  connectedWindowMs: number;
  /** New delegates wait for an operator's delegateApproveReject before they are offered tasks. Default false. */
  approvalRequired?: boolean;
}

export type DelegateApproval = 'ACTIVATE' | 'REJECT';

export const DELEGATE_NOT_FOUND = 'Delegate does not exist';

/**
 * Delegates, their liveness and their management. Only an ENABLED delegate is offered tasks; a DELETED one (deleted
 * or rejected by an operator) stays deleted, even when it registers again under its name.
 */
export class DelegateRegistry {
  private readonly delegates: DelegateRepository;
  private readonly scopes: DelegateScopeRepository;

  constructor(
    connection: Connection,
    private readonly options: DelegateRegistryOptions,
  ) {
    this.delegates = new DelegateRepository(connection);
    this.scopes = new DelegateScopeRepository(connection);
  }

  registerDelegate(accountId: string, input: RegisterDelegateInput, now = new Date()): Promise<Delegate> {
    validateAccountId(accountId);
    if (!input.name || input.name.length > 128) throw new DelegateTaskError('INVALID_INPUT', 'a delegate name is 1-128 characters');
    const tags = [...new Set(validateTags(input.tags))].sort();
    const initial: DelegateStatus = this.options.approvalRequired ? 'WAITING_FOR_APPROVAL' : 'ENABLED';
    return this.delegates.register(accountId, { ...input, tags }, initial, now);
  }

  /** Null when the delegate is unknown to the account. */
  heartbeat(accountId: string, delegateId: string, now = new Date()): Promise<Delegate | null> {
    return this.delegates.heartbeat(accountId, delegateId, now);
  }

  getDelegate(accountId: string, delegateId: string): Promise<Delegate | null> {
    return this.delegates.byId(accountId, delegateId);
  }

  async listDelegates(accountId: string, now = new Date()): Promise<DelegateWithLiveness[]> {
    const delegates = await this.delegates.list(accountId);
    return delegates.map((delegate) => this.withLiveness(delegate, now));
  }

  /** How many delegates (not deleted, in every account) are connected and disconnected now. */
  countByLiveness(now = new Date()): Promise<{ connected: number; disconnected: number }> {
    return this.delegates.countByHeartbeat(new Date(now.getTime() - this.options.connectedWindowMs));
  }

  withLiveness(delegate: Delegate, now = new Date()): DelegateWithLiveness {
    return { ...delegate, connected: now.getTime() - delegate.lastHeartbeatAt.getTime() <= this.options.connectedWindowMs };
  }

  /** ACTIVATE enables a waiting (or enabled) delegate; REJECT deletes it, so it can no longer acquire. */
  async approveOrReject(accountId: string, delegateId: string, approval: DelegateApproval): Promise<Delegate> {
    const to: DelegateStatus = approval === 'ACTIVATE' ? 'ENABLED' : 'DELETED';
    const changed = await this.delegates.setStatus(accountId, delegateId, ['WAITING_FOR_APPROVAL', 'ENABLED'], to);
    if (changed) return changed;
    return this.failOnMissingOrDeleted(accountId, delegateId);
  }

  /** The delegate can no longer register, heartbeat usefully or acquire; its leases lapse and its tasks go to others. */
  async deleteDelegate(accountId: string, delegateId: string): Promise<void> {
    const changed = await this.delegates.setStatus(accountId, delegateId, ['WAITING_FOR_APPROVAL', 'ENABLED'], 'DELETED');
    if (!changed) await this.failOnMissingOrDeleted(accountId, delegateId);
  }

  async addScope(accountId: string, scope: NewDelegateScope): Promise<DelegateScope> {
    if (!scope.name.trim() || scope.name.length > 128) throw new DelegateTaskError('INVALID_INPUT', 'A delegate scope name is 1-128 characters');
    try {
      return await this.scopes.create(accountId, { ...scope, name: scope.name.trim() });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DelegateTaskError('CONFLICT', `A delegate scope named "${scope.name.trim()}" already exists`);
      throw error;
    }
  }

  listScopes(accountId: string, name: string | null): Promise<DelegateScope[]> {
    return this.scopes.list(accountId, name);
  }

  scopesByIds(accountId: string, ids: readonly string[]): Promise<DelegateScope[]> {
    return this.scopes.byIds(accountId, ids);
  }

  /** Sets the delegate's include and/or exclude scopes (each list replaces the previous one when given). */
  async attachScopes(accountId: string, delegateId: string, scopes: { includeScopeIds?: string[]; excludeScopeIds?: string[] }): Promise<Delegate> {
    const named = [...(scopes.includeScopeIds ?? []), ...(scopes.excludeScopeIds ?? [])];
    const found = new Set((await this.scopes.byIds(accountId, named)).map((scope) => scope.id));
    const missing = named.filter((id) => !found.has(id));
    if (missing.length > 0) throw new DelegateTaskError('NOT_FOUND', `Delegate scope does not exist: ${missing.join(', ')}`);
    const updated = await this.delegates.setScopes(accountId, delegateId, scopes);
    return updated ?? this.failOnMissingOrDeleted(accountId, delegateId);
  }

  /** Includes every scope of the account and excludes none. */
  async attachAllScopes(accountId: string, delegateId: string): Promise<Delegate> {
    const all = await this.scopes.list(accountId, null);
    return this.attachScopes(accountId, delegateId, { includeScopeIds: all.map((scope) => scope.id), excludeScopeIds: [] });
  }

  private async failOnMissingOrDeleted(accountId: string, delegateId: string): Promise<never> {
    const current = await this.delegates.byId(accountId, delegateId);
    if (!current) throw new DelegateTaskError('NOT_FOUND', DELEGATE_NOT_FOUND);
    throw new DelegateTaskError('CONFLICT', 'The delegate was deleted');
  }
}

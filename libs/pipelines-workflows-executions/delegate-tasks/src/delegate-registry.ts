import type { Connection } from 'mongoose';
import { DelegateTaskError } from './delegate-task.error';
import type { Delegate, DelegateStatus, RegisterDelegateInput } from './delegate.entity';
import { DelegateRepository } from './delegate.repository';
import { validateAccountId, validateTags } from './task-input.validation';

export interface DelegateRegistryOptions {
  /** A delegate heard from within this many ms is connected. */
  connectedWindowMs: number;
}

/** Delegates and their liveness. The platform's delegate endpoint looks a delegate up here before acquiring for it. */
export class DelegateRegistry {
  private readonly delegates: DelegateRepository;

  constructor(
    connection: Connection,
    private readonly options: DelegateRegistryOptions,
  ) {
    this.delegates = new DelegateRepository(connection);
  }

  registerDelegate(accountId: string, input: RegisterDelegateInput, now = new Date()): Promise<Delegate> {
    validateAccountId(accountId);
    if (!input.name || input.name.length > 128) throw new DelegateTaskError('INVALID_INPUT', 'a delegate name is 1-128 characters');
    const tags = [...new Set(validateTags(input.tags))].sort();
    return this.delegates.register(accountId, { name: input.name, tags, version: input.version }, now);
  }

  /** Null when the delegate is unknown to the account. */
  heartbeat(accountId: string, delegateId: string, now = new Date()): Promise<Delegate | null> {
    return this.delegates.heartbeat(accountId, delegateId, now);
  }

  getDelegate(accountId: string, delegateId: string): Promise<Delegate | null> {
    return this.delegates.byId(accountId, delegateId);
  }

  async listDelegates(accountId: string, now = new Date()): Promise<DelegateStatus[]> {
    const delegates = await this.delegates.list(accountId);
    return delegates.map((delegate) => ({
      ...delegate,
      connected: now.getTime() - delegate.lastHeartbeatAt.getTime() <= this.options.connectedWindowMs,
    }));
  }
}

import type { Connection, Model } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, newId } from '@fg/tenancy';
import { DELEGATE_TYPES, type Delegate, type DelegateStatus, type DelegateType, type RegisterDelegateInput } from './delegate.entity';
import { delegateSchema, type DelegateDoc } from './delegate.schema';

const MODEL_NAME = 'Delegate';
// An account runs a handful of delegates; the cap only bounds a runaway listing.
const MAX_LISTED = 1000;

export class DelegateRepository extends AccountScopedRepository<DelegateDoc, Delegate> {
  private readonly documents: Model<DelegateDoc>;

  constructor(connection: Connection) {
    const model = (connection.models[MODEL_NAME] ?? connection.model<DelegateDoc>(MODEL_NAME, delegateSchema)) as Model<DelegateDoc>;
    super(model);
    this.documents = model;
  }

  /**
   * Delegates not deleted, in every account, by whether their last heartbeat is at or after `since`: the delegate
   * count metric (counts only; no account leaves here).
   */
  async countByHeartbeat(since: Date): Promise<{ connected: number; disconnected: number }> {
    const live = { status: { $ne: 'DELETED' } };
    const [connected, disconnected] = await Promise.all([
      this.documents.countDocuments({ ...live, lastHeartbeatAt: { $gte: since } }).exec(),
      this.documents.countDocuments({ ...live, lastHeartbeatAt: { $lt: since } }).exec(),
    ]);
    return { connected, disconnected };
  }

  protected toEntity(doc: DelegateDoc): Delegate {
    return {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      status: doc.status ?? 'ENABLED',
      tags: [...doc.tags],
      version: doc.version,
      hostName: doc.hostName ?? null,
      ip: doc.ip ?? null,
      delegateType: doc.delegateType ?? null,
      description: doc.description ?? null,
      profileId: doc.profileId ?? null,
      supportedTasks: [...(doc.supportedTasks ?? [])],
      includeScopeIds: [...(doc.includeScopeIds ?? [])],
      excludeScopeIds: [...(doc.excludeScopeIds ?? [])],
      lastHeartbeatAt: doc.lastHeartbeatAt,
      createdAt: doc.createdAt,
    };
  }

  /**
   * A delegate restarting under its name keeps its id (tasks it held stay attributable to it) and its status: a
   * DELETED delegate stays deleted. A new one starts as `initialStatus`.
   */
  async register(accountId: string, input: RegisterDelegateInput, initialStatus: DelegateStatus, now: Date): Promise<Delegate> {
    const changes = {
      tags: input.tags,
      version: input.version,
      hostName: input.hostName ?? null,
      ip: input.ip ?? null,
      delegateType: (DELEGATE_TYPES as readonly string[]).includes(input.delegateType ?? '') ? (input.delegateType as DelegateType) : null,
      description: input.description ?? null,
      supportedTasks: input.supportedTasks ?? [],
      lastHeartbeatAt: now,
    };
    const existing = await this.updateOne(accountId, { name: input.name }, { $set: changes });
    if (existing) return existing;
    try {
      return await this.insert(accountId, {
        _id: newId(),
        name: input.name,
        status: initialStatus,
        profileId: null,
        includeScopeIds: [],
        excludeScopeIds: [],
        createdAt: now,
        ...changes,
      });
    } catch (error) {
      // Two registrations under one name raced; the loser updates the winner's document.
      if (!isDuplicateKeyError(error)) throw error;
      const winner = await this.updateOne(accountId, { name: input.name }, { $set: changes });
      if (!winner) throw error;
      return winner;
    }
  }

  heartbeat(accountId: string, id: string, now: Date): Promise<Delegate | null> {
    return this.updateOne(accountId, { _id: id }, { $set: { lastHeartbeatAt: now } });
  }

  byId(accountId: string, id: string): Promise<Delegate | null> {
    return this.findOne(accountId, { _id: id });
  }

  list(accountId: string): Promise<Delegate[]> {
    return this.findMany(accountId, {}, { offset: 0, count: MAX_LISTED, sort: { name: 1 } });
  }

  /** Compare-and-set: moves the delegate from one of `from` to `to`; null when it is not (or no longer) in `from`. */
  setStatus(accountId: string, id: string, from: readonly DelegateStatus[], to: DelegateStatus): Promise<Delegate | null> {
    return this.updateOne(accountId, { _id: id, status: { $in: [...from] } }, { $set: { status: to } });
  }

  setScopes(accountId: string, id: string, scopes: { includeScopeIds?: string[]; excludeScopeIds?: string[] }): Promise<Delegate | null> {
    return this.updateOne(accountId, { _id: id, status: { $ne: 'DELETED' } }, { $set: scopes });
  }
}

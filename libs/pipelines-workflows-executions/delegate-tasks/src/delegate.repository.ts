import type { Connection, Model } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, newId } from '@fg/tenancy';
import type { Delegate, RegisterDelegateInput } from './delegate.entity';
import { delegateSchema, type DelegateDoc } from './delegate.schema';

const MODEL_NAME = 'Delegate';
// An account runs a handful of delegates; the cap only bounds a runaway listing.
const MAX_LISTED = 1000;

export class DelegateRepository extends AccountScopedRepository<DelegateDoc, Delegate> {
  constructor(connection: Connection) {
    super((connection.models[MODEL_NAME] ?? connection.model<DelegateDoc>(MODEL_NAME, delegateSchema)) as Model<DelegateDoc>);
  }

  protected toEntity(doc: DelegateDoc): Delegate {
    return {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      tags: [...doc.tags],
      version: doc.version,
      lastHeartbeatAt: doc.lastHeartbeatAt,
      createdAt: doc.createdAt,
    };
  }

  /** A delegate restarting under its name keeps its id, so tasks it held stay attributable to it. */
  async register(accountId: string, input: RegisterDelegateInput, now: Date): Promise<Delegate> {
    const changes = { tags: input.tags, version: input.version, lastHeartbeatAt: now };
    const existing = await this.updateOne(accountId, { name: input.name }, { $set: changes });
    if (existing) return existing;
    try {
      return await this.insert(accountId, { _id: newId(), name: input.name, createdAt: now, ...changes });
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
}

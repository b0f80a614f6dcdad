import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import { AccountScopedRepository, type AccountOwned, type ScopedFilter } from '@fg/tenancy';

/**
 * AccountScopedRepository plus the bulk updates, aggregations and upserts apps-services needs (deleteMany is in the
 * base class). The account goes into the filter last, as in the base class. (A candidate for @fg/tenancy itself.)
 */
export abstract class BulkScopedRepository<TDoc extends AccountOwned, TEntity> extends AccountScopedRepository<TDoc, TEntity> {
  protected constructor(private readonly collection: Model<TDoc>) {
    super(collection);
  }

  private scopedFilter(accountId: string, filter: ScopedFilter<TDoc>): FilterQuery<TDoc> {
    if (!accountId) throw new Error('accountId is required for every query');
    return { ...filter, accountId } as FilterQuery<TDoc>;
  }

  protected async updateMany(accountId: string, filter: ScopedFilter<TDoc>, update: UpdateQuery<TDoc>): Promise<number> {
    const result = await this.collection.updateMany(this.scopedFilter(accountId, filter), update).exec();
    return result.modifiedCount;
  }

  /** How many matching documents hold each value of a field (the *Stats aggregations). */
  protected async countByField(accountId: string, filter: ScopedFilter<TDoc>, field: string): Promise<Map<string | null, number>> {
    const groups = await this.collection
      .aggregate<{ _id: string | null; count: number }>([
        { $match: this.scopedFilter(accountId, filter) },
        { $group: { _id: `$${field}`, count: { $sum: 1 } } },
      ])
      .exec();
    return new Map(groups.map((group) => [group._id ?? null, group.count]));
  }

  /** An insert-or-replace keyed by the filter, for idempotent writes (a tag link, a tag definition). */
  protected async upsertOne(accountId: string, filter: ScopedFilter<TDoc>, update: UpdateQuery<TDoc>): Promise<TEntity> {
    const doc = await this.collection
      .findOneAndUpdate(this.scopedFilter(accountId, filter), update, { new: true, upsert: true, runValidators: true })
      .lean<TDoc>()
      .exec();
    return this.toEntity(doc as TDoc);
  }
}

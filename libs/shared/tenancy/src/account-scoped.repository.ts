import type { FilterQuery, Model, SortOrder, UpdateQuery } from 'mongoose';
import { hashSecret } from '@fg/hashed-secrets';

/** Every stored document belongs to exactly one account. */
export interface AccountOwned {
  _id: string;
  accountId: string;
}

/** A filter that cannot name the account: the repository adds it, so a query can never forget it. */
export type ScopedFilter<TDoc> = Omit<FilterQuery<TDoc>, 'accountId' | '$or' | '$and' | '$nor'> & {
  $or?: Omit<FilterQuery<TDoc>, 'accountId'>[];
  $and?: Omit<FilterQuery<TDoc>, 'accountId'>[];
};

export interface ListOptions {
  offset: number;
  count: number;
  sort: Record<string, SortOrder>;
}

/**
 * The only way repositories reach a collection. Each method takes the account id first and puts it into the filter
 * itself (last, so nothing in the caller's filter can replace it); reads are lean and mapped to plain entities.
 */
export abstract class AccountScopedRepository<TDoc extends AccountOwned, TEntity> {
  protected constructor(private readonly model: Model<TDoc>) {}

  protected abstract toEntity(doc: TDoc): TEntity;

  private scoped(accountId: string, filter: ScopedFilter<TDoc>): FilterQuery<TDoc> {
    if (!accountId) throw new Error('accountId is required for every query');
    return { ...filter, accountId } as FilterQuery<TDoc>;
  }

  /**
   * A read that is not scoped to one account, for the few lookups whose key itself decides the account (an API key's
   * hash). The reason is required so every such read is greppable and explained.
   */
  protected async findOneAcrossAccounts(filter: FilterQuery<TDoc>, _reason: string): Promise<TEntity | null> {
    const doc = await this.model.findOne(filter).lean<TDoc>().exec();
    return doc ? this.toEntity(doc) : null;
  }

  /**
   * The owner of a presented secret (an API key, a session or delegate token), found by the hash stored in
   * `hashField`: the secret itself decides the account, so this read is not scoped to one. The unique index on the
   * hash is what makes the lookup both fast and unambiguous.
   */
  protected findOneBySecret(hashField: keyof TDoc & string, secret: string, reason: string): Promise<TEntity | null> {
    return this.findOneAcrossAccounts({ [hashField]: hashSecret(secret) } as FilterQuery<TDoc>, reason);
  }

  protected async findManyAcrossAccounts(filter: FilterQuery<TDoc>, _reason: string, count: number, sort?: Record<string, SortOrder>): Promise<TEntity[]> {
    const query = this.model.find(filter);
    const docs = await (sort ? query.sort(sort) : query).limit(count).lean<TDoc[]>().exec();
    return docs.map((doc) => this.toEntity(doc));
  }

  /** The stored document itself, for fields an entity deliberately leaves out (a password hash). */
  protected findDocument(accountId: string, filter: ScopedFilter<TDoc>): Promise<TDoc | null> {
    return this.model.findOne(this.scoped(accountId, filter)).lean<TDoc>().exec() as Promise<TDoc | null>;
  }

  protected async findOne(accountId: string, filter: ScopedFilter<TDoc>): Promise<TEntity | null> {
    const doc = await this.model.findOne(this.scoped(accountId, filter)).lean<TDoc>().exec();
    return doc ? this.toEntity(doc) : null;
  }

  /** Batched entity lookups (DataLoader): one read for many ids, in no particular order. */
  async byIds(accountId: string, ids: readonly string[]): Promise<TEntity[]> {
    if (ids.length === 0) return [];
    const docs = await this.model
      .find(this.scoped(accountId, { _id: { $in: [...ids] } } as ScopedFilter<TDoc>))
      .lean<TDoc[]>()
      .exec();
    return docs.map((doc) => this.toEntity(doc));
  }

  protected async findMany(accountId: string, filter: ScopedFilter<TDoc>, options: ListOptions): Promise<TEntity[]> {
    const docs = await this.model
      .find(this.scoped(accountId, filter))
      .sort(options.sort)
      .skip(options.offset)
      .limit(options.count)
      .lean<TDoc[]>()
      .exec();
    return docs.map((doc) => this.toEntity(doc));
  }

  protected count(accountId: string, filter: ScopedFilter<TDoc>): Promise<number> {
    return this.model.countDocuments(this.scoped(accountId, filter)).exec();
  }

  protected async insert(accountId: string, fields: Omit<TDoc, 'accountId'>): Promise<TEntity> {
    const created = await this.model.create({ ...fields, accountId });
    return this.toEntity(created.toObject() as TDoc);
  }

  protected async updateOne(accountId: string, filter: ScopedFilter<TDoc>, update: UpdateQuery<TDoc>): Promise<TEntity | null> {
    const doc = await this.model
      .findOneAndUpdate(this.scoped(accountId, filter), update, { new: true, runValidators: true })
      .lean<TDoc>()
      .exec();
    return doc ? this.toEntity(doc) : null;
  }

  protected async deleteOne(accountId: string, filter: ScopedFilter<TDoc>): Promise<boolean> {
    const result = await this.model.deleteOne(this.scoped(accountId, filter)).exec();
    return result.deletedCount === 1;
  }

  /** Deletes every matching document of the account (a cascade); how many went. */
  protected async deleteMany(accountId: string, filter: ScopedFilter<TDoc>): Promise<number> {
    const result = await this.model.deleteMany(this.scoped(accountId, filter)).exec();
    return result.deletedCount;
  }
}

/** A unique index refused the write: MongoDB's code 11000, on inserts and updates alike. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}

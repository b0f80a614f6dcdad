import type { Model, UpdateQuery } from 'mongoose';
import { AccountScopedRepository, isDuplicateKeyError, type AccountOwned, type ScopedFilter } from '@fg/tenancy';

/** A row keyed by (workflow or pipeline, service): what that entity last deployed successfully for the service. */
export interface LatestDeploymentDoc extends AccountOwned {
  /** `${entityId}:${serviceId}`. */
  _id: string;
  entityId: string;
  serviceId: string;
  executionId: string;
  endedAt: Date;
}

/**
 * What workflows and pipelines last deployed per service, from execution.ended events (LAST_DEPLOYED_* artifact
 * selections, LAST_DEPLOYED manifest selections). Events come at least once and in any order, so a row only moves
 * forward: an older or redelivered event changes nothing. Rows are read by _id only; the _id index serves it.
 */
export abstract class LatestDeploymentRepository<TDoc extends LatestDeploymentDoc, TEntity> extends AccountScopedRepository<TDoc, TEntity> {
  protected constructor(model: Model<TDoc>) {
    super(model);
  }

  /** Keeps the newest deployment per (entity, service). */
  protected async keepNewest(accountId: string, fields: Omit<TDoc, '_id' | 'accountId'>): Promise<void> {
    const _id = `${fields.entityId}:${fields.serviceId}`;
    const newer = await this.updateOne(accountId, { _id, endedAt: { $lt: fields.endedAt } } as ScopedFilter<TDoc>, { $set: fields } as UpdateQuery<TDoc>);
    if (newer) return;
    try {
      await this.insert(accountId, { _id, ...fields } as Omit<TDoc, 'accountId'>);
    } catch (error) {
      // The row exists and is at least as new.
      if (!isDuplicateKeyError(error)) throw error;
    }
  }

  protected latest(accountId: string, entityId: string, serviceId: string): Promise<TEntity | null> {
    return this.findOne(accountId, { _id: `${entityId}:${serviceId}` } as ScopedFilter<TDoc>);
  }
}

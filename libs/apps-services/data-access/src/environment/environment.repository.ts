import type { Connection } from 'mongoose';
import { newId, type ScopedFilter } from '@fg/tenancy';
import { BulkScopedRepository } from '../shared/bulk-scoped.repository';
import { allOf, NEWEST_FIRST, withinScope, type Condition } from '../shared/conditions';
import type { Environment, EnvironmentFields } from './environment.entity';
import { environmentSchema, type EnvironmentDoc } from './environment.schema';

export interface EnvironmentQuery {
  idConditions?: Condition[];
  appIdConditions?: Condition[];
  /** What the caller may read (listScopeFilter); absent: everything. */
  scope?: Condition;
  typeConditions?: Condition[];
}

export class EnvironmentRepository extends BulkScopedRepository<EnvironmentDoc, Environment> {
  constructor(connection: Connection) {
    super(connection.model<EnvironmentDoc>('Environment', environmentSchema));
  }

  protected toEntity(doc: EnvironmentDoc): Environment {
    return {
      id: doc._id,
      accountId: doc.accountId,
      appId: doc.appId,
      name: doc.name,
      description: doc.description ?? null,
      type: doc.type,
      createdById: doc.createdById ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  create(accountId: string, appId: string, fields: EnvironmentFields, createdById: string | null): Promise<Environment> {
    return this.insert(accountId, { _id: newId(), appId, ...fields, createdById } as Omit<EnvironmentDoc, 'accountId'>);
  }

  byId(accountId: string, id: string): Promise<Environment | null> {
    return this.findOne(accountId, { _id: id });
  }

  list(accountId: string, query: EnvironmentQuery, offset: number, count: number): Promise<Environment[]> {
    return this.findMany(accountId, this.filter(query), { offset, count, sort: NEWEST_FIRST });
  }

  total(accountId: string, query: EnvironmentQuery): Promise<number> {
    return this.count(accountId, this.filter(query));
  }

  /** Rows of several applications at once, grouped by application, at most maxRows (Application.environments). */
  ofApplications(accountId: string, appIds: readonly string[], maxRows: number, scope?: Condition): Promise<Environment[]> {
    return this.findMany(accountId, withinScope({ appId: { $in: [...appIds] } }, scope), { offset: 0, count: maxRows, sort: { appId: 1, ...NEWEST_FIRST } });
  }

  update(accountId: string, id: string, changes: Partial<EnvironmentFields>): Promise<Environment | null> {
    return this.updateOne(accountId, { _id: id }, { $set: changes });
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }

  removeOfApplication(accountId: string, appId: string): Promise<number> {
    return this.deleteMany(accountId, { appId });
  }

  /** Matching environments counted per value of a field (environmentStats). */
  countBy(accountId: string, query: EnvironmentQuery, field: '_id' | 'appId' | 'type'): Promise<Map<string | null, number>> {
    return this.countByField(accountId, this.filter(query), field);
  }

  private filter(query: EnvironmentQuery): ScopedFilter<EnvironmentDoc> {
    return withinScope(allOf({ _id: query.idConditions, appId: query.appIdConditions, type: query.typeConditions }), query.scope);
  }
}

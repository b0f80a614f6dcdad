import type { Connection } from 'mongoose';
import { newId, type ScopedFilter } from '@fg/tenancy';
import { BulkScopedRepository } from '../shared/bulk-scoped.repository';
import { allOf, NEWEST_FIRST, withinScope, type Condition } from '../shared/conditions';
import type { Service, ServiceFields } from './service.entity';
import { serviceSchema, type ServiceDoc } from './service.schema';

export interface ServiceQuery {
  idConditions?: Condition[];
  appIdConditions?: Condition[];
  /** What the caller may read (listScopeFilter); absent: everything. */
  scope?: Condition;
  deploymentTypeConditions?: Condition[];
}

export class ServiceRepository extends BulkScopedRepository<ServiceDoc, Service> {
  constructor(connection: Connection) {
    super(connection.model<ServiceDoc>('Service', serviceSchema));
  }

  protected toEntity(doc: ServiceDoc): Service {
    return {
      id: doc._id,
      accountId: doc.accountId,
      appId: doc.appId,
      name: doc.name,
      description: doc.description ?? null,
      artifactType: doc.artifactType ?? null,
      deploymentType: doc.deploymentType ?? null,
      cfCliVersion: doc.cfCliVersion ?? null,
      createdById: doc.createdById ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  create(accountId: string, appId: string, fields: ServiceFields, createdById: string | null): Promise<Service> {
    return this.insert(accountId, { _id: newId(), appId, ...fields, cfCliVersion: null, createdById } as Omit<ServiceDoc, 'accountId'>);
  }

  byId(accountId: string, id: string): Promise<Service | null> {
    return this.findOne(accountId, { _id: id });
  }

  list(accountId: string, query: ServiceQuery, offset: number, count: number): Promise<Service[]> {
    return this.findMany(accountId, this.filter(query), { offset, count, sort: NEWEST_FIRST });
  }

  total(accountId: string, query: ServiceQuery): Promise<number> {
    return this.count(accountId, this.filter(query));
  }

  /** Rows of several applications at once, grouped by application, at most maxRows (Application.services). */
  ofApplications(accountId: string, appIds: readonly string[], maxRows: number, scope?: Condition): Promise<Service[]> {
    return this.findMany(accountId, withinScope({ appId: { $in: [...appIds] } }, scope), { offset: 0, count: maxRows, sort: { appId: 1, ...NEWEST_FIRST } });
  }

  update(accountId: string, id: string, changes: Partial<ServiceFields>): Promise<Service | null> {
    return this.updateOne(accountId, { _id: id }, { $set: changes });
  }

  /** updateServiceMetadata: the CF CLI version of every PCF service of the applications, except the excluded ones. */
  async setCfCliVersion(accountId: string, appIds: string[], excludeIds: string[], version: string): Promise<Service[]> {
    const filter: ScopedFilter<ServiceDoc> = { appId: { $in: appIds }, deploymentType: 'PCF', _id: { $nin: excludeIds } };
    await this.updateMany(accountId, filter, { $set: { cfCliVersion: version } });
    return this.findMany(accountId, filter, { offset: 0, count: 10_000, sort: NEWEST_FIRST });
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }

  removeOfApplication(accountId: string, appId: string): Promise<number> {
    return this.deleteMany(accountId, { appId });
  }

  /** Matching services counted per value of a field (serviceStats). */
  countBy(accountId: string, query: ServiceQuery, field: '_id' | 'appId' | 'artifactType' | 'deploymentType'): Promise<Map<string | null, number>> {
    return this.countByField(accountId, this.filter(query), field);
  }

  private filter(query: ServiceQuery): ScopedFilter<ServiceDoc> {
    return withinScope(allOf({ _id: query.idConditions, appId: query.appIdConditions, deploymentType: query.deploymentTypeConditions }), query.scope);
  }
}

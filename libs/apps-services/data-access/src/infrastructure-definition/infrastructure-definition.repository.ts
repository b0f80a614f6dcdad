import type { Connection } from 'mongoose';
import { newId, type ScopedFilter } from '@fg/tenancy';
import { BulkScopedRepository } from '../shared/bulk-scoped.repository';
import { allOf, NEWEST_FIRST, withinScope, type Condition } from '../shared/conditions';
import type { EnvironmentType } from '../environment/environment.entity';
import type { InfrastructureDefinition, InfrastructureDefinitionFields } from './infrastructure-definition.entity';
import { infrastructureDefinitionSchema, type InfrastructureDefinitionDoc } from './infrastructure-definition.schema';

export interface InfrastructureDefinitionQuery {
  idConditions?: Condition[];
  environmentIdConditions?: Condition[];
  /** What the caller may read (listScopeFilter); absent: everything. */
  scope?: Condition;
  deploymentTypeConditions?: Condition[];
}

export class InfrastructureDefinitionRepository extends BulkScopedRepository<InfrastructureDefinitionDoc, InfrastructureDefinition> {
  constructor(connection: Connection) {
    super(connection.model<InfrastructureDefinitionDoc>('InfrastructureDefinition', infrastructureDefinitionSchema));
  }

  protected toEntity(doc: InfrastructureDefinitionDoc): InfrastructureDefinition {
    return {
      id: doc._id,
      accountId: doc.accountId,
      appId: doc.appId,
      environmentId: doc.environmentId,
      environmentType: doc.environmentType,
      name: doc.name,
      deploymentType: doc.deploymentType,
      cloudProviderId: doc.cloudProviderId ?? null,
      scopedToServices: doc.scopedToServices ?? [],
      createdById: doc.createdById ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  create(
    accountId: string,
    owner: { appId: string; environmentId: string; environmentType: EnvironmentType },
    fields: InfrastructureDefinitionFields,
    createdById: string | null,
  ): Promise<InfrastructureDefinition> {
    return this.insert(accountId, { _id: newId(), ...owner, ...fields, createdById } as Omit<InfrastructureDefinitionDoc, 'accountId'>);
  }

  byId(accountId: string, id: string): Promise<InfrastructureDefinition | null> {
    return this.findOne(accountId, { _id: id });
  }

  byName(accountId: string, environmentId: string, name: string): Promise<InfrastructureDefinition | null> {
    return this.findOne(accountId, { environmentId, name });
  }

  list(accountId: string, query: InfrastructureDefinitionQuery, offset: number, count: number): Promise<InfrastructureDefinition[]> {
    return this.findMany(accountId, this.filter(query), { offset, count, sort: NEWEST_FIRST });
  }

  total(accountId: string, query: InfrastructureDefinitionQuery): Promise<number> {
    return this.count(accountId, this.filter(query));
  }

  /** Rows of several environments at once, grouped by environment, at most maxRows (Environment.infrastructureDefinitions). */
  ofEnvironments(accountId: string, environmentIds: readonly string[], maxRows: number, scope?: Condition): Promise<InfrastructureDefinition[]> {
    return this.findMany(
      accountId,
      withinScope({ environmentId: { $in: [...environmentIds] } }, scope),
      { offset: 0, count: maxRows, sort: { environmentId: 1, ...NEWEST_FIRST } },
    );
  }

  update(accountId: string, id: string, changes: Partial<InfrastructureDefinitionFields>): Promise<InfrastructureDefinition | null> {
    return this.updateOne(accountId, { _id: id }, { $set: changes });
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }

  removeOfEnvironment(accountId: string, environmentId: string): Promise<number> {
    return this.deleteMany(accountId, { environmentId });
  }

  removeOfApplication(accountId: string, appId: string): Promise<number> {
    return this.deleteMany(accountId, { appId });
  }

  /** The environment's type is kept on its definitions, which permissions by environment type filter on. */
  setEnvironmentType(accountId: string, environmentId: string, environmentType: EnvironmentType): Promise<number> {
    return this.updateMany(accountId, { environmentId }, { $set: { environmentType } });
  }

  /** A deleted service no longer limits the definitions that named it. */
  unscopeService(accountId: string, serviceId: string): Promise<number> {
    return this.updateMany(accountId, { scopedToServices: serviceId }, { $pull: { scopedToServices: serviceId } });
  }

  private filter(query: InfrastructureDefinitionQuery): ScopedFilter<InfrastructureDefinitionDoc> {
    return withinScope(
      allOf({ _id: query.idConditions, environmentId: query.environmentIdConditions, deploymentType: query.deploymentTypeConditions }),
      query.scope,
    );
  }
}

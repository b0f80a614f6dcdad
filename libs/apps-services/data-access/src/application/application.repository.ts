import type { Connection } from 'mongoose';
import { newId, type ScopedFilter } from '@fg/tenancy';
import { BulkScopedRepository } from '../shared/bulk-scoped.repository';
import { withinScope, type Condition } from '../shared/conditions';
import type { Application, ApplicationFields, GitSyncConfig } from './application.entity';
import { applicationSchema, type ApplicationDoc } from './application.schema';

export interface ApplicationQuery {
  /** MongoDB conditions on the application id (from IdFilters), all of which must hold. */
  idConditions?: Record<string, unknown>[];
  /** The applications the caller may read (listScopeFilter); absent: every one. */
  scope?: Condition;
}

export class ApplicationRepository extends BulkScopedRepository<ApplicationDoc, Application> {
  constructor(connection: Connection) {
    super(connection.model<ApplicationDoc>('Application', applicationSchema));
  }

  protected toEntity(doc: ApplicationDoc): Application {
    return {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      description: doc.description ?? null,
      isManualTriggerAuthorized: doc.isManualTriggerAuthorized ?? false,
      areWebHookSecretsMandated: doc.areWebHookSecretsMandated ?? false,
      disableTriggers: doc.disableTriggers ?? false,
      createdById: doc.createdById ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
      gitSyncConfig: doc.gitSyncConfig
        ? {
            gitConnectorId: doc.gitSyncConfig.gitConnectorId,
            branch: doc.gitSyncConfig.branch,
            repositoryName: doc.gitSyncConfig.repositoryName ?? null,
            syncEnabled: doc.gitSyncConfig.syncEnabled,
          }
        : null,
    };
  }

  create(accountId: string, fields: ApplicationFields, createdById: string | null): Promise<Application> {
    return this.insert(accountId, { _id: newId(), ...fields, createdById, gitSyncConfig: null } as Omit<ApplicationDoc, 'accountId'>);
  }

  byId(accountId: string, id: string): Promise<Application | null> {
    return this.findOne(accountId, { _id: id });
  }

  byName(accountId: string, name: string): Promise<Application | null> {
    return this.findOne(accountId, { name });
  }

  list(accountId: string, query: ApplicationQuery, offset: number, count: number): Promise<Application[]> {
    return this.findMany(accountId, this.filter(query), { offset, count, sort: { createdAt: -1, _id: 1 } });
  }

  total(accountId: string, query: ApplicationQuery): Promise<number> {
    return this.count(accountId, this.filter(query));
  }

  update(accountId: string, id: string, changes: Partial<ApplicationFields>): Promise<Application | null> {
    return this.updateOne(accountId, { _id: id }, { $set: changes });
  }

  /** updateApplicationGitSyncConfig: sets (or replaces) the whole config. */
  setGitSyncConfig(accountId: string, id: string, config: GitSyncConfig): Promise<Application | null> {
    return this.updateOne(accountId, { _id: id }, { $set: { gitSyncConfig: config } });
  }

  removeGitSyncConfig(accountId: string, id: string): Promise<Application | null> {
    return this.updateOne(accountId, { _id: id }, { $set: { gitSyncConfig: null } });
  }

  /** Turns sync on or off only where a config exists; null when the application has none (or does not exist). */
  setGitSyncEnabled(accountId: string, id: string, syncEnabled: boolean): Promise<Application | null> {
    return this.updateOne(accountId, { _id: id, gitSyncConfig: { $ne: null } }, { $set: { 'gitSyncConfig.syncEnabled': syncEnabled } });
  }

  remove(accountId: string, id: string): Promise<boolean> {
    return this.deleteOne(accountId, { _id: id });
  }

  /** Matching applications counted per value of a field (applicationStats). */
  countBy(accountId: string, query: ApplicationQuery, field: '_id'): Promise<Map<string | null, number>> {
    return this.countByField(accountId, this.filter(query), field);
  }

  private filter(query: ApplicationQuery): ScopedFilter<ApplicationDoc> {
    const conditions = query.idConditions ?? [];
    const own = conditions.length === 0 ? {} : conditions.length === 1 ? { _id: conditions[0] } : { $and: conditions.map((condition) => ({ _id: condition })) };
    return withinScope(own, query.scope);
  }
}

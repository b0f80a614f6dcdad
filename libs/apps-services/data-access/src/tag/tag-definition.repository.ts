import type { Connection } from 'mongoose';
import { newId, type ScopedFilter } from '@fg/tenancy';
import { BulkScopedRepository } from '../shared/bulk-scoped.repository';
import { allOf, NEWEST_FIRST, type Condition } from '../shared/conditions';
import type { TagDefinition } from './tag.entity';
import { tagDefinitionSchema, type TagDefinitionDoc } from './tag.schema';

export interface TagDefinitionQuery {
  idConditions?: Condition[];
  nameConditions?: Condition[];
}

export class TagDefinitionRepository extends BulkScopedRepository<TagDefinitionDoc, TagDefinition> {
  constructor(connection: Connection) {
    super(connection.model<TagDefinitionDoc>('TagDefinition', tagDefinitionSchema));
  }

  protected toEntity(doc: TagDefinitionDoc): TagDefinition {
    return {
      id: doc._id,
      accountId: doc.accountId,
      name: doc.name,
      createdById: doc.createdById ?? null,
      createdAt: new Date(doc.createdAt).getTime(),
    };
  }

  /** The definition of a name, created on first use; concurrent first uses end with one definition (unique index). */
  ensure(accountId: string, name: string, createdById: string | null): Promise<TagDefinition> {
    return this.upsertOne(accountId, { name }, { $setOnInsert: { _id: newId(), createdById } });
  }

  byId(accountId: string, id: string): Promise<TagDefinition | null> {
    return this.findOne(accountId, { _id: id });
  }

  byName(accountId: string, name: string): Promise<TagDefinition | null> {
    return this.findOne(accountId, { name });
  }

  list(accountId: string, query: TagDefinitionQuery, offset: number, count: number): Promise<TagDefinition[]> {
    return this.findMany(accountId, this.filter(query), { offset, count, sort: NEWEST_FIRST });
  }

  total(accountId: string, query: TagDefinitionQuery): Promise<number> {
    return this.count(accountId, this.filter(query));
  }

  private filter(query: TagDefinitionQuery): ScopedFilter<TagDefinitionDoc> {
    return allOf({ _id: query.idConditions, name: query.nameConditions });
  }
}

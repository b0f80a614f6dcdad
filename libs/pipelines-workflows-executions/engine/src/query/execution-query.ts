import type { Principal } from '@fg/internal-auth';
import { applicationListScope, hasAppPermission, listScopeFilter } from '@fg/permissions';
import type { TagLinkProjection } from '@fg/pipelines-workflows-executions/data-access';
import type { Execution } from '../execution/execution.entity';
import type { ExecutionCondition, ExecutionRepository } from '../execution/execution.repository';
import { measured, rollUpMonths, type ExecutionGroup, type ExecutionMeasure, type StatsGrouping } from './execution-stats';
import { executionCondition, tagFilterEntityType, type ExecutionFilter } from './execution-filters';

/**
 * What a principal may read of executions: DEPLOYMENT with READ, matched on the execution's application and
 * environment. An execution whose environment type is unknown counts as production: the stricter rights apply.
 */
export function mayReadExecution(principal: Principal, execution: Execution): boolean {
  const environment =
    execution.executionType === 'WORKFLOW' && execution.environmentId ? { id: execution.environmentId, type: execution.environmentType ?? 'PROD' } : undefined;
  return hasAppPermission(principal.permissions, { entityType: 'DEPLOYMENT', action: 'READ', appId: execution.applicationId, entityId: execution.id, environment });
}

/** A selection of executions: the condition to read with, or null when the principal may read none. */
export interface ExecutionSelection {
  condition: ExecutionCondition | null;
}

/**
 * The `executions` selection (filters, includeIndirectExecutions, the principal's read scope), shared by the query and
 * by exports, which must hold exactly what `executions` shows.
 */
export class ExecutionQuery {
  constructor(
    private readonly executions: ExecutionRepository,
    private readonly tags: Pick<TagLinkProjection, 'entitiesTagged'>,
  ) {}

  /** Throws BAD_USER_INPUT for a filter that cannot be applied, before anything is read. */
  check(filters: ReadonlyArray<ExecutionFilter | null> | null | undefined, includeIndirect: boolean): void {
    executionCondition(filters, includeIndirect, []);
  }

  async select(principal: Principal, filters: ReadonlyArray<ExecutionFilter | null> | null | undefined, includeIndirect: boolean): Promise<ExecutionSelection> {
    const scope = applicationListScope(principal.permissions, 'DEPLOYMENT', 'READ');
    if (scope.isEmpty) return { condition: null };
    const visible = listScopeFilter(scope, { appId: 'applicationId', entityId: '_id', environmentId: 'environmentId', environmentType: 'environmentType' });
    const own = executionCondition(filters, includeIndirect, await this.taggedEntities(principal.accountId, filters));
    return { condition: visible ? { $and: [own, visible] } : own };
  }

  async page(principal: Principal, selection: ExecutionSelection, offset: number, count: number): Promise<Execution[]> {
    return selection.condition ? this.executions.list(principal.accountId, selection.condition, offset, count) : [];
  }

  async count(principal: Principal, selection: ExecutionSelection): Promise<number> {
    return selection.condition ? this.executions.countMatching(principal.accountId, selection.condition) : 0;
  }

  /** deploymentStats over the same selection `executions` reads. */
  async stats(principal: Principal, selection: ExecutionSelection, grouping: StatsGrouping, measure: ExecutionMeasure): Promise<ExecutionGroup[]> {
    if (!selection.condition) return [];
    const unit = grouping.timeUnit === 'month' ? 'day' : grouping.timeUnit;
    const groups = await this.executions.aggregate(principal.accountId, selection.condition, grouping.field, unit);
    return measured(grouping.timeUnit === 'month' ? rollUpMonths(groups) : groups, measure);
  }

  /** For each filter, the applications, services or environments carrying its tags (a tag without a value matches every value). */
  private taggedEntities(accountId: string, filters: ReadonlyArray<ExecutionFilter | null> | null | undefined): Promise<Array<string[] | null>> {
    return Promise.all(
      (filters ?? []).map(async (filter) => {
        const entityType = tagFilterEntityType(filter);
        if (!entityType || entityType === 'DEPLOYMENT') return null;
        const tags = (filter?.tag?.tags ?? []).flatMap((tag) => (tag?.name ? [{ name: tag.name, value: tag.value ?? null }] : []));
        return this.tags.entitiesTagged(accountId, entityType, tags);
      }),
    );
  }
}

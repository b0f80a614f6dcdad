import { badInput } from '@fg/graphql-kit';
import type { ExecutionGroup, ExecutionMeasure, StatsGrouping } from '@fg/pipelines-workflows-executions/engine';
import type { DeploymentAggregation, DeploymentAggregationFunction, DeploymentSortCriteria } from '../generated/resolvers-types';
import type { StatsData } from '../definition/definition-stats';

type Field = NonNullable<StatsGrouping['field']>;

/** The entity aggregations deploymentStats answers, and the stored field each groups by. */
const ENTITY_FIELDS: Partial<Record<string, Field>> = {
  Application: 'applicationId',
  Service: 'serviceIds',
  Environment: 'environmentId',
  EnvironmentType: 'environmentType',
  Status: 'status',
  Workflow: 'workflowId',
  Pipeline: 'pipelineId',
};

const TIME_UNITS = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month' } as const;

export interface DeploymentStatsRequest {
  grouping: StatsGrouping;
  measure: ExecutionMeasure;
  /** The entity aggregation's name (the data points' key type), or null. */
  entity: string | null;
  sort: { descending: boolean } | null;
}

/** The arguments of deploymentStats as one aggregation; what is not supported is refused naming the argument. */
export function deploymentStatsRequest(
  aggregateFunction: DeploymentAggregationFunction | null | undefined,
  groupBy: ReadonlyArray<DeploymentAggregation | null> | null | undefined,
  sortCriteria: ReadonlyArray<DeploymentSortCriteria | null> | null | undefined,
): DeploymentStatsRequest {
  if (aggregateFunction?.instancesDeployed || aggregateFunction?.rollbackDuration) {
    throw badInput('aggregateFunction: only count and duration are supported');
  }
  if (aggregateFunction?.count && aggregateFunction.duration) throw badInput('aggregateFunction: give count or duration, not both');
  const measure: ExecutionMeasure = aggregateFunction?.duration ? { kind: 'duration', operation: aggregateFunction.duration } : { kind: 'count' };
  let entity: string | null = null;
  let timeUnit: StatsGrouping['timeUnit'] = null;
  for (const group of groupBy ?? []) {
    if (!group) continue;
    if (group.tagAggregation) throw badInput('groupBy: tagAggregation is not supported by deploymentStats');
    if (group.entityAggregation) {
      if (entity) throw badInput('groupBy: only one entityAggregation is supported');
      if (!ENTITY_FIELDS[group.entityAggregation]) throw badInput(`groupBy: entityAggregation ${group.entityAggregation} is not supported by deploymentStats`);
      entity = group.entityAggregation;
    }
    if (group.timeAggregation) {
      if (timeUnit) throw badInput('groupBy: only one timeAggregation is supported');
      const { timeAggregationType, timeAggregationValue } = group.timeAggregation;
      if (!timeAggregationType) throw badInput('groupBy: timeAggregation needs a timeAggregationType');
      if (timeAggregationValue !== null && timeAggregationValue !== undefined && timeAggregationValue !== 1) throw badInput('groupBy: timeAggregationValue must be 1');
      timeUnit = TIME_UNITS[timeAggregationType];
    }
  }
  const criteria = (sortCriteria ?? []).filter((criterion): criterion is DeploymentSortCriteria => !!criterion);
  if (criteria.length > 1) throw badInput('sortCriteria: only one is supported');
  const [criterion] = criteria;
  if (criterion?.sortType && (criterion.sortType === 'Duration') !== (measure.kind === 'duration')) {
    throw badInput(`sortCriteria: sortType ${criterion.sortType} does not match the aggregateFunction`);
  }
  return {
    grouping: { field: entity ? (ENTITY_FIELDS[entity] as Field) : null, timeUnit },
    measure,
    entity,
    sort: criterion ? { descending: criterion.sortOrder !== 'ASCENDING' } : null,
  };
}

/** The groups as the reference's Data: a single point, per entity, a time series, or per entity over time. */
export function deploymentStatsData(request: DeploymentStatsRequest, groups: ExecutionGroup[], names: ReadonlyMap<string, string>): StatsData | TimeData {
  const key = (id: string | null) => ({ id, name: id === null ? null : (names.get(id) ?? id), type: request.entity ?? 'Deployment' });
  if (!request.grouping.field && !request.grouping.timeUnit) {
    return { __typename: 'SinglePointData', dataPoint: { key: { id: 'Deployment', name: 'Deployment', type: 'Deployment' }, value: groups[0]?.value ?? 0 } };
  }
  if (!request.grouping.timeUnit) {
    const points = groups.map((group) => ({ key: key(group.key), value: group.value }));
    const direction = request.sort?.descending === false ? 1 : -1;
    points.sort((a, b) => direction * (a.value - b.value) || String(a.key.id).localeCompare(String(b.key.id)));
    return { __typename: 'AggregatedData', dataPoints: points };
  }
  const times = [...new Set(groups.map((group) => group.time as number))].sort((a, b) => a - b);
  if (!request.grouping.field) {
    const byTime = new Map(groups.map((group) => [group.time as number, group.value]));
    return { __typename: 'TimeSeriesData', label: 'Deployment', dataPoints: times.map((time) => ({ time, value: byTime.get(time) ?? 0 })) };
  }
  return {
    __typename: 'StackedTimeSeriesData',
    label: request.entity,
    data: times.map((time) => ({
      time,
      values: groups
        .filter((group) => group.time === time)
        .map((group) => ({ key: key(group.key), value: group.value }))
        .sort((a, b) => String(a.key.id).localeCompare(String(b.key.id))),
    })),
  };
}

interface DataPoint {
  key: { id: string | null; name: string | null; type: string };
  value: number;
}

/** The Data members over time (deploymentStats only). */
export type TimeData =
  | { __typename: 'TimeSeriesData'; label: string; dataPoints: Array<{ time: number; value: number }> }
  | { __typename: 'StackedTimeSeriesData'; label: string | null; data: Array<{ time: number; values: DataPoint[] }> };

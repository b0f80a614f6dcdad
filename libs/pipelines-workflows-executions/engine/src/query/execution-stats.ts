import type { ExecutionGroupField, ExecutionGroupTotals } from '../execution/execution.repository';

/** What deploymentStats measures per group: how many executions, or their duration (ended ones only, in ms). */
export type ExecutionMeasure = { kind: 'count' } | { kind: 'duration'; operation: 'AVERAGE' | 'MAX' | 'MIN' };

/** deploymentStats' grouping: a stored field and/or a UTC time bucket of the creation time. */
export interface StatsGrouping {
  field: ExecutionGroupField | null;
  timeUnit: 'hour' | 'day' | 'week' | 'month' | null;
}

/** One group as deploymentStats shows it; groups with no ended execution have no duration and are left out. */
export interface ExecutionGroup {
  key: string | null;
  time: number | null;
  value: number;
}

function monthStart(time: number): number {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** Months from days (the store buckets by arithmetic on epoch ms, which months do not follow). */
export function rollUpMonths(groups: readonly ExecutionGroupTotals[]): ExecutionGroupTotals[] {
  const byMonth = new Map<string, ExecutionGroupTotals>();
  for (const group of groups) {
    const time = group.time === null ? null : monthStart(group.time);
    const id = `${group.key ?? ''}\u0000${time ?? ''}`;
    const seen = byMonth.get(id);
    if (!seen) {
      byMonth.set(id, { ...group, time });
      continue;
    }
    seen.count += group.count;
    seen.ended += group.ended;
    seen.durationSum += group.durationSum;
    seen.durationMin = group.durationMin === null ? seen.durationMin : Math.min(seen.durationMin ?? group.durationMin, group.durationMin);
    seen.durationMax = group.durationMax === null ? seen.durationMax : Math.max(seen.durationMax ?? group.durationMax, group.durationMax);
  }
  return [...byMonth.values()];
}

export function measured(groups: readonly ExecutionGroupTotals[], measure: ExecutionMeasure): ExecutionGroup[] {
  return groups.flatMap((group) => {
    if (measure.kind === 'count') return [{ key: group.key, time: group.time, value: group.count }];
    if (group.ended === 0) return [];
    const value = measure.operation === 'AVERAGE' ? Math.round(group.durationSum / group.ended) : measure.operation === 'MAX' ? group.durationMax : group.durationMin;
    return value === null ? [] : [{ key: group.key, time: group.time, value }];
  });
}

import { badInput, idFilterCondition, type IdFilter } from '@fg/graphql-kit';
import type { ExecutionCondition } from '@fg/pipelines-workflows-executions/engine';
import type { ExecutionFilter, NumberFilter, TimeFilter } from '../generated/resolvers-types';

function time(filter: TimeFilter): Record<string, unknown> {
  const value = Number(filter.value);
  // The reference's BEFORE and AFTER include the value itself.
  if (filter.operator === 'BEFORE') return { $lte: value };
  if (filter.operator === 'AFTER') return { $gte: value };
  return { $eq: value };
}

function number(filter: NumberFilter): Record<string, unknown> {
  const values = (filter.values ?? []).map(Number).filter((value) => Number.isFinite(value));
  if (values.length === 0) throw badInput('Values cannot be empty');
  const [first] = values as [number];
  switch (filter.operator) {
    case 'IN':
      return { $in: values };
    case 'EQUALS':
      return { $eq: first };
    case 'NOT_EQUALS':
      return { $ne: first };
    case 'GREATER_THAN':
      return { $gt: first };
    case 'GREATER_THAN_OR_EQUALS':
      return { $gte: first };
    case 'LESS_THAN':
      return { $lt: first };
    case 'LESS_THAN_OR_EQUALS':
      return { $lte: first };
  }
}

const id = (filter: IdFilter | null | undefined, field: string): ExecutionCondition[] => (filter ? [{ [field]: idFilterCondition(filter) }] : []);

/** For each filter (by position), the applications carrying its tags, resolved beforehand (tags live in a projection). */
export type TaggedApplications = ReadonlyArray<readonly string[] | null>;

/** Which tag filters can be answered: application tags are projected here, the others are not recorded for executions. */
export function tagFilterEntityType(filter: ExecutionFilter | null): 'APPLICATION' | null {
  const tag = filter?.tag;
  if (!tag?.tags?.length) return null;
  if (tag.entityType && tag.entityType !== 'APPLICATION') throw badInput(`Deployment tag filters on ${tag.entityType} tags are not supported yet; filter on APPLICATION tags`);
  return 'APPLICATION';
}

/**
 * The executions query's filters as one condition (every filter and every field of it ANDed, as the reference does).
 * Member executions of pipelines are left out unless includeIndirectExecutions or a pipelineExecutionId filter asks.
 */
export function executionCondition(
  filters: ReadonlyArray<ExecutionFilter | null> | null | undefined,
  includeIndirect: boolean,
  taggedApplications: TaggedApplications = [],
): ExecutionCondition {
  const all: ExecutionCondition[] = [];
  let namesPipelineExecution = false;
  for (const [index, filter] of (filters ?? []).entries()) {
    if (!filter) continue;
    all.push(...id(filter.execution as IdFilter, '_id'), ...id(filter.application as IdFilter, 'applicationId'));
    if (filter.applicationId) all.push({ applicationId: filter.applicationId });
    all.push(...id(filter.service as IdFilter, 'serviceIds'), ...id(filter.environment as IdFilter, 'environmentId'));
    // No execution here records a cloud provider or a helm chart: those filters match what the stored fields do (nothing).
    all.push(...id(filter.cloudProvider as IdFilter, 'cloudProviderIds'), ...id(filter.helmChartVersion as IdFilter, 'helmChartVersions'));
    if (filter.environmentType?.values?.length) all.push({ environmentType: { $in: filter.environmentType.values } });
    all.push(...id(filter.status as IdFilter, 'status'));
    if (filter.startTime) all.push({ startedAt: time(filter.startTime) });
    if (filter.endTime) all.push({ endedAt: time(filter.endTime) });
    if (filter.creationTime) all.push({ createdAt: time(filter.creationTime) });
    if (filter.duration) all.push({ durationMs: number(filter.duration) });
    if (filter.triggeredBy) {
      const condition = idFilterCondition(filter.triggeredBy as IdFilter);
      all.push({ $or: [{ 'cause.userId': condition }, { 'cause.apiKeyId': condition }] });
    }
    all.push(...id(filter.trigger as IdFilter, 'cause.triggerId'), ...id(filter.workflow as IdFilter, 'workflowId'), ...id(filter.pipeline as IdFilter, 'pipelineId'));
    if (filter.pipelineExecutionId) {
      namesPipelineExecution = true;
      all.push(...id(filter.pipelineExecutionId as IdFilter, 'pipelineExecutionId'));
    }
    all.push(...id(filter.artifactBuildNo as IdFilter, 'artifacts.buildNo'));
    if (tagFilterEntityType(filter)) all.push({ applicationId: { $in: [...(taggedApplications[index] ?? [])] } });
  }
  if (!includeIndirect && !namesPipelineExecution) all.push({ pipelineExecutionId: null });
  return all.length === 0 ? {} : { $and: all };
}

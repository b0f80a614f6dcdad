import { badInput, idFilterCondition, type IdFilter } from '@fg/graphql-kit';
import type { ExecutionCondition } from '../execution/execution.repository';

/** The API's TimeFilter (DateTime values: epoch ms, as a number or a string of digits). */
export interface TimeFilter {
  operator: 'EQUALS' | 'BEFORE' | 'AFTER';
  value: unknown;
}

/** The API's NumberFilter. */
export interface NumberFilter {
  operator: 'EQUALS' | 'GREATER_THAN' | 'GREATER_THAN_OR_EQUALS' | 'IN' | 'LESS_THAN' | 'LESS_THAN_OR_EQUALS' | 'NOT_EQUALS';
  values: ReadonlyArray<unknown>;
}

type IdFilterInput = { operator: IdFilter['operator']; values: ReadonlyArray<string | null> } | null | undefined;

/** The API's ExecutionFilter (ExportExecutionFilter is the same without a few members); every member optional. */
export interface ExecutionFilter {
  execution?: IdFilterInput;
  application?: IdFilterInput;
  applicationId?: string | null;
  service?: IdFilterInput;
  cloudProvider?: IdFilterInput;
  environment?: IdFilterInput;
  environmentType?: { operator?: 'EQUALS' | 'IN' | null; values?: ReadonlyArray<string | null> | null } | null;
  status?: IdFilterInput;
  endTime?: TimeFilter | null;
  startTime?: TimeFilter | null;
  duration?: NumberFilter | null;
  triggeredBy?: IdFilterInput;
  trigger?: IdFilterInput;
  workflow?: IdFilterInput;
  pipeline?: IdFilterInput;
  creationTime?: TimeFilter | null;
  pipelineExecutionId?: IdFilterInput;
  tag?: { entityType?: string | null; tags?: ReadonlyArray<{ name?: string | null; value?: string | null } | null> | null } | null;
  artifactBuildNo?: IdFilterInput;
  helmChartVersion?: IdFilterInput;
}

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

const id = (filter: IdFilterInput, field: string): ExecutionCondition[] => (filter ? [{ [field]: idFilterCondition(filter as IdFilter) }] : []);

/** For each filter (by position), the entities carrying its tags, resolved beforehand (tags live in a projection). */
export type TaggedEntities = ReadonlyArray<readonly string[] | null>;

const DEPLOYMENT_TAG_TYPES = ['APPLICATION', 'SERVICE', 'ENVIRONMENT', 'DEPLOYMENT'] as const;
export type DeploymentTagType = (typeof DEPLOYMENT_TAG_TYPES)[number];

// The execution field each kind of tagged entity is matched against.
const TAGGED_FIELD: Record<Exclude<DeploymentTagType, 'DEPLOYMENT'>, string> = { APPLICATION: 'applicationId', SERVICE: 'serviceIds', ENVIRONMENT: 'environmentId' };

/** Whose tags a filter matches (APPLICATION when it does not say), or null when it names no tag. */
export function tagFilterEntityType(filter: ExecutionFilter | null): DeploymentTagType | null {
  const tag = filter?.tag;
  if (!tag?.tags?.length) return null;
  const entityType = tag.entityType ?? 'APPLICATION';
  if (!(DEPLOYMENT_TAG_TYPES as readonly string[]).includes(entityType)) throw badInput(`tag.entityType must be one of ${DEPLOYMENT_TAG_TYPES.join(', ')}`);
  return entityType as DeploymentTagType;
}

function taggedCondition(entityType: DeploymentTagType, entityIds: readonly string[]): ExecutionCondition {
  // Executions here carry no tags of their own (Execution.tags is empty), so a DEPLOYMENT tag matches none.
  if (entityType === 'DEPLOYMENT') return { _id: { $in: [] } };
  return { [TAGGED_FIELD[entityType]]: { $in: [...entityIds] } };
}

/**
 * The executions query's filters as one condition (every filter and every field of it ANDed, as the reference does).
 * Member executions of pipelines are left out unless includeIndirectExecutions or a pipelineExecutionId filter asks.
 */
export function executionCondition(
  filters: ReadonlyArray<ExecutionFilter | null> | null | undefined,
  includeIndirect: boolean,
  taggedEntities: TaggedEntities = [],
): ExecutionCondition {
  const all: ExecutionCondition[] = [];
  let namesPipelineExecution = false;
  for (const [index, filter] of (filters ?? []).entries()) {
    if (!filter) continue;
    all.push(...id(filter.execution, '_id'), ...id(filter.application, 'applicationId'));
    if (filter.applicationId) all.push({ applicationId: filter.applicationId });
    all.push(...id(filter.service, 'serviceIds'), ...id(filter.environment, 'environmentId'));
    // No execution here records a cloud provider: that filter matches what the stored field does (nothing).
    all.push(...id(filter.cloudProvider, 'cloudProviderIds'));
    if (filter.environmentType?.values?.length) all.push({ environmentType: { $in: filter.environmentType.values } });
    all.push(...id(filter.status, 'status'));
    if (filter.startTime) all.push({ startedAt: time(filter.startTime) });
    if (filter.endTime) all.push({ endedAt: time(filter.endTime) });
    if (filter.creationTime) all.push({ createdAt: time(filter.creationTime) });
    if (filter.duration) all.push({ durationMs: number(filter.duration) });
    if (filter.triggeredBy) {
      const condition = idFilterCondition(filter.triggeredBy as IdFilter);
      all.push({ $or: [{ 'cause.userId': condition }, { 'cause.apiKeyId': condition }] });
    }
    all.push(...id(filter.trigger, 'cause.triggerId'), ...id(filter.workflow, 'workflowId'), ...id(filter.pipeline, 'pipelineId'));
    if (filter.pipelineExecutionId) {
      namesPipelineExecution = true;
      all.push(...id(filter.pipelineExecutionId, 'pipelineExecutionId'));
    }
    // Chart versions by number, as artifactBuildNo takes build numbers: the executions that deployed that version.
    all.push(...id(filter.artifactBuildNo, 'artifacts.buildNo'), ...id(filter.helmChartVersion, 'manifests.version'));
    const tagged = tagFilterEntityType(filter);
    if (tagged) all.push(taggedCondition(tagged, taggedEntities[index] ?? []));
  }
  if (!includeIndirect && !namesPipelineExecution) all.push({ pipelineExecutionId: null });
  return all.length === 0 ? {} : { $and: all };
}

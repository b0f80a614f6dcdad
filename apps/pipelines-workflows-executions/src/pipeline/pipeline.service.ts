import DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type Connection, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { applicationListScope, forbidden, hasAppPermission, listScopeFilter, requireAppPermission, type Action, type AppPermissionRequest } from '@fg/permissions';
import { isDuplicateKeyError } from '@fg/tenancy';
import type {
  Pipeline,
  PipelineChanges,
  PipelineEnvironment,
  PipelineFilter as PipelineCondition,
  PipelineStage,
  Variable,
  WorkflowRecord,
} from '@fg/pipelines-workflows-executions/data-access';
import { optionalDescription, requiredName, variablesFrom, type VariableDefinitionInput } from '../definition/definition-input';
import { idCondition, tagCondition, tagsLoader, type TagFilter } from '../definition/definition-filters';
import type { DefinitionSources } from '../definition/definition-sources';
import { byApplicationData, byTagData, singleGrouping, totalData, type Aggregation, type StatsData } from '../definition/definition-stats';
import { checkStageVariables, stagesFrom, type PipelineStageInput } from './pipeline-definition';
import { firstRowsPerApplication } from './pipelines-per-application';

export const PIPELINE_NOT_FOUND = 'Pipeline does not exist';
const APPLICATION_NOT_FOUND = 'Application does not exist';

export interface PipelineFilterInput {
  application?: IdFilter | null;
  pipeline?: IdFilter | null;
  tag?: TagFilter<'APPLICATION' | 'PIPELINE'> | null;
}

export interface PipelineFields {
  name?: string | null;
  description?: string | null;
  variables?: (VariableDefinitionInput | null)[] | null;
  stages?: (PipelineStageInput | null)[] | null;
}

type Filters = (PipelineFilterInput | null)[] | null | undefined;

/** A PIPELINE permission check: by application, pipeline id, and the environments its stages deploy to. */
const onPipeline = (pipeline: Pick<Pipeline, 'id' | 'applicationId' | 'environments'>, action: Action): AppPermissionRequest => ({
  entityType: 'PIPELINE',
  action,
  appId: pipeline.applicationId,
  entityId: pipeline.id,
  environments: pipeline.environments,
});

const sameEnvironments = (a: readonly PipelineEnvironment[] | undefined, b: readonly PipelineEnvironment[]) =>
  a !== undefined && a.length === b.length && a.every((environment, i) => environment.id === b[i]!.id && environment.type === b[i]!.type);

/**
 * Pipelines as one request sees them: scoped to the account, and to what the principal may do (the PIPELINE
 * application permission; a pipeline it may not read is FORBIDDEN by id and absent from lists).
 */
export class PipelineService {
  private readonly byId: DataLoader<string, Pipeline | null>;
  private readonly tagsOfPipelines: ReturnType<typeof tagsLoader>;
  private readonly visible: PipelineCondition | undefined;
  // One loader per page shape, so every application in a list asking for the same page shares one batched read.
  private readonly pagesByShape = new Map<string, DataLoader<string, Pipeline[]>>();
  private readonly accountId: string;

  constructor(
    private readonly sources: DefinitionSources,
    private readonly principal: Principal,
  ) {
    this.accountId = principal.accountId;
    this.byId = byIdLoader((ids) => sources.pipelines.byIds(principal.accountId, ids));
    this.tagsOfPipelines = tagsLoader(sources.tags, principal.accountId, 'PIPELINE');
    this.visible = listScopeFilter(applicationListScope(principal.permissions, 'PIPELINE', 'READ'), { appId: 'applicationId', entityId: '_id', environments: 'environments' });
  }

  private readable(pipeline: Pipeline): boolean {
    return hasAppPermission(this.principal.permissions, onPipeline(pipeline, 'READ'));
  }

  /** An entity reference: null when it does not exist in the account or the principal may not read it. */
  async find(id: string): Promise<Pipeline | null> {
    const pipeline = await this.byId.load(id);
    return pipeline && this.readable(pipeline) ? pipeline : null;
  }

  async get(id: string): Promise<Pipeline> {
    return this.authorized(await this.byId.load(id), 'READ');
  }

  async getByName(applicationId: string, name: string): Promise<Pipeline> {
    return this.authorized(await this.sources.pipelines.byName(this.accountId, applicationId, name), 'READ');
  }

  private authorized(pipeline: Pipeline | null, action: Action): Pipeline {
    if (!pipeline) throw notFound(PIPELINE_NOT_FOUND);
    requireAppPermission(this.principal.permissions, onPipeline(pipeline, action));
    return pipeline;
  }

  tagsOf(pipelineId: string) {
    return this.tagsOfPipelines.load(pipelineId);
  }

  /** The conditions of a list's filters, ANDed as the reference does, within what the caller may read. */
  async conditions(filters: Filters): Promise<PipelineCondition[]> {
    const conditions: PipelineCondition[] = [];
    for (const filter of filters ?? []) {
      if (!filter) continue;
      const application = idCondition(filter.application);
      if (application) conditions.push({ applicationId: application });
      const pipeline = idCondition(filter.pipeline);
      if (pipeline) conditions.push({ _id: pipeline });
      if (filter.tag) {
        const tagged = await tagCondition(this.sources.tags, this.accountId, filter.tag, 'PIPELINE');
        if (tagged) conditions.push(tagged);
      }
    }
    if (this.visible) conditions.push(this.visible);
    return conditions;
  }

  async list(filters: Filters, limit: number, offset: number | null | undefined): Promise<Connection<Pipeline>> {
    const page = pageRequest(limit, offset);
    const conditions = await this.conditions(filters);
    return lazyConnection(page, {
      fetch: (from, count) => this.sources.pipelines.list(this.accountId, conditions, from, count),
      count: () => this.sources.pipelines.total(this.accountId, conditions),
    });
  }

  ofApplication(applicationId: string, limit: number, offset: number | null | undefined): Connection<Pipeline> {
    const page = pageRequest(limit, offset);
    const needed = page.offset + page.limit + 1;
    return lazyConnection(page, {
      fetch: async (from, count) => (await this.firstRowsLoader(needed).load(applicationId)).slice(from, from + count),
      count: () => this.sources.pipelines.countOfApplication(this.accountId, applicationId, this.visible),
    });
  }

  private firstRowsLoader(needed: number): DataLoader<string, Pipeline[]> {
    const key = String(needed);
    let loader = this.pagesByShape.get(key);
    if (!loader) {
      loader = new DataLoader(async (applicationIds) => {
        const rows = await firstRowsPerApplication(applicationIds, needed, (ids, maxRows) =>
          this.sources.pipelines.ofApplications(this.accountId, ids, maxRows, this.visible),
        );
        return applicationIds.map((id) => rows.get(id) ?? []);
      });
      this.pagesByShape.set(key, loader);
    }
    return loader;
  }

  async stats(filters: Filters, groupBy: (Aggregation<'Application', 'APPLICATION' | 'PIPELINE'> | null)[] | null | undefined): Promise<StatsData> {
    const conditions = await this.conditions(filters);
    const grouping = singleGrouping(groupBy);
    const { pipelines, catalog, tags } = this.sources;
    if (grouping?.tagAggregation) {
      const type = grouping.tagAggregation.entityType ?? 'PIPELINE';
      const counts = await pipelines.countBy(this.accountId, conditions, type === 'APPLICATION' ? 'applicationId' : '_id');
      return byTagData(counts, type, grouping.tagAggregation.tagName, tags, this.accountId);
    }
    if (grouping?.entityAggregation === 'Application') {
      return byApplicationData(await pipelines.countBy(this.accountId, conditions, 'applicationId'), catalog, this.accountId);
    }
    return totalData('PIPELINE', await pipelines.total(this.accountId, conditions));
  }

  // ---- writes ------------------------------------------------------------------------------------------------------

  /**
   * Stages checked, and each workflow stage's workflow: one of the application's, given every value it requires; with
   * the environments the stages deploy to.
   */
  private async stagesOf(
    applicationId: string,
    inputs: (PipelineStageInput | null)[] | null | undefined,
    existing: readonly PipelineStage[],
    variables: readonly Variable[],
  ): Promise<{ stages: PipelineStage[]; environments: PipelineEnvironment[] }> {
    const { stages, workflowStages } = stagesFrom(inputs, existing, variables);
    const workflows = await this.stageWorkflows(stages);
    for (const { field, stage } of workflowStages) {
      const workflow = workflows.get(stage.workflowId);
      if (!workflow || workflow.applicationId !== applicationId) {
        throw badInput(`${field}.workflowId "${stage.workflowId}" is not a workflow of the pipeline's application`);
      }
      checkStageVariables(stage, workflow, field);
    }
    return { stages, environments: await this.environmentsOf(workflows) };
  }

  private async stageWorkflows(stages: readonly PipelineStage[]): Promise<Map<string, WorkflowRecord>> {
    const ids = [...new Set(stages.flatMap((stage) => (stage.type === 'WORKFLOW' ? [stage.workflowId] : [])))];
    return new Map((await this.sources.workflows.byIds(this.accountId, ids)).map((workflow) => [workflow.id, workflow]));
  }

  /**
   * The environments the workflows deploy to, by id, with the type each workflow stored when it was written; the
   * catalog's for one that stored none. One the catalog does not know (any more) counts as production: the stricter
   * grants apply.
   */
  private async environmentsOf(workflows: ReadonlyMap<string, WorkflowRecord>): Promise<PipelineEnvironment[]> {
    const types = new Map<string, PipelineEnvironment['type'] | null>();
    for (const workflow of workflows.values()) {
      if (workflow.environmentId && !types.get(workflow.environmentId)) types.set(workflow.environmentId, workflow.environmentType);
    }
    const untyped = [...types].flatMap(([id, type]) => (type ? [] : [id]));
    if (untyped.length > 0) {
      for (const environment of await this.sources.catalog.environmentsByIds(this.accountId, untyped)) types.set(environment.id, environment.environmentType);
    }
    return [...types].map(([id, type]) => ({ id, type: type ?? 'PROD' })).sort((a, b) => a.id.localeCompare(b.id));
  }

  async create(applicationId: string, fields: PipelineFields): Promise<Pipeline> {
    if (!(await this.sources.catalog.applicationExists(this.accountId, applicationId))) throw notFound(APPLICATION_NOT_FOUND);
    // Some CREATE grant on the application first, so a caller without one learns nothing of the definition's checks.
    if (applicationListScope(this.principal.permissions, 'PIPELINE', 'CREATE').isEmpty) throw forbidden();
    const name = requiredName(fields.name, 'name');
    const variables = variablesFrom(fields.variables);
    const { stages, environments } = await this.stagesOf(applicationId, fields.stages, [], variables);
    // "Create non-production pipelines": the grant must cover every environment the new pipeline deploys to.
    requireAppPermission(this.principal.permissions, { entityType: 'PIPELINE', action: 'CREATE', appId: applicationId, environments });
    const pipeline = { applicationId, name, description: optionalDescription(fields.description), variables, stages, environments, createdBy: actingUserId(this.principal) };
    return this.conflictAware(name, () => this.sources.pipelines.create(this.accountId, pipeline));
  }

  /** Absent fields are kept; an explicit null clears the description and empties variables or stages. */
  async update(id: string, fields: PipelineFields): Promise<Pipeline> {
    const current = this.authorized(await this.byId.load(id), 'UPDATE');
    const changes: PipelineChanges = {};
    if ('name' in fields) changes.name = requiredName(fields.name, 'name');
    if ('description' in fields) changes.description = optionalDescription(fields.description);
    if ('variables' in fields) changes.variables = variablesFrom(fields.variables);
    if ('stages' in fields || 'variables' in fields) {
      // Stages are checked whole against the variables they will run with (a removed pipeline variable still in use is refused).
      const inputs = 'stages' in fields ? fields.stages : current.stages.map(stageInputOf);
      const { stages, environments } = await this.stagesOf(current.applicationId, inputs, current.stages, changes.variables ?? current.variables);
      if ('stages' in fields) changes.stages = stages;
      changes.environments = environments;
    } else {
      // Every write refreshes the environments: a stage workflow moved to another environment is seen here.
      changes.environments = await this.environmentsOf(await this.stageWorkflows(current.stages));
    }
    if (!sameEnvironments(current.environments, changes.environments)) {
      // Like moving a workflow: the pipeline as it will be must be the caller's to update too.
      requireAppPermission(this.principal.permissions, onPipeline({ ...current, environments: changes.environments }, 'UPDATE'));
    }
    const updated = await this.conflictAware(changes.name ?? current.name, () => this.sources.pipelines.update(this.accountId, id, changes));
    if (!updated) throw notFound(PIPELINE_NOT_FOUND);
    return updated;
  }

  async delete(id: string): Promise<void> {
    this.authorized(await this.byId.load(id), 'DELETE');
    if (!(await this.sources.pipelines.remove(this.accountId, id))) throw notFound(PIPELINE_NOT_FOUND);
  }

  private async conflictAware<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`A pipeline named "${name}" already exists in the application`);
      throw error;
    }
  }
}

function stageInputOf(stage: PipelineStage): PipelineStageInput {
  const base = { id: stage.id, name: stage.name, type: stage.type, parallelWithPrevious: stage.parallelWithPrevious };
  return stage.type === 'WORKFLOW'
    ? {
        ...base,
        workflow: {
          workflowId: stage.workflowId,
          workflowVariables: stage.workflowVariables,
          runtimeInputVariables: stage.runtimeInputVariables ?? null,
          runtimeInputTimeoutMs: stage.runtimeInputTimeoutMs ?? null,
        },
      }
    : { ...base, approval: { userGroupIds: stage.userGroupIds, timeoutMs: stage.timeoutMs } };
}

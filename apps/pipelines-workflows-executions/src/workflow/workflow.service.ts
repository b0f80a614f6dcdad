import DataLoader from 'dataloader';
import { badInput, byIdLoader, conflict, lazyConnection, notFound, pageRequest, type Connection, type IdFilter } from '@fg/graphql-kit';
import { actingUserId, type Principal } from '@fg/internal-auth';
import { applicationListScope, hasAppPermission, listScopeFilter, requireAppPermission, type Action } from '@fg/permissions';
import { isDuplicateKeyError } from '@fg/tenancy';
import type {
  CatalogEnvironment,
  OrchestrationWorkflowType,
  Variable,
  WorkflowChanges,
  WorkflowEnvironmentType,
  WorkflowFilter as WorkflowCondition,
  WorkflowPhase,
  WorkflowRecord,
} from '@fg/pipelines-workflows-executions/data-access';
import { optionalDescription, requiredName, variablesFrom, type VariableDefinitionInput } from '../definition/definition-input';
import { enumCondition, idCondition, tagCondition, tagsLoader, type EnumFilter, type TagFilter } from '../definition/definition-filters';
import type { DefinitionSources } from '../definition/definition-sources';
import { byApplicationData, byTagData, singleGrouping, totalData, type Aggregation, type StatsData } from '../definition/definition-stats';
import { firstRowsPerApplication } from '../pipeline/pipelines-per-application';
import { phasesFrom, type WorkflowPhaseInput } from './workflow-definition';

export const WORKFLOW_NOT_FOUND = 'Workflow does not exist';
export const APPLICATION_NOT_FOUND = 'Application does not exist';

export interface WorkflowFilterInput {
  application?: IdFilter | null;
  workflow?: IdFilter | null;
  tag?: TagFilter<'APPLICATION' | 'WORKFLOW'> | null;
  orchestrationWorkflowType?: EnumFilter<OrchestrationWorkflowType> | null;
}

export interface WorkflowFields {
  name?: string | null;
  description?: string | null;
  workflowType?: OrchestrationWorkflowType | null;
  environmentId?: string | null;
  variables?: (VariableDefinitionInput | null)[] | null;
  phases?: (WorkflowPhaseInput | null)[] | null;
}

type Filters = (WorkflowFilterInput | null)[] | null | undefined;

/** The environment a WORKFLOW permission is checked against: its id and type, or null for a workflow without one. */
const environmentOf = (workflow: { environmentId: string | null; environmentType: WorkflowEnvironmentType | null }) =>
  workflow.environmentId && workflow.environmentType ? { id: workflow.environmentId, type: workflow.environmentType } : null;

/**
 * Workflows as one request sees them: scoped to the account and to what the principal may do (the WORKFLOW application
 * permission, by application, workflow id, environment or environment type); what they name checked against the
 * catalog of apps-services' entities.
 */
export class WorkflowService {
  private readonly byId: DataLoader<string, WorkflowRecord | null>;
  private readonly tagsOfWorkflows: ReturnType<typeof tagsLoader>;
  private readonly visible: WorkflowCondition | undefined;
  // One loader per page shape, so every application in a list asking for the same page shares one batched read.
  private readonly pagesByShape = new Map<string, DataLoader<string, WorkflowRecord[]>>();
  private readonly accountId: string;

  constructor(
    private readonly sources: DefinitionSources,
    private readonly principal: Principal,
  ) {
    this.accountId = principal.accountId;
    this.byId = byIdLoader((ids) => sources.workflows.byIds(principal.accountId, ids));
    this.tagsOfWorkflows = tagsLoader(sources.tags, principal.accountId, 'WORKFLOW');
    this.visible = listScopeFilter(applicationListScope(principal.permissions, 'WORKFLOW', 'READ'), {
      appId: 'applicationId',
      entityId: '_id',
      environmentId: 'environmentId',
      environmentType: 'environmentType',
    });
  }

  private allows(action: Action, workflow: WorkflowRecord): boolean {
    return hasAppPermission(this.principal.permissions, {
      entityType: 'WORKFLOW',
      action,
      appId: workflow.applicationId,
      entityId: workflow.id,
      environment: environmentOf(workflow),
    });
  }

  /** An entity reference or a pipeline stage's workflow: null when it is not in the account or not readable. */
  async find(id: string): Promise<WorkflowRecord | null> {
    const workflow = await this.byId.load(id);
    return workflow && this.allows('READ', workflow) ? workflow : null;
  }

  /** A workflow for an action: NOT_FOUND when it is not in the account, FORBIDDEN when the principal may not. */
  private async authorized(workflow: WorkflowRecord | null, action: Action): Promise<WorkflowRecord> {
    if (!workflow) throw notFound(WORKFLOW_NOT_FOUND);
    requireAppPermission(this.principal.permissions, {
      entityType: 'WORKFLOW',
      action,
      appId: workflow.applicationId,
      entityId: workflow.id,
      environment: environmentOf(workflow),
    });
    return workflow;
  }

  async get(id: string): Promise<WorkflowRecord> {
    return this.authorized(await this.byId.load(id), 'READ');
  }

  async getByName(applicationId: string, name: string): Promise<WorkflowRecord> {
    return this.authorized(await this.sources.workflows.byName(this.accountId, applicationId, name), 'READ');
  }

  tagsOf(workflowId: string) {
    return this.tagsOfWorkflows.load(workflowId);
  }

  /** The conditions of a list's filters, ANDed as the reference does, within what the caller may read. */
  async conditions(filters: Filters): Promise<WorkflowCondition[]> {
    const conditions: WorkflowCondition[] = [];
    for (const filter of filters ?? []) {
      if (!filter) continue;
      const application = idCondition(filter.application);
      if (application) conditions.push({ applicationId: application });
      const workflow = idCondition(filter.workflow);
      if (workflow) conditions.push({ _id: workflow });
      if (filter.orchestrationWorkflowType) conditions.push({ workflowType: enumCondition(filter.orchestrationWorkflowType) });
      if (filter.tag) {
        const tagged = await tagCondition(this.sources.tags, this.accountId, filter.tag, 'WORKFLOW');
        if (tagged) conditions.push(tagged);
      }
    }
    if (this.visible) conditions.push(this.visible);
    return conditions;
  }

  async list(filters: Filters, limit: number, offset: number | null | undefined): Promise<Connection<WorkflowRecord>> {
    const page = pageRequest(limit, offset);
    const conditions = await this.conditions(filters);
    return lazyConnection(page, {
      fetch: (from, count) => this.sources.workflows.list(this.accountId, conditions, from, count),
      count: () => this.sources.workflows.total(this.accountId, conditions),
    });
  }

  /** Application.workflows: every application of one request asking for the same page shares one batched read. */
  ofApplication(applicationId: string, limit: number, offset: number | null | undefined): Connection<WorkflowRecord> {
    const page = pageRequest(limit, offset);
    const needed = page.offset + page.limit + 1;
    return lazyConnection(page, {
      fetch: async (from, count) => (await this.firstRowsLoader(needed).load(applicationId)).slice(from, from + count),
      count: () => this.sources.workflows.countOfApplication(this.accountId, applicationId, this.visible),
    });
  }

  private firstRowsLoader(needed: number): DataLoader<string, WorkflowRecord[]> {
    const key = String(needed);
    let loader = this.pagesByShape.get(key);
    if (!loader) {
      loader = new DataLoader(async (applicationIds) => {
        const rows = await firstRowsPerApplication(applicationIds, needed, (ids, maxRows) =>
          this.sources.workflows.ofApplications(this.accountId, ids, maxRows, this.visible),
        );
        return applicationIds.map((id) => rows.get(id) ?? []);
      });
      this.pagesByShape.set(key, loader);
    }
    return loader;
  }

  async stats(filters: Filters, groupBy: (Aggregation<'Application', 'APPLICATION' | 'WORKFLOW'> | null)[] | null | undefined): Promise<StatsData> {
    const conditions = await this.conditions(filters);
    const grouping = singleGrouping(groupBy);
    const { workflows, catalog, tags } = this.sources;
    if (grouping?.tagAggregation) {
      const type = grouping.tagAggregation.entityType ?? 'WORKFLOW';
      const counts = await workflows.countBy(this.accountId, conditions, type === 'APPLICATION' ? 'applicationId' : '_id');
      return byTagData(counts, type, grouping.tagAggregation.tagName, tags, this.accountId);
    }
    if (grouping?.entityAggregation === 'Application') {
      return byApplicationData(await workflows.countBy(this.accountId, conditions, 'applicationId'), catalog, this.accountId);
    }
    return totalData('WORKFLOW', await workflows.total(this.accountId, conditions));
  }

  // ---- writes ------------------------------------------------------------------------------------------------------

  /** The workflow's environment: one of its application's, from the catalog; null for none. */
  private async environmentFor(applicationId: string, environmentId: string | null): Promise<CatalogEnvironment | null> {
    if (!environmentId) return null;
    const environment = await this.sources.catalog.environmentById(this.accountId, environmentId);
    if (!environment || environment.appId !== applicationId) throw badInput(`environmentId "${environmentId}" is not an environment of the workflow's application`);
    return environment;
  }

  /** Phases and variables checked, and what DEPLOY steps name checked against the catalog. */
  private async definitionOf(
    applicationId: string,
    environment: CatalogEnvironment | null,
    variableInputs: (VariableDefinitionInput | null)[] | null | undefined,
    phaseInputs: (WorkflowPhaseInput | null)[] | null | undefined,
  ): Promise<{ variables: Variable[]; phases: WorkflowPhase[] }> {
    const variables = variablesFrom(variableInputs);
    const { phases, deploys } = phasesFrom(phaseInputs, variables);
    if (deploys.length === 0) return { variables, phases };
    if (!environment) throw badInput(`${deploys[0].field}: a DEPLOY step needs the workflow's environmentId`);
    const { catalog } = this.sources;
    const services = new Map((await catalog.servicesByIds(this.accountId, deploys.map((deploy) => deploy.serviceId))).map((service) => [service.id, service]));
    const definitionIds = deploys.flatMap((deploy) => (deploy.infrastructureDefinitionId ? [deploy.infrastructureDefinitionId] : []));
    const definitions = new Map((await catalog.infrastructureDefinitionsByIds(this.accountId, definitionIds)).map((definition) => [definition.id, definition]));
    for (const deploy of deploys) {
      if (services.get(deploy.serviceId)?.appId !== applicationId) {
        throw badInput(`${deploy.field}.serviceId "${deploy.serviceId}" is not a service of the workflow's application`);
      }
      if (!deploy.infrastructureDefinitionId) continue;
      const definition = definitions.get(deploy.infrastructureDefinitionId);
      if (definition?.environmentId !== environment.id) {
        throw badInput(`${deploy.field}.infrastructureDefinitionId "${deploy.infrastructureDefinitionId}" is not an infrastructure definition of the workflow's environment`);
      }
      if (definition.scopedToServices.length > 0 && !definition.scopedToServices.includes(deploy.serviceId)) {
        throw badInput(`${deploy.field}.infrastructureDefinitionId "${deploy.infrastructureDefinitionId}" is not scoped to service "${deploy.serviceId}"`);
      }
    }
    return { variables, phases };
  }

  private requireCreate(applicationId: string, environment: CatalogEnvironment | null): void {
    requireAppPermission(this.principal.permissions, {
      entityType: 'WORKFLOW',
      action: 'CREATE',
      appId: applicationId,
      environment: environment ? { id: environment.id, type: environment.environmentType } : null,
    });
  }

  async create(applicationId: string, fields: WorkflowFields): Promise<WorkflowRecord> {
    if (!(await this.sources.catalog.applicationExists(this.accountId, applicationId))) throw notFound(APPLICATION_NOT_FOUND);
    const environment = await this.environmentFor(applicationId, fields.environmentId?.trim() || null);
    this.requireCreate(applicationId, environment);
    const name = requiredName(fields.name, 'name');
    if (!fields.workflowType) throw badInput('workflowType must not be empty');
    const { variables, phases } = await this.definitionOf(applicationId, environment, fields.variables, fields.phases);
    const record = {
      applicationId,
      name,
      description: optionalDescription(fields.description),
      workflowType: fields.workflowType,
      environmentId: environment?.id ?? null,
      variables,
      phases,
      createdBy: actingUserId(this.principal),
    };
    return this.conflictAware(name, () => this.sources.workflows.create(this.accountId, record, environment?.environmentType ?? null));
  }

  /** Absent fields are kept; an explicit null clears a description or the environment, and empties variables or phases. */
  async update(id: string, fields: WorkflowFields): Promise<WorkflowRecord> {
    const current = await this.authorized(await this.byId.load(id), 'UPDATE');
    const changes: WorkflowChanges = {};
    if ('name' in fields) changes.name = requiredName(fields.name, 'name');
    if ('description' in fields) changes.description = optionalDescription(fields.description);
    if ('workflowType' in fields) {
      if (!fields.workflowType) throw badInput('workflowType must not be empty');
      changes.workflowType = fields.workflowType;
    }
    let environment: CatalogEnvironment | null;
    if ('environmentId' in fields) {
      environment = await this.environmentFor(current.applicationId, fields.environmentId?.trim() || null);
      // Moving a workflow to another environment must be allowed there too ("non-production workflows only").
      if (environment?.id !== current.environmentId) {
        requireAppPermission(this.principal.permissions, {
          entityType: 'WORKFLOW',
          action: 'UPDATE',
          appId: current.applicationId,
          entityId: current.id,
          environment: environment ? { id: environment.id, type: environment.environmentType } : null,
        });
      }
      changes.environmentId = environment?.id ?? null;
      changes.environmentType = environment?.environmentType ?? null;
    } else {
      environment = await this.sources.catalog.environmentById(this.accountId, current.environmentId ?? '');
    }
    if ('variables' in fields || 'phases' in fields || 'environmentId' in fields) {
      // The definition is checked whole: new variables against the steps that use them, steps against a new environment.
      const variableInputs = 'variables' in fields ? fields.variables : current.variables;
      const phaseInputs = 'phases' in fields ? fields.phases : current.phases.map((phase) => ({ name: phase.name, steps: phase.steps.map(stepInputOf) }));
      const { variables, phases } = await this.definitionOf(current.applicationId, environment, variableInputs, phaseInputs);
      if ('variables' in fields) changes.variables = variables;
      if ('phases' in fields) changes.phases = phases;
    }
    const updated = await this.conflictAware(changes.name ?? current.name, () => this.sources.workflows.update(this.accountId, id, changes));
    if (!updated) throw notFound(WORKFLOW_NOT_FOUND);
    return updated;
  }

  /** Refused while a pipeline stage runs the workflow, naming the pipelines (a pipeline never points at nothing). */
  async delete(id: string): Promise<void> {
    const workflow = await this.authorized(await this.byId.load(id), 'DELETE');
    const users = await this.sources.pipelines.usingWorkflow(this.accountId, workflow.id);
    if (users.length > 0) {
      const names = users.map((pipeline) => `"${pipeline.name}" (${pipeline.id})`).join(', ');
      throw conflict(`Workflow "${workflow.name}" is used by pipeline ${names}; remove it from the pipeline first`);
    }
    if (!(await this.sources.workflows.remove(this.accountId, id))) throw notFound(WORKFLOW_NOT_FOUND);
  }

  private async conflictAware<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isDuplicateKeyError(error)) throw conflict(`A workflow named "${name}" already exists in the application`);
      throw error;
    }
  }
}

/** A stored step as the input that would create it, so an update that keeps the phases checks them again. */
function stepInputOf(step: WorkflowPhase['steps'][number]) {
  switch (step.type) {
    case 'SHELL_SCRIPT':
      return { name: step.name, type: step.type, shellScript: { script: step.script, delegateSelectors: step.delegateSelectors, timeoutMs: step.timeoutMs } };
    case 'HTTP': {
      const { name, type, ...http } = step;
      return { name, type, http };
    }
    case 'APPROVAL':
      return { name: step.name, type: step.type, approval: { userGroupIds: step.userGroupIds, timeoutMs: step.timeoutMs } };
    case 'WAIT':
      return { name: step.name, type: step.type, wait: { durationMs: step.durationMs } };
    case 'DEPLOY':
      return { name: step.name, type: step.type, deploy: { serviceId: step.serviceId, infrastructureDefinitionId: step.infrastructureDefinitionId } };
  }
}

import type DataLoader from 'dataloader';
import { byIdLoader, lazyConnection, notFound, pageRequest, type Connection } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import { forbidden, hasAppPermission } from '@fg/permissions';
import {
  EXECUTION_NOT_FOUND,
  mayReadExecution,
  pendingApprovals,
  type ExecutionQuery,
  type ExecutionSelection,
  type ApprovalView,
  type Execution,
  type ExecutionControl,
  type ExecutionLauncher,
  type ExecutionRepository,
  type ExecutionType,
  type ServicesNeedingInputs,
  type StartExecutionRequest,
  type StartedExecution,
} from '@fg/pipelines-workflows-executions/engine';
import type { CatalogProjection, PipelineRepository, WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import type { ApproveOrRejectApprovalsInput, ExecutionFilter, QueryDeploymentStatsArgs } from '../generated/resolvers-types';
import type { StatsData } from '../definition/definition-stats';
import { deploymentStatsData, deploymentStatsRequest, type TimeData } from './deployment-stats';


export interface ExecutionServices {
  executions: ExecutionRepository;
  launcher: ExecutionLauncher;
  control: ExecutionControl;
  query: ExecutionQuery;
  /** Where deploymentStats finds the names of what it groups by. */
  names: { catalog: CatalogProjection; workflows: WorkflowRepository; pipelines: PipelineRepository };
}

/**
 * Executions as one request sees them: scoped to the account and to what the principal may read (DEPLOYMENT with
 * READ, matched on the execution's application and environment). An execution it may not read is "does not exist or
 * access is denied", as the reference answers both.
 */
export class ExecutionService {
  private readonly byId: DataLoader<string, Execution | null>;
  private readonly members = new Map<string, Promise<Execution[]>>();

  constructor(
    private readonly services: ExecutionServices,
    private readonly principal: Principal,
  ) {
    this.byId = byIdLoader((ids) => services.executions.byIds(principal.accountId, ids));
  }

  private readable(execution: Execution): boolean {
    return mayReadExecution(this.principal, execution);
  }

  async find(id: string): Promise<Execution | null> {
    const execution = await this.byId.load(id);
    return execution && this.readable(execution) ? execution : null;
  }

  async get(id: string): Promise<Execution> {
    const execution = await this.find(id);
    if (!execution) throw notFound(EXECUTION_NOT_FOUND);
    return execution;
  }

  list(filters: ReadonlyArray<ExecutionFilter | null> | null | undefined, includeIndirect: boolean, limit: number, offset: number | null | undefined): Connection<Execution> {
    const page = pageRequest(limit, offset);
    const { query } = this.services;
    // Checked before anything is read, so a bad filter is an error even on an empty page.
    query.check(filters, includeIndirect);
    let selection: Promise<ExecutionSelection> | null = null;
    const selected = () => (selection ??= query.select(this.principal, filters, includeIndirect));
    return lazyConnection(page, {
      fetch: async (from, count) => query.page(this.principal, await selected(), from, count),
      count: async () => query.count(this.principal, await selected()),
    });
  }

  /** deploymentStats: over exactly what `executions` would list with the same filters, measured in the store. */
  async deploymentStats(args: QueryDeploymentStatsArgs): Promise<StatsData | TimeData> {
    const request = deploymentStatsRequest(args.aggregateFunction, args.groupBy, args.sortCriteria);
    const { query } = this.services;
    // DeploymentFilter is ExecutionFilter without the members that do not apply to deployments.
    const filters = args.filters as ReadonlyArray<ExecutionFilter | null> | null | undefined;
    const includeIndirect = args.includeIndirectExecutions ?? false;
    query.check(filters, includeIndirect);
    const selection = await query.select(this.principal, filters, includeIndirect);
    const groups = await query.stats(this.principal, selection, request.grouping, request.measure);
    const ids = [...new Set(groups.flatMap((group) => (group.key ? [group.key] : [])))];
    return deploymentStatsData(request, groups, await this.namesOf(request.entity, ids));
  }

  private async namesOf(entity: string | null, ids: string[]): Promise<Map<string, string>> {
    const { catalog, workflows, pipelines } = this.services.names;
    const accountId = this.principal.accountId;
    if (ids.length === 0) return new Map();
    const named: Array<{ id: string; name: string }> =
      entity === 'Application'
        ? await catalog.applicationsByIds(accountId, ids)
        : entity === 'Service'
          ? await catalog.servicesByIds(accountId, ids)
          : entity === 'Environment'
            ? await catalog.environmentsByIds(accountId, ids)
            : entity === 'Workflow'
              ? await workflows.byIds(accountId, ids)
              : entity === 'Pipeline'
                ? await pipelines.byIds(accountId, ids)
                : [];
    return new Map(named.map(({ id, name }) => [id, name]));
  }

  /** A pipeline execution's members, one read per pipeline execution per request. */
  memberExecutions(pipelineExecutionId: string): Promise<Execution[]> {
    let members = this.members.get(pipelineExecutionId);
    if (!members) {
      members = this.services.executions.membersOf(this.principal.accountId, [pipelineExecutionId]).then((all) => all.filter((execution) => this.readable(execution)));
      this.members.set(pipelineExecutionId, members);
    }
    return members;
  }

  start(request: StartExecutionRequest): Promise<StartedExecution> {
    return this.services.launcher.start(this.principal, request);
  }

  /** The previous execution must be one the principal may read; the launcher checks EXECUTE_PIPELINE. */
  async resume(input: { applicationId: string; pipelineExecutionId: string; pipelineStageName: string }): Promise<Execution> {
    await this.ofApplication(input.applicationId, input.pipelineExecutionId);
    return this.services.launcher.resume(this.principal, input);
  }

  /** runtimeExecutionInputsToResumePipeline: the execution must be one the principal may read. */
  async runtimeServicesNeedingInputs(request: { applicationId: string; pipelineExecutionId: string; pipelineStageElementId: string }): Promise<ServicesNeedingInputs> {
    await this.ofApplication(request.applicationId, request.pipelineExecutionId);
    return this.services.launcher.runtimeServicesNeedingInputs(this.principal, request);
  }

  /** pipelineResumeRuntime: the execution must be one the principal may read; the launcher checks EXECUTE_PIPELINE. */
  async giveRuntimeInputs(request: Parameters<ExecutionLauncher['giveRuntimeInputs']>[1]): Promise<void> {
    await this.ofApplication(request.applicationId, request.pipelineExecutionId);
    await this.services.launcher.giveRuntimeInputs(this.principal, request);
    this.byId.clear(request.pipelineExecutionId);
  }

  servicesNeedingInputs(applicationId: string, executionType: ExecutionType, entityId: string): Promise<ServicesNeedingInputs> {
    return this.services.launcher.servicesNeedingInputs(this.principal, applicationId, executionType, entityId);
  }

  private async ofApplication(applicationId: string, executionId: string): Promise<Execution> {
    const execution = await this.get(executionId);
    if (execution.applicationId !== applicationId) throw notFound(EXECUTION_NOT_FOUND);
    return execution;
  }

  async approvalDetails(applicationId: string, executionId: string): Promise<ApprovalView[]> {
    return pendingApprovals(await this.ofApplication(applicationId, executionId));
  }

  async decide(input: ApproveOrRejectApprovalsInput): Promise<void> {
    const execution = await this.ofApplication(input.applicationId, input.executionId);
    const variables = (input.variableInputs ?? []).flatMap((variable) => (variable?.name ? [{ name: variable.name, value: variable.value ?? '' }] : []));
    await this.services.control.decide(execution, input.approvalId, this.principal.userGroupIds ?? [], {
      action: input.action,
      by: { kind: this.principal.kind, id: this.principal.id },
      comments: input.comments ?? null,
      variables,
    });
  }

  /** Needs ABORT_WORKFLOW on the execution's deployment (application and environment). */
  async abort(applicationId: string, executionId: string): Promise<{ aborted: boolean; execution: Execution }> {
    const execution = await this.ofApplication(applicationId, executionId);
    const environment = execution.executionType === 'WORKFLOW' && execution.environmentId ? { id: execution.environmentId, type: execution.environmentType ?? 'PROD' } : undefined;
    if (!hasAppPermission(this.principal.permissions, { entityType: 'DEPLOYMENT', action: 'ABORT_WORKFLOW', appId: applicationId, entityId: executionId, environment })) {
      throw forbidden();
    }
    const aborted = await this.services.control.abort(this.principal.accountId, executionId);
    this.byId.clear(executionId);
    return { aborted, execution: (await this.byId.load(executionId)) ?? execution };
  }
}

import type DataLoader from 'dataloader';
import { byIdLoader, lazyConnection, notFound, pageRequest, type Connection } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import { applicationListScope, forbidden, hasAppPermission, listScopeFilter } from '@fg/permissions';
import {
  pendingApprovals,
  type ApprovalView,
  type Execution,
  type ExecutionControl,
  type ExecutionLauncher,
  type ExecutionRepository,
  type ExecutionType,
  type StartExecutionRequest,
  type StartedExecution,
} from '@fg/pipelines-workflows-executions/engine';
import type { ApproveOrRejectApprovalsInput, ExecutionFilter } from '../generated/resolvers-types';
import type { TagLinkProjection } from '@fg/pipelines-workflows-executions/data-access';
import { executionCondition, tagFilterEntityType } from './execution-filters';

/** The reference's text for an execution that is missing or hidden; clients match it. */
export const EXECUTION_NOT_FOUND = 'Execution does not exist or access is denied';

export interface ExecutionServices {
  executions: ExecutionRepository;
  launcher: ExecutionLauncher;
  control: ExecutionControl;
  tags: Pick<TagLinkProjection, 'entitiesTagged'>;
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

  /** An execution whose environment type is unknown counts as production: the stricter rights apply. */
  private readable(execution: Execution): boolean {
    const environment =
      execution.executionType === 'WORKFLOW' && execution.environmentId
        ? { id: execution.environmentId, type: execution.environmentType ?? 'PROD' }
        : undefined;
    return hasAppPermission(this.principal.permissions, { entityType: 'DEPLOYMENT', action: 'READ', appId: execution.applicationId, entityId: execution.id, environment });
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
    const scope = applicationListScope(this.principal.permissions, 'DEPLOYMENT', 'READ');
    const visible = listScopeFilter(scope, { appId: 'applicationId', entityId: '_id', environmentId: 'environmentId', environmentType: 'environmentType' });
    // Checked before anything is read, so a bad filter is an error even on an empty page.
    executionCondition(filters, includeIndirect, []);
    let scoped: Promise<Record<string, unknown>> | null = null;
    const condition = () =>
      (scoped ??= this.taggedApplications(filters).then((tagged) => {
        const own = executionCondition(filters, includeIndirect, tagged);
        return visible ? { $and: [own, visible] } : own;
      }));
    return lazyConnection(page, {
      fetch: async (from, count) => (scope.isEmpty ? [] : this.services.executions.list(this.principal.accountId, await condition(), from, count)),
      count: async () => (scope.isEmpty ? 0 : this.services.executions.countMatching(this.principal.accountId, await condition())),
    });
  }

  /** The applications carrying each filter's tags (a tag without a value matches every value). */
  private taggedApplications(filters: ReadonlyArray<ExecutionFilter | null> | null | undefined): Promise<Array<string[] | null>> {
    return Promise.all(
      (filters ?? []).map((filter) => {
        if (!tagFilterEntityType(filter)) return null;
        const tags = (filter?.tag?.tags ?? []).flatMap((tag) => (tag?.name ? [{ name: tag.name, value: tag.value ?? null }] : []));
        return this.services.tags.entitiesTagged(this.principal.accountId, 'APPLICATION', tags);
      }),
    );
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

  servicesNeedingArtifacts(applicationId: string, executionType: ExecutionType, entityId: string): Promise<string[]> {
    return this.services.launcher.servicesNeedingArtifacts(this.principal, applicationId, executionType, entityId);
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

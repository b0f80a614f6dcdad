import { badInput, notFound } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import { requireAppPermission } from '@fg/permissions';
import type { Pipeline, PipelineRepository, Workflow, WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import { newId } from '@fg/tenancy';
import type { Execution, ExecutionArtifact, ExecutionCause, ExecutionType, PipelineExecution } from '../execution/execution.entity';
import { resumedStages } from '../state-machine/pipeline-progress';
import type { ExecutionRepository } from '../execution/execution.repository';
import type { AdvanceRequests } from '../engine/advance-queue';
import type { ExecutionMetrics } from '../engine/execution-ended';
import type { DeploymentQuota } from '../quota/deployment-quota';
import { deployedServiceIds, newPipelineExecution, newWorkflowExecution } from './execution-builder';
import type { ExecutionFacts } from './execution-facts';
import { resolveVariables, type ServiceInput, type VariableInput } from './execution-inputs';

export const WORKFLOW_NOT_FOUND = 'Workflow does not exist';
export const PIPELINE_NOT_FOUND = 'Pipeline does not exist';
/** The reference's text for an execution that is missing or hidden; clients match it. */
export const EXECUTION_NOT_FOUND = 'Execution does not exist or access is denied';

export interface StartExecutionRequest {
  applicationId: string;
  executionType: ExecutionType;
  /** The workflow's or pipeline's id. */
  entityId: string;
  variableInputs?: VariableInput[] | null;
  serviceInputs?: ServiceInput[] | null;
  notes?: string | null;
  /** Who starts it; by default the principal itself (a user or an API key). */
  cause?: ExecutionCause;
}

export interface StartedExecution {
  execution: Execution;
  /** Non-fatal notes on the inputs (the reference's warningMessage), or null. */
  warningMessage: string | null;
}

export interface ExecutionLauncherOptions {
  executions: ExecutionRepository;
  workflows: WorkflowRepository;
  pipelines: PipelineRepository;
  facts: ExecutionFacts;
  quota: DeploymentQuota;
  advance: AdvanceRequests;
  /** Each execution created counts as reaching QUEUED (fg_executions_total). */
  metrics?: ExecutionMetrics;
  now?: () => number;
}

export function causeOf(principal: Principal): ExecutionCause {
  return principal.kind === 'user' ? { type: 'USER', userId: principal.id } : { type: 'API_KEY', apiKeyId: principal.id };
}

/**
 * Starts executions (startExecution; later triggers): validates the inputs, checks the EXECUTE right, reserves a
 * deployment quota unit for a workflow that deploys, stores the QUEUED execution and asks the engine to advance it.
 */
export class ExecutionLauncher {
  private readonly now: () => number;

  constructor(private readonly options: ExecutionLauncherOptions) {
    this.now = options.now ?? Date.now;
  }

  async start(principal: Principal, request: StartExecutionRequest): Promise<StartedExecution> {
    const started = request.executionType === 'PIPELINE' ? await this.startPipeline(principal, request) : await this.startWorkflow(principal, request);
    this.options.metrics?.executionReached(started.execution.status);
    await this.options.advance.request(started.execution.accountId, started.execution.id, 'v0');
    return started;
  }

  /**
   * resumeExecution: a new execution of a pipeline execution that ended without success, from the parallel group
   * holding the named stage; the stages before it keep their results. Needs EXECUTE_PIPELINE on the pipeline.
   */
  async resume(principal: Principal, request: { applicationId: string; pipelineExecutionId: string; pipelineStageName: string }): Promise<PipelineExecution> {
    const previous = await this.options.executions.byId(principal.accountId, request.pipelineExecutionId);
    if (!previous || previous.executionType !== 'PIPELINE' || previous.applicationId !== request.applicationId) throw notFound(EXECUTION_NOT_FOUND);
    requireAppPermission(principal.permissions, { entityType: 'PIPELINE', action: 'EXECUTE_PIPELINE', appId: previous.applicationId, entityId: previous.pipelineId });
    let stages;
    try {
      stages = resumedStages(previous, request.pipelineStageName);
    } catch (error) {
      throw badInput(error instanceof Error ? error.message : String(error));
    }
    if (!stages) throw badInput(`Pipeline stage "${request.pipelineStageName}" is not a stage of execution ${previous.id}`);
    const now = this.now();
    const execution = (await this.options.executions.create({
      ...previous,
      id: newId(),
      version: 0,
      status: 'QUEUED',
      cause: causeOf(principal),
      failureDetails: null,
      abortRequested: false,
      createdAt: now,
      startedAt: null,
      endedAt: null,
      stages,
    })) as PipelineExecution;
    this.options.metrics?.executionReached(execution.status);
    await this.options.advance.request(execution.accountId, execution.id, 'v0');
    return execution;
  }

  /** The services an entity deploys that need an artifact input (executionInputs). */
  async servicesNeedingArtifacts(principal: Principal, applicationId: string, executionType: ExecutionType, entityId: string): Promise<string[]> {
    if (executionType === 'PIPELINE') {
      const pipeline = await this.pipeline(principal, applicationId, entityId);
      return this.deployedByPipeline(principal.accountId, pipeline);
    }
    return deployedServiceIds(await this.workflow(principal, applicationId, entityId));
  }

  private async workflow(principal: Principal, applicationId: string, workflowId: string): Promise<Workflow> {
    const [workflow] = await this.options.workflows.byIds(principal.accountId, [workflowId]);
    if (!workflow || workflow.applicationId !== applicationId) throw notFound(WORKFLOW_NOT_FOUND);
    const environmentType = workflow.environmentId ? await this.options.facts.environmentType(principal.accountId, workflow.environmentId) : null;
    // An environment the catalog does not know (yet) counts as production: the stricter rights apply.
    requireAppPermission(principal.permissions, {
      entityType: 'WORKFLOW',
      action: 'EXECUTE_WORKFLOW',
      appId: applicationId,
      entityId: workflow.id,
      environment: workflow.environmentId ? { id: workflow.environmentId, type: environmentType ?? 'PROD' } : null,
    });
    return workflow;
  }

  private async pipeline(principal: Principal, applicationId: string, pipelineId: string): Promise<Pipeline> {
    const [pipeline] = await this.options.pipelines.byIds(principal.accountId, [pipelineId]);
    if (!pipeline || pipeline.applicationId !== applicationId) throw notFound(PIPELINE_NOT_FOUND);
    requireAppPermission(principal.permissions, { entityType: 'PIPELINE', action: 'EXECUTE_PIPELINE', appId: applicationId, entityId: pipeline.id });
    return pipeline;
  }

  private async deployedByPipeline(accountId: string, pipeline: Pipeline): Promise<string[]> {
    const workflowIds = pipeline.stages.flatMap((stage) => (stage.type === 'WORKFLOW' ? [stage.workflowId] : []));
    const workflows = await this.options.workflows.byIds(accountId, [...new Set(workflowIds)]);
    return [...new Set(workflows.flatMap(deployedServiceIds))];
  }

  private async startWorkflow(principal: Principal, request: StartExecutionRequest): Promise<StartedExecution> {
    const workflow = await this.workflow(principal, request.applicationId, request.entityId);
    const { values, warnings } = resolveVariables(workflow.variables, request.variableInputs);
    const serviceIds = deployedServiceIds(workflow);
    const { artifacts, warnings: serviceWarnings } = await this.resolveArtifacts(principal.accountId, serviceIds, request.serviceInputs);
    const environmentType = workflow.environmentId ? await this.options.facts.environmentType(principal.accountId, workflow.environmentId) : null;
    const reservationId = serviceIds.length > 0 ? await this.options.quota.reserve(principal.accountId) : null;
    try {
      const execution = await this.options.executions.create(
        newWorkflowExecution({
          workflow,
          cause: request.cause ?? causeOf(principal),
          notes: request.notes ?? null,
          inputVariables: values,
          artifacts,
          environmentType,
          pipelineExecutionId: null,
          reservationId,
          now: this.now(),
        }),
      );
      return { execution, warningMessage: joinWarnings([...warnings, ...serviceWarnings]) };
    } catch (error) {
      // Nothing was started: the slot goes back at once rather than when the reservation lapses.
      if (reservationId) await this.options.quota.release(principal.accountId, reservationId);
      throw error;
    }
  }

  private async startPipeline(principal: Principal, request: StartExecutionRequest): Promise<StartedExecution> {
    const pipeline = await this.pipeline(principal, request.applicationId, request.entityId);
    const { values, warnings } = resolveVariables(pipeline.variables, request.variableInputs);
    const serviceIds = await this.deployedByPipeline(principal.accountId, pipeline);
    const { artifacts, warnings: serviceWarnings } = await this.resolveArtifacts(principal.accountId, serviceIds, request.serviceInputs);
    const execution = await this.options.executions.create(
      newPipelineExecution({ pipeline, cause: request.cause ?? causeOf(principal), notes: request.notes ?? null, inputVariables: values, artifacts, now: this.now() }),
    );
    return { execution, warningMessage: joinWarnings([...warnings, ...serviceWarnings]) };
  }

  /** Each deployed service needs a service input naming its artifact; errors name the service and the input. */
  private async resolveArtifacts(accountId: string, serviceIds: string[], inputs: ServiceInput[] | null | undefined): Promise<{ artifacts: ExecutionArtifact[]; warnings: string[] }> {
    const services = await this.options.facts.services(accountId, serviceIds);
    const byName = new Map((inputs ?? []).map((input) => [input.name, input]));
    const artifacts: ExecutionArtifact[] = [];
    for (const serviceId of serviceIds) {
      const service = services.find((candidate) => candidate.id === serviceId);
      if (!service) throw badInput(`Service ${serviceId} deployed by this workflow does not exist`);
      const input = byName.get(service.name);
      byName.delete(service.name);
      const value = input?.artifactValueInput;
      if (!value) throw badInput(`Service "${service.name}" needs an artifact: give a serviceInput named "${service.name}" with an artifactValueInput`);
      artifacts.push(await this.artifactOf(accountId, service, value));
    }
    const warnings = [...byName.keys()].map((name) => `Service input "${name}" names no service this execution deploys and was ignored`);
    return { artifacts, warnings };
  }

  private async artifactOf(accountId: string, service: { id: string; name: string }, value: NonNullable<ServiceInput['artifactValueInput']>): Promise<ExecutionArtifact> {
    if (value.valueType === 'ARTIFACT_ID') {
      const artifactId = value.artifactId?.artifactId;
      if (!artifactId) throw badInput(`Service "${service.name}": valueType ARTIFACT_ID needs artifactId`);
      const artifact = await this.options.facts.artifact(accountId, artifactId);
      if (!artifact || artifact.serviceId !== service.id) throw badInput(`Service "${service.name}": artifact ${artifactId} is not an artifact of this service`);
      return { serviceId: service.id, artifactSourceId: artifact.artifactSourceId, artifactId: artifact.id, buildNo: artifact.buildNo };
    }
    const build = value.valueType === 'BUILD_NUMBER' ? value.buildNumber : value.parameterizedArtifactSource;
    if (!build?.artifactSourceName || !build.buildNumber) {
      const field = value.valueType === 'BUILD_NUMBER' ? 'buildNumber' : 'parameterizedArtifactSource';
      throw badInput(`Service "${service.name}": valueType ${value.valueType} needs ${field} with artifactSourceName and buildNumber`);
    }
    const source = await this.options.facts.artifactSourceByName(accountId, service.id, build.artifactSourceName);
    if (!source) throw badInput(`Service "${service.name}" has no artifact source named "${build.artifactSourceName}"`);
    // A build the platform collected is named by its artifact (WorkflowExecution.artifacts); another is recorded by number.
    const collected = await this.options.facts.artifactByBuild(accountId, source.id, build.buildNumber);
    return { serviceId: service.id, artifactSourceId: source.id, artifactId: collected?.id ?? null, buildNo: build.buildNumber };
  }
}

function joinWarnings(warnings: string[]): string | null {
  return warnings.length > 0 ? warnings.join('; ') : null;
}

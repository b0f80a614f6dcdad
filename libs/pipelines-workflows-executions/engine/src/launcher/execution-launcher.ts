import { badInput, notFound } from '@fg/graphql-kit';
import type { Principal } from '@fg/internal-auth';
import { requireAppPermission, type AppPermissionRequest } from '@fg/permissions';
import type { Pipeline, PipelineRepository, PipelineStage, Workflow, WorkflowRepository } from '@fg/pipelines-workflows-executions/data-access';
import { newId } from '@fg/tenancy';
import type { Execution, ExecutionArtifact, ExecutionCause, ExecutionManifest, ExecutionType, PipelineExecution } from '../execution/execution.entity';
import { giveRuntimeInputs, resumedStages } from '../state-machine/pipeline-progress';
import { ApiError, ErrorCode } from '@fg/graphql-kit';
import type { ExecutionRepository } from '../execution/execution.repository';
import type { AdvanceRequests } from '../engine/advance-queue';
import type { ExecutionMetrics } from '../engine/execution-ended';
import type { DeploymentQuota } from '../quota/deployment-quota';
import { deployedServiceIds, newPipelineExecution, newWorkflowExecution } from './execution-builder';
import type { ExecutionFacts } from './execution-facts';
import { missingDeploymentTarget, missingService } from './deployment-targets';
import { expandVariables, resolveVariables, type ServiceInput, type VariableInput } from './execution-inputs';

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
  /** PIPELINE: stages with runtime input variables run with their defaults instead of pausing for pipelineResumeRuntime. */
  continueWithDefaultValues?: boolean | null;
  /** Who starts it; by default the principal itself (a user or an API key). */
  cause?: ExecutionCause;
}

/** Service ids: the ones that need an artifact input, and of those the ones that may take a manifest input. */
export interface ServicesNeedingInputs {
  artifacts: string[];
  manifests: string[];
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
    await this.requireExecutePipeline(principal, previous.applicationId, previous.pipelineId);
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

  /**
   * executionInputs: the services an entity deploys, which need an artifact input, and of those the ones with a known
   * application manifest (a chart), which may take a manifest input.
   */
  async servicesNeedingInputs(principal: Principal, applicationId: string, executionType: ExecutionType, entityId: string): Promise<ServicesNeedingInputs> {
    const serviceIds =
      executionType === 'PIPELINE'
        ? await this.deployedByPipeline(principal.accountId, await this.pipeline(principal, applicationId, entityId))
        : deployedServiceIds(await this.workflow(principal, applicationId, entityId));
    return this.withManifests(principal.accountId, serviceIds);
  }

  private async withManifests(accountId: string, serviceIds: string[]): Promise<ServicesNeedingInputs> {
    const charted = new Set((await this.options.facts.appManifests(accountId, serviceIds)).map((manifest) => manifest.serviceId));
    return { artifacts: serviceIds, manifests: serviceIds.filter((serviceId) => charted.has(serviceId)) };
  }

  private async workflow(principal: Principal, applicationId: string, workflowId: string): Promise<Workflow> {
    const [workflow] = await this.options.workflows.byIds(principal.accountId, [workflowId]);
    if (!workflow || workflow.applicationId !== applicationId) throw notFound(WORKFLOW_NOT_FOUND);
    requireAppPermission(principal.permissions, await this.executeWorkflow(principal.accountId, workflow));
    return workflow;
  }

  private async pipeline(principal: Principal, applicationId: string, pipelineId: string): Promise<Pipeline> {
    const [pipeline] = await this.options.pipelines.byIds(principal.accountId, [pipelineId]);
    if (!pipeline || pipeline.applicationId !== applicationId) throw notFound(PIPELINE_NOT_FOUND);
    requireAppPermission(principal.permissions, executePipeline(pipeline));
    return pipeline;
  }

  /**
   * The EXECUTE_WORKFLOW / EXECUTE_PIPELINE request starting this workflow or pipeline is checked against, as start()
   * checks it: a workflow by its environment, a pipeline by its stages' environments as stored. By id alone when the
   * entity is not in the application (its absence is the caller's to report). Triggers ask it when saved and fired.
   */
  async executeRequest(accountId: string, target: { applicationId: string; executionType: ExecutionType; entityId: string }): Promise<AppPermissionRequest> {
    const { applicationId, executionType, entityId } = target;
    if (executionType === 'PIPELINE') {
      const [pipeline] = await this.options.pipelines.byIds(accountId, [entityId]);
      return executePipeline(pipeline?.applicationId === applicationId ? pipeline : { id: entityId, applicationId });
    }
    const [workflow] = await this.options.workflows.byIds(accountId, [entityId]);
    if (workflow?.applicationId === applicationId) return this.executeWorkflow(accountId, workflow);
    return { entityType: 'WORKFLOW', action: 'EXECUTE_WORKFLOW', appId: applicationId, entityId };
  }

  private async executeWorkflow(accountId: string, workflow: Workflow): Promise<AppPermissionRequest> {
    const environmentType = workflow.environmentId ? await this.options.facts.environmentType(accountId, workflow.environmentId) : null;
    // An environment the catalog does not know (yet) counts as production: the stricter rights apply.
    return {
      entityType: 'WORKFLOW',
      action: 'EXECUTE_WORKFLOW',
      appId: workflow.applicationId,
      entityId: workflow.id,
      environment: workflow.environmentId ? { id: workflow.environmentId, type: environmentType ?? 'PROD' } : null,
    };
  }

  /** EXECUTE_PIPELINE on an execution's pipeline: by its environments as stored now (by id alone once it is deleted). */
  private async requireExecutePipeline(principal: Principal, applicationId: string, pipelineId: string): Promise<void> {
    const [pipeline] = await this.options.pipelines.byIds(principal.accountId, [pipelineId]);
    requireAppPermission(principal.permissions, executePipeline(pipeline ?? { id: pipelineId, applicationId }));
  }

  /**
   * The services a pipeline deploys that need an artifact at start: a stage that pauses for runtime inputs is given
   * its artifacts then (pipelineResumeRuntime), unless the execution continues with default values.
   */
  private async deployedByPipeline(accountId: string, pipeline: Pipeline, continueWithDefaultValues = false): Promise<string[]> {
    const atStart = (stage: PipelineStage) => stage.type === 'WORKFLOW' && (continueWithDefaultValues || (stage.runtimeInputVariables?.length ?? 0) === 0);
    const workflowIds = pipeline.stages.flatMap((stage) => (stage.type === 'WORKFLOW' && atStart(stage) ? [stage.workflowId] : []));
    const workflows = await this.options.workflows.byIds(accountId, [...new Set(workflowIds)]);
    return [...new Set(workflows.flatMap(deployedServiceIds))];
  }

  private async startWorkflow(principal: Principal, request: StartExecutionRequest): Promise<StartedExecution> {
    const workflow = await this.workflow(principal, request.applicationId, request.entityId);
    const missing = await missingDeploymentTarget(this.options.facts, principal.accountId, [workflow]);
    if (missing) throw badInput(missing.message);
    const { values, warnings } = resolveVariables(workflow.variables, request.variableInputs);
    const serviceIds = deployedServiceIds(workflow);
    const { artifacts, manifests, warnings: serviceWarnings } = await this.resolveServiceInputs(principal.accountId, serviceIds, request.serviceInputs);
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
          manifests,
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
    await this.requireDeploymentTargets(principal.accountId, pipeline);
    const { values, warnings } = resolveVariables(pipeline.variables, request.variableInputs);
    const continueWithDefaultValues = request.continueWithDefaultValues === true;
    if (continueWithDefaultValues) await this.requireRuntimeDefaults(principal.accountId, pipeline);
    const serviceIds = await this.deployedByPipeline(principal.accountId, pipeline, continueWithDefaultValues);
    const { artifacts, manifests, warnings: serviceWarnings } = await this.resolveServiceInputs(principal.accountId, serviceIds, request.serviceInputs);
    const execution = await this.options.executions.create(
      newPipelineExecution({
        pipeline,
        cause: request.cause ?? causeOf(principal),
        notes: request.notes ?? null,
        inputVariables: values,
        artifacts,
        manifests,
        continueWithDefaultValues,
        now: this.now(),
      }),
    );
    return { execution, warningMessage: joinWarnings([...warnings, ...serviceWarnings]) };
  }

  /**
   * Every stage's workflow, runtime-input stages included (their inputs change no target), deploys to an environment
   * and infrastructure definitions that exist, as at a workflow's start; the engine checks again when it starts each
   * member, for what is deleted while the pipeline runs.
   */
  private async requireDeploymentTargets(accountId: string, pipeline: Pipeline): Promise<void> {
    const workflowIds = [...new Set(pipeline.stages.flatMap((stage) => (stage.type === 'WORKFLOW' ? [stage.workflowId] : [])))];
    if (workflowIds.length === 0) return;
    const missing = await missingDeploymentTarget(this.options.facts, accountId, await this.options.workflows.byIds(accountId, workflowIds));
    if (!missing) return;
    const stage = pipeline.stages.find((candidate) => candidate.type === 'WORKFLOW' && candidate.workflowId === missing.workflow.id);
    throw badInput(`Pipeline stage "${stage?.name ?? missing.workflow.name}": ${missing.message}`);
  }

  /** continueWithDefaultValues: every required runtime input variable needs a default (the stage's value or the workflow's). */
  private async requireRuntimeDefaults(accountId: string, pipeline: Pipeline): Promise<void> {
    const stages = pipeline.stages.flatMap((stage) => (stage.type === 'WORKFLOW' && (stage.runtimeInputVariables?.length ?? 0) > 0 ? [stage] : []));
    if (stages.length === 0) return;
    const workflows = await this.options.workflows.byIds(accountId, [...new Set(stages.map((stage) => stage.workflowId))]);
    for (const stage of stages) {
      const workflow = workflows.find((candidate) => candidate.id === stage.workflowId);
      for (const name of stage.runtimeInputVariables ?? []) {
        const variable = workflow?.variables.find((candidate) => candidate.name === name);
        const hasDefault = stage.workflowVariables.some((value) => value.name === name) || (variable?.defaultValue ?? '') !== '';
        if (variable?.required && !hasDefault) {
          throw badInput(`Pipeline stage "${stage.name}": runtime input variable "${name}" has no default value, so continueWithDefaultValues cannot be used`);
        }
      }
    }
  }

  /** A pipeline execution's stage that waits for runtime inputs (PAUSED), with its workflow; EXECUTE_PIPELINE needed. */
  private async pausedStage(principal: Principal, applicationId: string, pipelineExecutionId: string, stageId: string) {
    const execution = await this.options.executions.byId(principal.accountId, pipelineExecutionId);
    if (!execution || execution.executionType !== 'PIPELINE' || execution.applicationId !== applicationId) throw notFound(EXECUTION_NOT_FOUND);
    await this.requireExecutePipeline(principal, applicationId, execution.pipelineId);
    const stage = execution.stages.find((candidate) => candidate.id === stageId);
    if (!stage || stage.definition.type !== 'WORKFLOW') throw badInput(`pipelineStageElementId "${stageId}" is not a workflow stage of execution ${execution.id}`);
    if (!(stage.definition.runtimeInputVariables?.length ?? 0)) throw badInput(`Pipeline stage "${stage.definition.name}" has no runtime inputs`);
    const [workflow] = await this.options.workflows.byIds(principal.accountId, [stage.definition.workflowId]);
    if (!workflow) throw badInput(`The workflow of pipeline stage "${stage.definition.name}" no longer exists`);
    return { execution, stage, workflow, definition: stage.definition };
  }

  /**
   * runtimeExecutionInputsToResumePipeline: the services the stage deploys that the execution has no artifact for, and
   * of those the ones with a known chart.
   */
  async runtimeServicesNeedingInputs(principal: Principal, request: { applicationId: string; pipelineExecutionId: string; pipelineStageElementId: string }): Promise<ServicesNeedingInputs> {
    const { execution, workflow } = await this.pausedStage(principal, request.applicationId, request.pipelineExecutionId, request.pipelineStageElementId);
    const missing = deployedServiceIds(workflow).filter((serviceId) => !execution.artifacts.some((artifact) => artifact.serviceId === serviceId));
    return this.withManifests(principal.accountId, missing);
  }

  /**
   * pipelineResumeRuntime: checks the stage's runtime variables (as startExecution checks variables; the stage's
   * values are their defaults) and the artifacts of the services it deploys that have none yet, then moves the
   * PAUSED stage on with a compare-and-set. A stage no longer waiting is refused with CONFLICT.
   */
  async giveRuntimeInputs(
    principal: Principal,
    request: { applicationId: string; pipelineExecutionId: string; pipelineStageElementId: string; variableInputs?: VariableInput[] | null; serviceInputs?: ServiceInput[] | null },
  ): Promise<string | null> {
    const paused = await this.pausedStage(principal, request.applicationId, request.pipelineExecutionId, request.pipelineStageElementId);
    const { workflow, definition } = paused;
    const names = new Set(definition.runtimeInputVariables ?? []);
    const runtimeVariables = workflow.variables
      .filter((variable) => names.has(variable.name))
      .map((variable) => {
        const stageValue = definition.workflowVariables.find((value) => value.name === variable.name)?.value;
        return stageValue !== undefined ? { ...variable, defaultValue: expandVariables(stageValue, paused.execution.inputVariables) } : variable;
      });
    const { values, warnings } = resolveVariables(runtimeVariables, request.variableInputs);
    const missing = deployedServiceIds(workflow).filter((serviceId) => !paused.execution.artifacts.some((artifact) => artifact.serviceId === serviceId));
    const { artifacts, manifests, warnings: serviceWarnings } = await this.resolveServiceInputs(principal.accountId, missing, request.serviceInputs);
    let current: Execution | null = paused.execution;
    for (let attempt = 0; current && attempt < 20; attempt++) {
      const stage = current.executionType === 'PIPELINE' ? current.stages.find((candidate) => candidate.id === definition.id) : undefined;
      if (!stage || stage.status !== 'PAUSED' || !stage.runtimeInput || stage.runtimeInput.given) {
        throw new ApiError(ErrorCode.Conflict, `Pipeline stage "${definition.name}" is not waiting for runtime inputs (it is ${stage?.status ?? 'gone'})`);
      }
      const written = await this.options.executions.replace(current, giveRuntimeInputs(current as PipelineExecution, definition.id, { variables: values, artifacts, manifests }, this.now()));
      if (written) {
        if (written.status !== current.status) this.options.metrics?.executionReached(written.status);
        await this.options.advance.request(written.accountId, written.id, `inputs-given.${definition.id}`);
        return joinWarnings([...warnings, ...serviceWarnings]);
      }
      current = await this.options.executions.byId(principal.accountId, paused.execution.id);
    }
    throw new ApiError(ErrorCode.Conflict, 'The execution changed while the runtime inputs were recorded; please try again');
  }

  /**
   * Each deployed service needs a service input naming its artifact, and may name a chart version with it; errors name
   * the service and the input.
   */
  private async resolveServiceInputs(
    accountId: string,
    serviceIds: string[],
    inputs: ServiceInput[] | null | undefined,
  ): Promise<{ artifacts: ExecutionArtifact[]; manifests: ExecutionManifest[]; warnings: string[] }> {
    const services = await this.options.facts.services(accountId, serviceIds);
    const byName = new Map((inputs ?? []).map((input) => [input.name, input]));
    const artifacts: ExecutionArtifact[] = [];
    const manifests: ExecutionManifest[] = [];
    for (const serviceId of serviceIds) {
      const service = services.find((candidate) => candidate.id === serviceId);
      if (!service) throw badInput(missingService(serviceId));
      const input = byName.get(service.name);
      byName.delete(service.name);
      const value = input?.artifactValueInput;
      if (!value) throw badInput(`Service "${service.name}" needs an artifact: give a serviceInput named "${service.name}" with an artifactValueInput`);
      artifacts.push(await this.artifactOf(accountId, service, value));
      if (input.manifestValueInput) manifests.push(await this.manifestOf(accountId, service, input.manifestValueInput));
    }
    const warnings = [...byName.keys()].map((name) => `Service input "${name}" names no service this execution deploys and was ignored`);
    return { artifacts, manifests, warnings };
  }

  /** A chart version recordManifestVersion recorded for one of the service's application manifests. */
  private async manifestOf(accountId: string, service: { id: string; name: string }, value: NonNullable<ServiceInput['manifestValueInput']>): Promise<ExecutionManifest> {
    const { facts } = this.options;
    let recorded;
    if (value.valueType === 'HELM_CHART_ID') {
      if (!value.helmChartId) throw badInput(`Service "${service.name}": valueType HELM_CHART_ID needs helmChartId`);
      recorded = await facts.manifestVersion(accountId, value.helmChartId);
      if (!recorded || recorded.serviceId !== service.id) throw badInput(`Service "${service.name}": helm chart ${value.helmChartId} is not a recorded version of a manifest of this service`);
    } else {
      const wanted = value.versionNumber;
      if (!wanted?.appManifestName || !wanted.versionNumber) throw badInput(`Service "${service.name}": valueType VERSION_NUMBER needs versionNumber with appManifestName and versionNumber`);
      const named = (await facts.appManifests(accountId, [service.id])).filter((manifest) => manifest.name === wanted.appManifestName);
      if (named.length === 0) throw badInput(`Service "${service.name}" has no application manifest named "${wanted.appManifestName}"`);
      if (named.length > 1) throw badInput(`Service "${service.name}" has ${named.length} application manifests named "${wanted.appManifestName}"; name the version by helmChartId instead`);
      recorded = await facts.manifestVersionByNumber(accountId, named[0]!.id, wanted.versionNumber);
      if (!recorded) throw badInput(`Service "${service.name}": version ${wanted.versionNumber} of manifest "${wanted.appManifestName}" has not been recorded`);
    }
    return { serviceId: service.id, manifestId: recorded.id, appManifestId: recorded.appManifestId, version: recorded.version, recordedAt: recorded.createdAt };
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

/** A PIPELINE permission goes by the environments its stages deploy to (stored with the pipeline when written). */
function executePipeline(pipeline: Pick<Pipeline, 'id' | 'applicationId' | 'environments'>): AppPermissionRequest {
  return { entityType: 'PIPELINE' as const, action: 'EXECUTE_PIPELINE' as const, appId: pipeline.applicationId, entityId: pipeline.id, environments: pipeline.environments };
}

function joinWarnings(warnings: string[]): string | null {
  return warnings.length > 0 ? warnings.join('; ') : null;
}

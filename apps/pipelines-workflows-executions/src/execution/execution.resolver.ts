import { badInput, lazyConnection, pageRequest } from '@fg/graphql-kit';
import type { ManifestVersion } from '@fg/pipelines-workflows-executions/data-access';
import type { Execution, ExecutionManifest, StageExecution } from '@fg/pipelines-workflows-executions/engine';
import type { Resolvers } from '../generated/resolvers-types';

const stageName = (stage: StageExecution) => stage.definition.name;

/** A chart version an execution deployed, as the Manifest type shows recorded versions (copied whole at start). */
const chartVersionOf = (execution: Execution, manifest: ExecutionManifest): ManifestVersion => ({
  id: manifest.manifestId,
  accountId: execution.accountId,
  applicationId: execution.applicationId,
  serviceId: manifest.serviceId,
  appManifestId: manifest.appManifestId,
  version: manifest.version,
  createdAt: manifest.recordedAt,
});

export const executionResolvers: Resolvers = {
  Query: {
    execution: (_, args, { executions }) => executions.get(args.executionId),
    executions: (_, args, { executions }) => executions.list(args.filters, args.includeIndirectExecutions ?? false, args.limit, args.offset),
    executionInputs: async (_, args, { executions }) => {
      const { artifacts, manifests } = await executions.servicesNeedingInputs(args.applicationId, args.executionType, args.entityId);
      return { serviceInputs: artifacts.map((id) => ({ id })), serviceManifestInputs: manifests.map((id) => ({ id })) };
    },
    approvalDetails: async (_, args, { executions }) => ({ approvalDetails: await executions.approvalDetails(args.applicationId, args.executionId) }),
    deploymentStats: (_, args, { executions }) => executions.deploymentStats(args),
    runtimeExecutionInputsToResumePipeline: async (_, args, { executions }) => {
      const { artifacts, manifests } = await executions.runtimeServicesNeedingInputs(args);
      return { serviceInputs: artifacts.map((id) => ({ id })), serviceManifestInputs: manifests.map((id) => ({ id })) };
    },
  },
  Mutation: {
    startExecution: async (_, { input }, { executions }) => {
      const started = await executions.start({
        applicationId: input.applicationId,
        executionType: input.executionType,
        entityId: input.entityId,
        variableInputs: (input.variableInputs ?? []).flatMap((variable) => (variable ? [variable] : [])),
        serviceInputs: (input.serviceInputs ?? []).flatMap((service) => (service ? [service] : [])),
        notes: input.notes ?? null,
        continueWithDefaultValues: input.continueWithDefaultValues ?? false,
      });
      return { clientMutationId: input.clientMutationId, ...started };
    },
    pipelineResumeRuntime: async (_, { input }, { executions }) => {
      await executions.giveRuntimeInputs({
        applicationId: input.applicationId,
        pipelineExecutionId: input.pipelineExecutionId,
        pipelineStageElementId: input.pipelineStageElementId,
        variableInputs: (input.variableInputs ?? []).flatMap((variable) => (variable ? [variable] : [])),
        serviceInputs: (input.serviceInputs ?? []).flatMap((service) => (service ? [service] : [])),
      });
      return { clientMutationId: input.clientMutationId, status: true };
    },
    approveOrRejectApprovals: async (_, { input }, { executions }) => {
      await executions.decide(input);
      return { success: true, clientMutationId: input.clientMutationId };
    },
    resumeExecution: async (_, { input }, { executions }) => {
      if (!input) throw badInput('input is required');
      return { clientMutationId: input.clientMutationId, execution: await executions.resume(input) };
    },
    abortExecution: async (_, { input }, { executions }) => ({ clientMutationId: input.clientMutationId, ...(await executions.abort(input.applicationId, input.executionId)) }),
  },
  Execution: {
    __resolveType: (execution) => (execution.executionType === 'PIPELINE' ? 'PipelineExecution' : 'WorkflowExecution'),
  },
  WorkflowExecution: {
    executionUrl: () => null,
    application: (execution) => ({ id: execution.applicationId }),
    tags: () => [],
    cause: (execution) => execution.cause,
    artifacts: (execution) => execution.artifacts.flatMap((artifact) => (artifact.artifactId ? [{ id: artifact.artifactId }] : [])),
    rollbackArtifacts: () => [],
    manifests: (execution) => (execution.manifests ?? []).map((manifest) => chartVersionOf(execution, manifest)),
    inputVariables: (execution) => execution.inputVariables,
    workflow: (execution, _, { workflows }) => (execution.workflowId ? workflows.find(execution.workflowId) : null),
    outcomes: (execution, args) => {
      const outcomes = execution.deployments.map((deployment) => ({ execution, deployment }));
      const page = pageRequest(args.limit ?? 100, args.offset);
      return lazyConnection(page, { fetch: async (from, count) => outcomes.slice(from, from + count), count: async () => outcomes.length });
    },
    stepLogs: (execution) => execution.steps,
  },
  PipelineExecution: {
    executionUrl: () => null,
    application: (execution) => ({ id: execution.applicationId }),
    tags: () => [],
    cause: (execution) => execution.cause,
    pipeline: (execution, _, { pipelines }) => pipelines.find(execution.pipelineId),
    pipelineStageExecutions: (execution) => execution.stages,
    // No arguments in the reference: every member, in the order they started.
    memberExecutions: (execution, _, { executions }) =>
      lazyConnection(pageRequest(100, 0), {
        fetch: async (from, count) => (await executions.memberExecutions(execution.id)).slice(from, from + count),
        count: async () => (await executions.memberExecutions(execution.id)).length,
      }),
  },
  ExecutionStepLog: {
    stepId: (step) => step.id,
    stepName: (step) => step.definition.name,
    stepType: (step) => step.definition.type,
    delegateTaskId: (step) => step.taskId,
    exitCode: (step) => step.task?.exitCode ?? null,
    httpStatus: (step) => step.task?.httpStatus ?? null,
    output: (step) => step.task?.output ?? null,
    failureDetails: (step) => step.failure,
  },
  PipelineStageExecution: {
    __resolveType: (stage) => (stage.definition.type === 'APPROVAL' ? 'ApprovalStageExecution' : 'WorkflowStageExecution'),
  },
  ApprovalStageExecution: {
    pipelineStageElementId: (stage) => stage.id,
    pipelineStepName: stageName,
    pipelineStageName: stageName,
    approvalStepType: () => 'USER_GROUP',
  },
  WorkflowStageExecution: {
    pipelineStageElementId: (stage) => stage.id,
    pipelineStepName: stageName,
    pipelineStageName: stageName,
    inputVariables: (stage) => {
      if (stage.definition.type !== 'WORKFLOW') return [];
      const given = stage.runtimeInput?.given?.variables ?? [];
      return [...stage.definition.workflowVariables.filter((value) => !given.some((variable) => variable.name === value.name)), ...given];
    },
    runtimeInputVariables: async (stage, _, { workflows }) => {
      const names = stage.definition.type === 'WORKFLOW' ? (stage.definition.runtimeInputVariables ?? []) : [];
      if (names.length === 0 || stage.definition.type !== 'WORKFLOW') return [];
      const workflow = await workflows.find(stage.definition.workflowId);
      return (workflow?.variables ?? []).filter((variable) => names.includes(variable.name));
    },
  },
  Cause: {
    __resolveType: (cause) =>
      cause.type === 'USER' ? 'ExecutedByUser' : cause.type === 'PIPELINE' ? 'ExecutedAlongPipeline' : cause.type === 'TRIGGER' ? 'ExecutedByTrigger' : 'ExecutedByAPIKey',
  },
  ExecutedByUser: {
    user: (cause) => (cause.type === 'USER' ? { id: cause.userId } : null),
    using: () => 'GRAPHQL_API',
  },
  ExecutedByAPIKey: {
    apiKey: (cause) => (cause.type === 'API_KEY' ? { id: cause.apiKeyId } : null),
    using: () => 'GRAPHQL_API',
  },
  ExecutedAlongPipeline: {
    execution: async (cause, _, { executions }) => {
      if (cause.type !== 'PIPELINE') return null;
      const execution = await executions.find(cause.pipelineExecutionId);
      return execution?.executionType === 'PIPELINE' ? execution : null;
    },
  },
  Outcome: {
    __resolveType: () => 'DeploymentOutcome',
  },
  DeploymentOutcome: {
    execution: (outcome) => outcome.execution,
    service: (outcome) => ({ id: outcome.deployment.serviceId }),
    environment: (outcome) => (outcome.deployment.environmentId ? { id: outcome.deployment.environmentId } : null),
    infrastructureDefinition: (outcome) => (outcome.deployment.infrastructureDefinitionId ? { id: outcome.deployment.infrastructureDefinitionId } : null),
  },
  ApprovalDetails: {
    __resolveType: () => 'UserGroupApprovalDetails',
  },
  UserGroupApprovalDetails: {
    approvalType: () => 'USER_GROUP',
    startedAt: (view) => String(view.approval.startedAt),
    willExpireAt: (view) => String(view.approval.expiresAt),
    triggeredBy: () => null,
    approvers: (view) => view.approval.userGroupIds,
    variables: () => [],
  },
};

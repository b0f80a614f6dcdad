import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Pipeline as PipelineModel, Trigger as TriggerModel, TriggerFiring as TriggerFiringModel, WorkflowRecord as WorkflowRecordModel } from '@fg/pipelines-workflows-executions/data-access';
import type { Connection as ConnectionModel } from '@fg/graphql-kit';
import type { DelegateWithLiveness as DelegateWithLivenessModel, DelegateScope as DelegateScopeModel, DelegateTask as DelegateTaskModel } from '@fg/pipelines-workflows-executions/delegate-tasks';
import type { ManifestModel as ManifestModelModel } from '../trigger/trigger.read-model';
import type { Execution as ExecutionModel, WorkflowExecution as WorkflowExecutionModel, PipelineExecution as PipelineExecutionModel, StepExecution as StepExecutionModel, StageExecution as StageExecutionModel, ApprovalView as ApprovalViewModel } from '@fg/pipelines-workflows-executions/engine';
import type { CauseModel as CauseModelModel, OutcomeModel as OutcomeModelModel, StartExecutionPayloadModel as StartExecutionPayloadModelModel, AbortExecutionPayloadModel as AbortExecutionPayloadModelModel } from '../execution/execution.models';
import type { PipelinesContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Epoch milliseconds. */
  DateTime: { input: number; output: number; }
  /** A 64-bit integer sent as a string of digits. */
  Long: { input: number; output: string; }
  /** An int, long or double. */
  Number: { input: number; output: number; }
  _FieldSet: { input: string; output: string; }
};

export type ApiKey = {
  __typename?: 'APIKey';
  id?: Maybe<Scalars['String']['output']>;
};

export type AbortExecutionInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  executionId: Scalars['String']['input'];
};

export type AbortExecutionPayload = {
  __typename?: 'AbortExecutionPayload';
  /** False when the execution had already ended. */
  aborted?: Maybe<Scalars['Boolean']['output']>;
  clientMutationId?: Maybe<Scalars['String']['output']>;
  execution?: Maybe<Execution>;
};

export type Action =
  | 'APPROVE'
  | 'REJECT';

export type AddDelegateScopeInput = {
  accountId: Scalars['String']['input'];
  application?: InputMaybe<IdFilter>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  environment?: InputMaybe<IdFilter>;
  environmentTypes?: InputMaybe<Array<InputMaybe<EnvironmentType>>>;
  infrastructureDefinition?: InputMaybe<IdFilter>;
  name: Scalars['String']['input'];
  service?: InputMaybe<IdFilter>;
  taskGroup?: InputMaybe<TaskGroup>;
};

export type AddDelegateScopePayload = {
  __typename?: 'AddDelegateScopePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  delegateScope?: Maybe<DelegateScope>;
  message?: Maybe<Scalars['String']['output']>;
};

export type AggregatedData = {
  __typename?: 'AggregatedData';
  dataPoints?: Maybe<Array<Maybe<DataPoint>>>;
};

export type Application = {
  __typename?: 'Application';
  id?: Maybe<Scalars['String']['output']>;
  pipelines?: Maybe<PipelineConnection>;
  /** The application's workflows the caller may read, newest first. */
  workflows?: Maybe<WorkflowConnection>;
};


export type ApplicationPipelinesArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type ApplicationWorkflowsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type ApprovalDetails = {
  approvalId?: Maybe<Scalars['String']['output']>;
  approvalType?: Maybe<ApprovalStateType>;
  stageName?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['Long']['output']>;
  stepName?: Maybe<Scalars['String']['output']>;
  triggeredBy?: Maybe<EmbeddedUser>;
  willExpireAt?: Maybe<Scalars['Long']['output']>;
};

export type ApprovalDetailsPayload = {
  __typename?: 'ApprovalDetailsPayload';
  approvalDetails?: Maybe<Array<Maybe<ApprovalDetails>>>;
};

export type ApprovalStageExecution = PipelineStageExecution & {
  __typename?: 'ApprovalStageExecution';
  approvalStepType?: Maybe<ApprovalStepType>;
  pipelineStageElementId?: Maybe<Scalars['String']['output']>;
  pipelineStageName?: Maybe<Scalars['String']['output']>;
  pipelineStepName?: Maybe<Scalars['String']['output']>;
  status?: Maybe<ExecutionStatus>;
};

/** Extension (not in the FirstGen API). */
export type ApprovalStageInput = {
  /** 60000 to 604800000 (7 days); 86400000 when absent. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  userGroupIds: Array<InputMaybe<Scalars['String']['input']>>;
};

export type ApprovalStateType =
  | 'JIRA'
  | 'SERVICENOW'
  | 'SHELL_SCRIPT'
  | 'USER_GROUP';

/** Extension (not in the FirstGen API). */
export type ApprovalStepInput = {
  /** 60000 to 604800000 (7 days); 86400000 when absent. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  userGroupIds: Array<InputMaybe<Scalars['String']['input']>>;
};

export type ApprovalStepType =
  | 'JIRA'
  | 'SERVICENOW'
  | 'SHELL_SCRIPT'
  | 'USER_GROUP';

export type ApproveOrRejectApprovalsInput = {
  action: Action;
  applicationId: Scalars['String']['input'];
  approvalId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  comments?: InputMaybe<Scalars['String']['input']>;
  executionId: Scalars['String']['input'];
  userEmail?: InputMaybe<Scalars['String']['input']>;
  variableInputs?: InputMaybe<Array<InputMaybe<UserInput>>>;
};

export type ApproveOrRejectApprovalsInputPayload = {
  __typename?: 'ApproveOrRejectApprovalsInputPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  success: Scalars['Boolean']['output'];
};

export type Artifact = {
  __typename?: 'Artifact';
  id?: Maybe<Scalars['String']['output']>;
};

export type ArtifactConditionInput = {
  artifactFilter?: InputMaybe<Scalars['String']['input']>;
  artifactSourceId: Scalars['String']['input'];
  regex?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ArtifactIdInput = {
  artifactId: Scalars['String']['input'];
};

export type ArtifactInputType =
  | 'ARTIFACT_ID'
  | 'BUILD_NUMBER'
  | 'PARAMETERIZED_ARTIFACT_SOURCE';

export type ArtifactSelection = {
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type ArtifactSelectionInput = {
  artifactFilter?: InputMaybe<Scalars['String']['input']>;
  artifactSelectionType: ArtifactSelectionType;
  artifactSourceId?: InputMaybe<Scalars['String']['input']>;
  pipelineId?: InputMaybe<Scalars['String']['input']>;
  regex?: InputMaybe<Scalars['Boolean']['input']>;
  serviceId: Scalars['String']['input'];
  workflowId?: InputMaybe<Scalars['String']['input']>;
};

export type ArtifactSelectionType =
  | 'FROM_PAYLOAD_SOURCE'
  | 'FROM_TRIGGERING_ARTIFACT'
  | 'FROM_TRIGGERING_PIPELINE'
  | 'LAST_COLLECTED'
  | 'LAST_DEPLOYED_PIPELINE'
  | 'LAST_DEPLOYED_WORKFLOW';

export type ArtifactValueInput = {
  artifactId?: InputMaybe<ArtifactIdInput>;
  buildNumber?: InputMaybe<BuildNumberInput>;
  parameterizedArtifactSource?: InputMaybe<ParameterizedArtifactSourceInput>;
  valueType: ArtifactInputType;
};

export type AttachAllScopesToDelegateInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  delegateId: Scalars['String']['input'];
};

export type AttachScopeToDelegateInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  delegateId: Scalars['String']['input'];
  excludeScopes?: InputMaybe<IdFilter>;
  includeScopes?: InputMaybe<IdFilter>;
};

export type AttachScopeToDelegatePayload = {
  __typename?: 'AttachScopeToDelegatePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

export type BitbucketEvent =
  | 'ANY'
  | 'BUILD_STATUS_CREATED'
  | 'BUILD_STATUS_UPDATED'
  | 'COMMIT_COMMENT_CREATED'
  | 'DIAGNOSTICS_PING'
  | 'FORK'
  | 'ISSUE_ANY'
  | 'ISSUE_COMMENT_CREATED'
  | 'ISSUE_CREATED'
  | 'ISSUE_UPDATED'
  | 'PULL_REQUEST_ANY'
  | 'PULL_REQUEST_APPROVAL_REMOVED'
  | 'PULL_REQUEST_APPROVED'
  | 'PULL_REQUEST_COMMENT_CREATED'
  | 'PULL_REQUEST_COMMENT_DELETED'
  | 'PULL_REQUEST_COMMENT_UPDATED'
  | 'PULL_REQUEST_CREATED'
  | 'PULL_REQUEST_DECLINED'
  | 'PULL_REQUEST_MERGED'
  | 'PULL_REQUEST_UPDATED'
  | 'PUSH'
  | 'REFS_CHANGED'
  | 'UPDATED';

export type BuildNumberInput = {
  artifactSourceName: Scalars['String']['input'];
  buildNumber: Scalars['String']['input'];
};

export type Cause = ExecutedAlongPipeline | ExecutedByApiKey | ExecutedByTrigger | ExecutedByUser;

export type ConditionType =
  | 'ON_NEW_ARTIFACT'
  | 'ON_NEW_MANIFEST'
  | 'ON_PIPELINE_COMPLETION'
  | 'ON_SCHEDULE'
  | 'ON_WEBHOOK';

export type ContinueExecutionPayload = {
  __typename?: 'ContinueExecutionPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** True once the stage has its inputs and runs. */
  status?: Maybe<Scalars['Boolean']['output']>;
};

export type CountAggregateOperation =
  | 'SUM';

export type CreateDelegateTaskInput = {
  /** Extension: the application the task runs for, which decides the secrets it may use (needs EXECUTE_WORKFLOW on deployments there). Omitted: account-level, unscoped secrets only. */
  applicationId?: InputMaybe<Scalars['String']['input']>;
  /** Extension: HTTP request body, sent as is (not with GET or HEAD); may refer to secrets. */
  body?: InputMaybe<Scalars['String']['input']>;
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** Extension: the environment (of that application) the task runs in; give environmentType with it. */
  environmentId?: InputMaybe<Scalars['String']['input']>;
  /** Extension: the type of that environment, for secrets scoped to production or non-production environments. */
  environmentType?: InputMaybe<EnvironmentType>;
  expectedStatus?: InputMaybe<Scalars['Int']['input']>;
  /** Extension: HTTP request headers (up to 50); values may refer to secrets. */
  headers?: InputMaybe<Array<InputMaybe<DelegateTaskHttpHeaderInput>>>;
  /** How long an acquisition holds without a heartbeat (default 30000). */
  leaseMs?: InputMaybe<Scalars['Int']['input']>;
  method?: InputMaybe<Scalars['String']['input']>;
  /** SHELL_SCRIPT: how long the script may run (default 60000). */
  runTimeoutMs?: InputMaybe<Scalars['Int']['input']>;
  /** SHELL_SCRIPT: the script, run with /bin/sh -c. */
  script?: InputMaybe<Scalars['String']['input']>;
  /** Tags a delegate must all have. */
  selectors?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** How long the task may wait for a delegate before it expires (default 300000). */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  type: DelegateTaskType;
  /** HTTP: the URL, method (default GET) and expected status (default 200). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** NOOP: how long to wait. */
  waitMs?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateDelegateTaskPayload = {
  __typename?: 'CreateDelegateTaskPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  task?: Maybe<DelegateTask>;
};

export type CreateDelegateTokenInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateDelegateTokenPayload = {
  __typename?: 'CreateDelegateTokenPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  token?: Maybe<Scalars['String']['output']>;
};

/** Extension (not in the FirstGen API). */
export type CreatePipelineInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  stages?: InputMaybe<Array<InputMaybe<PipelineStageInput>>>;
  variables?: InputMaybe<Array<InputMaybe<VariableDefinitionInput>>>;
};

/** Extension (not in the FirstGen API). */
export type CreatePipelinePayload = {
  __typename?: 'CreatePipelinePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  pipeline?: Maybe<Pipeline>;
};

export type CreateTriggerInput = {
  action: TriggerActionInput;
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  condition: TriggerConditionInput;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** Extension (not in the FirstGen API). */
export type CreateWorkflowInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** An environment of the application; required when a step deploys. */
  environmentId?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phases?: InputMaybe<Array<InputMaybe<WorkflowPhaseInput>>>;
  variables?: InputMaybe<Array<InputMaybe<VariableDefinitionInput>>>;
  workflowType: OrchestrationWorkflowType;
};

/** Extension (not in the FirstGen API). */
export type CreateWorkflowPayload = {
  __typename?: 'CreateWorkflowPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  workflow?: Maybe<Workflow>;
};

export type Data = AggregatedData | SinglePointData | StackedData | StackedTimeSeriesData | TimeSeriesData;

export type DataPoint = {
  __typename?: 'DataPoint';
  key?: Maybe<Reference>;
  value?: Maybe<Scalars['Number']['output']>;
};

export type Delegate = {
  __typename?: 'Delegate';
  accountId?: Maybe<Scalars['String']['output']>;
  connections?: Maybe<Array<Maybe<DelegateConnection>>>;
  delegateName?: Maybe<Scalars['String']['output']>;
  delegateProfileId?: Maybe<Scalars['String']['output']>;
  delegateType?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  disconnected?: Maybe<Scalars['Boolean']['output']>;
  excludeScopes?: Maybe<Array<Maybe<DelegateScope>>>;
  hostName?: Maybe<Scalars['String']['output']>;
  includeScopes?: Maybe<Array<Maybe<DelegateScope>>>;
  ip?: Maybe<Scalars['String']['output']>;
  /** @deprecated Use lastHeartbeat */
  lastHeartBeat?: Maybe<Scalars['Long']['output']>;
  lastHeartbeat?: Maybe<Scalars['DateTime']['output']>;
  polllingModeEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** ENABLED, WAITING_FOR_APPROVAL or DELETED. */
  status?: Maybe<Scalars['String']['output']>;
  supportedTasks?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  tags?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  uuid?: Maybe<Scalars['String']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

export type DelegateApproval =
  | 'ACTIVATE'
  | 'REJECT';

export type DelegateApproveRejectInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  delegateApproval: DelegateApproval;
  delegateId: Scalars['String']['input'];
};

export type DelegateApproveRejectPayload = {
  __typename?: 'DelegateApproveRejectPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  delegate?: Maybe<Delegate>;
};

export type DelegateConnection = {
  __typename?: 'DelegateConnection';
  disconnected?: Maybe<Scalars['Boolean']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

export type DelegateFilter = {
  accountId: Scalars['String']['input'];
  delegateName?: InputMaybe<Scalars['String']['input']>;
  delegateStatus?: InputMaybe<DelegateStatus>;
  delegateType?: InputMaybe<DelegateType>;
};

export type DelegateList = {
  __typename?: 'DelegateList';
  nodes?: Maybe<Array<Maybe<Delegate>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type DelegateScope = {
  __typename?: 'DelegateScope';
  applications?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  environmentTypes?: Maybe<Array<Maybe<EnvironmentType>>>;
  environments?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  infrastructureDefinitions?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  name?: Maybe<Scalars['String']['output']>;
  services?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  taskTypes?: Maybe<Array<Maybe<TaskGroup>>>;
  /** @deprecated Use name */
  uuid?: Maybe<Scalars['String']['output']>;
};

export type DelegateScopeFilter = {
  accountId: Scalars['String']['input'];
  scopeName?: InputMaybe<Scalars['String']['input']>;
};

export type DelegateScopeList = {
  __typename?: 'DelegateScopeList';
  nodes?: Maybe<Array<Maybe<DelegateScope>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type DelegateStatus =
  | 'DELETED'
  | 'ENABLED'
  | 'WAITING_FOR_APPROVAL';

/** Extension: a unit of work for a delegate. */
export type DelegateTask = {
  __typename?: 'DelegateTask';
  acquiredAt?: Maybe<Scalars['DateTime']['output']>;
  attempts?: Maybe<Scalars['Int']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  delegateId?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  leaseUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Why the platform ended the task (EXPIRED, or FAILED after its lease lapsed too often). */
  reason?: Maybe<Scalars['String']['output']>;
  result?: Maybe<DelegateTaskResult>;
  selectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** QUEUED, ACQUIRED, RUNNING, SUCCEEDED, FAILED or EXPIRED. */
  status?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  /** For a QUEUED task: why no delegate has acquired it yet. */
  waiting?: Maybe<DelegateTaskWait>;
};

export type DelegateTaskConnection = {
  __typename?: 'DelegateTaskConnection';
  nodes?: Maybe<Array<Maybe<DelegateTask>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type DelegateTaskHttpHeaderInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type DelegateTaskResult = {
  __typename?: 'DelegateTaskResult';
  error?: Maybe<Scalars['String']['output']>;
  exitCode?: Maybe<Scalars['Int']['output']>;
  httpStatus?: Maybe<Scalars['Int']['output']>;
  output?: Maybe<Scalars['String']['output']>;
};

export type DelegateTaskStatus =
  | 'ACQUIRED'
  | 'EXPIRED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type DelegateTaskType =
  | 'HTTP'
  | 'NOOP'
  | 'SHELL_SCRIPT';

/** Extension: why a queued task waits. */
export type DelegateTaskWait = {
  __typename?: 'DelegateTaskWait';
  message?: Maybe<Scalars['String']['output']>;
  /** NO_MATCHING_DELEGATE, MATCHING_DELEGATES_DISCONNECTED, AWAITING_APPROVAL, ACCOUNT_LIMIT, POD_LIMIT or QUEUED_BEHIND. */
  reason?: Maybe<Scalars['String']['output']>;
};

export type DelegateType =
  | 'DOCKER'
  | 'ECS'
  | 'HELM_DELEGATE'
  | 'KUBERNETES'
  | 'SHELL_SCRIPT';

export type DeleteDelegateInput = {
  accountId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  delegateId: Scalars['String']['input'];
};

export type DeleteDelegatePayload = {
  __typename?: 'DeleteDelegatePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  message?: Maybe<Scalars['String']['output']>;
};

/** Extension (not in the FirstGen API). */
export type DeletePipelineInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  pipelineId: Scalars['String']['input'];
};

/** Extension (not in the FirstGen API). */
export type DeletePipelinePayload = {
  __typename?: 'DeletePipelinePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type DeleteTriggerInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  triggerId: Scalars['String']['input'];
};

export type DeleteTriggerPayload = {
  __typename?: 'DeleteTriggerPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

/** Extension (not in the FirstGen API). */
export type DeleteWorkflowInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  workflowId: Scalars['String']['input'];
};

/** Extension (not in the FirstGen API). */
export type DeleteWorkflowPayload = {
  __typename?: 'DeleteWorkflowPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

/** Extension (not in the FirstGen API). */
export type DeployStepInput = {
  /** An infrastructure definition of the workflow's environment. */
  infrastructureDefinitionId?: InputMaybe<Scalars['String']['input']>;
  /** A service of the workflow's application. */
  serviceId: Scalars['String']['input'];
};

/** At most one entityAggregation and one timeAggregation; tagAggregation is not supported. */
export type DeploymentAggregation = {
  entityAggregation?: InputMaybe<DeploymentEntityAggregation>;
  tagAggregation?: InputMaybe<DeploymentTagAggregation>;
  timeAggregation?: InputMaybe<TimeSeriesAggregation>;
};

/** What deploymentStats measures: count (the default) or duration (of ended executions, in milliseconds). instancesDeployed and rollbackDuration are not supported. */
export type DeploymentAggregationFunction = {
  count?: InputMaybe<CountAggregateOperation>;
  duration?: InputMaybe<DurationAggregateOperation>;
  instancesDeployed?: InputMaybe<CountAggregateOperation>;
  rollbackDuration?: InputMaybe<DurationAggregateOperation>;
};

/** CloudProvider, TriggeredBy, Trigger and Deployment are not supported (they answer BAD_USER_INPUT). */
export type DeploymentEntityAggregation =
  | 'Application'
  | 'CloudProvider'
  | 'Deployment'
  | 'Environment'
  | 'EnvironmentType'
  | 'Pipeline'
  | 'Service'
  | 'Status'
  | 'Trigger'
  | 'TriggeredBy'
  | 'Workflow';

/** The ExecutionFilter members that apply to deployments. */
export type DeploymentFilter = {
  application?: InputMaybe<IdFilter>;
  cloudProvider?: InputMaybe<IdFilter>;
  duration?: InputMaybe<NumberFilter>;
  endTime?: InputMaybe<TimeFilter>;
  environment?: InputMaybe<IdFilter>;
  environmentType?: InputMaybe<EnvironmentTypeFilter>;
  pipeline?: InputMaybe<IdFilter>;
  service?: InputMaybe<IdFilter>;
  startTime?: InputMaybe<TimeFilter>;
  status?: InputMaybe<IdFilter>;
  tag?: InputMaybe<DeploymentTagFilter>;
  trigger?: InputMaybe<IdFilter>;
  triggeredBy?: InputMaybe<IdFilter>;
  workflow?: InputMaybe<IdFilter>;
};

export type DeploymentOutcome = Outcome & {
  __typename?: 'DeploymentOutcome';
  environment?: Maybe<Environment>;
  execution?: Maybe<Execution>;
  infrastructureDefinition?: Maybe<InfrastructureDefinition>;
  service?: Maybe<Service>;
};

/** Orders the data points of an entity aggregation (by their value: a count or a duration). */
export type DeploymentSortCriteria = {
  sortOrder?: InputMaybe<SortOrder>;
  sortType?: InputMaybe<DeploymentSortType>;
};

export type DeploymentSortType =
  | 'Count'
  | 'Duration';

export type DeploymentTag = {
  __typename?: 'DeploymentTag';
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type DeploymentTagAggregation = {
  entityType?: InputMaybe<DeploymentTagType>;
  tagName?: InputMaybe<Scalars['String']['input']>;
};

export type DeploymentTagFilter = {
  entityType?: InputMaybe<DeploymentTagType>;
  tags?: InputMaybe<Array<InputMaybe<TagInput>>>;
};

export type DeploymentTagType =
  | 'APPLICATION'
  | 'DEPLOYMENT'
  | 'ENVIRONMENT'
  | 'SERVICE';

export type DurationAggregateOperation =
  | 'AVERAGE'
  | 'MAX'
  | 'MIN';

export type EmbeddedUser = {
  __typename?: 'EmbeddedUser';
  email?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
};

export type EnumOperator =
  | 'EQUALS'
  | 'IN';

export type EnvSummary = {
  __typename?: 'EnvSummary';
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<EnvironmentType>;
};

export type Environment = {
  __typename?: 'Environment';
  id?: Maybe<Scalars['String']['output']>;
};

export type EnvironmentType =
  | 'NON_PROD'
  | 'PROD';

export type EnvironmentTypeFilter = {
  operator?: InputMaybe<EnumOperator>;
  values?: InputMaybe<Array<InputMaybe<EnvironmentType>>>;
};

export type ExecuteOptions =
  | 'GRAPHQL_API'
  | 'WEB_UI';

export type ExecutedAlongPipeline = {
  __typename?: 'ExecutedAlongPipeline';
  execution?: Maybe<PipelineExecution>;
};

export type ExecutedByApiKey = {
  __typename?: 'ExecutedByAPIKey';
  /** Resolved by identity-users-groups (id and name). */
  apiKey?: Maybe<ApiKey>;
  using?: Maybe<ExecuteOptions>;
};

/** An execution a trigger started (a member of the Cause union). */
export type ExecutedByTrigger = {
  __typename?: 'ExecutedByTrigger';
  trigger?: Maybe<Trigger>;
};

export type ExecutedByUser = {
  __typename?: 'ExecutedByUser';
  user?: Maybe<User>;
  using?: Maybe<ExecuteOptions>;
};

export type Execution = {
  application?: Maybe<Application>;
  cause?: Maybe<Cause>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  executionUrl?: Maybe<Scalars['String']['output']>;
  failureDetails?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status?: Maybe<ExecutionStatus>;
  tags?: Maybe<Array<Maybe<DeploymentTag>>>;
};

export type ExecutionConnection = {
  __typename?: 'ExecutionConnection';
  nodes?: Maybe<Array<Maybe<Execution>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type ExecutionFilter = {
  /** Deprecated: use applicationId. */
  application?: InputMaybe<IdFilter>;
  applicationId?: InputMaybe<Scalars['String']['input']>;
  artifactBuildNo?: InputMaybe<IdFilter>;
  cloudProvider?: InputMaybe<IdFilter>;
  creationTime?: InputMaybe<TimeFilter>;
  /** Milliseconds from start to end. */
  duration?: InputMaybe<NumberFilter>;
  endTime?: InputMaybe<TimeFilter>;
  environment?: InputMaybe<IdFilter>;
  environmentType?: InputMaybe<EnvironmentTypeFilter>;
  execution?: InputMaybe<IdFilter>;
  helmChartVersion?: InputMaybe<IdFilter>;
  pipeline?: InputMaybe<IdFilter>;
  pipelineExecutionId?: InputMaybe<IdFilter>;
  service?: InputMaybe<IdFilter>;
  startTime?: InputMaybe<TimeFilter>;
  /** Compared with the stored status name, e.g. SUCCESS, FAILED. */
  status?: InputMaybe<IdFilter>;
  tag?: InputMaybe<DeploymentTagFilter>;
  trigger?: InputMaybe<IdFilter>;
  triggeredBy?: InputMaybe<IdFilter>;
  workflow?: InputMaybe<IdFilter>;
};

export type ExecutionInputs = {
  __typename?: 'ExecutionInputs';
  /** Services needing an artifact input. */
  serviceInputs?: Maybe<Array<Maybe<Service>>>;
  /** Of those, the services with an application manifest (a chart recorded with recordManifestVersion): they may also take a manifestValueInput. */
  serviceManifestInputs?: Maybe<Array<Maybe<Service>>>;
};

export type ExecutionStatus =
  | 'ABORTED'
  | 'ERROR'
  | 'EXPIRED'
  | 'FAILED'
  | 'PAUSED'
  | 'QUEUED'
  | 'REJECTED'
  | 'RESUMED'
  | 'RUNNING'
  | 'SKIPPED'
  | 'SUCCESS'
  | 'WAITING';

/** Extension (not in the FirstGen API): one step of a workflow execution and what its task printed. */
export type ExecutionStepLog = {
  __typename?: 'ExecutionStepLog';
  delegateTaskId?: Maybe<Scalars['String']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  exitCode?: Maybe<Scalars['Int']['output']>;
  failureDetails?: Maybe<Scalars['String']['output']>;
  httpStatus?: Maybe<Scalars['Int']['output']>;
  output?: Maybe<Scalars['String']['output']>;
  phaseName?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status?: Maybe<ExecutionStatus>;
  stepId?: Maybe<Scalars['String']['output']>;
  stepName?: Maybe<Scalars['String']['output']>;
  stepType?: Maybe<Scalars['String']['output']>;
};

export type ExecutionType =
  | 'PIPELINE'
  | 'WORKFLOW';

/** ExecutionFilter without applicationId, environmentType and pipelineExecutionId; every member given must match. */
export type ExportExecutionFilter = {
  application?: InputMaybe<IdFilter>;
  artifactBuildNo?: InputMaybe<IdFilter>;
  cloudProvider?: InputMaybe<IdFilter>;
  creationTime?: InputMaybe<TimeFilter>;
  duration?: InputMaybe<NumberFilter>;
  endTime?: InputMaybe<TimeFilter>;
  environment?: InputMaybe<IdFilter>;
  execution?: InputMaybe<IdFilter>;
  helmChartVersion?: InputMaybe<IdFilter>;
  pipeline?: InputMaybe<IdFilter>;
  service?: InputMaybe<IdFilter>;
  startTime?: InputMaybe<TimeFilter>;
  status?: InputMaybe<IdFilter>;
  tag?: InputMaybe<DeploymentTagFilter>;
  trigger?: InputMaybe<IdFilter>;
  triggeredBy?: InputMaybe<IdFilter>;
  workflow?: InputMaybe<IdFilter>;
};

export type ExportExecutionsInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  filters?: InputMaybe<Array<ExportExecutionFilter>>;
  /** Recorded; this server sends no notifications (fetch the status link instead). */
  notifyOnlyTriggeringUser?: InputMaybe<Scalars['Boolean']['input']>;
  /** Members of these groups may fetch the export with their own credentials, like its requester. */
  userGroupIds?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ExportExecutionsPayload = {
  __typename?: 'ExportExecutionsPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** GET it likewise once the status is READY: the JSON file. Null for a FAILED export. */
  downloadLink?: Maybe<Scalars['String']['output']>;
  errorMessage?: Maybe<Scalars['String']['output']>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  status?: Maybe<ExportExecutionsStatus>;
  /** GET it with your API key, or as it is (it carries its own signature): the export's status as JSON. */
  statusLink?: Maybe<Scalars['String']['output']>;
  totalExecutions?: Maybe<Scalars['Number']['output']>;
  triggeredAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ExportExecutionsStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'QUEUED'
  | 'READY';

export type FromTriggeringAppManifest = ManifestSelection & {
  __typename?: 'FromTriggeringAppManifest';
  manifestSelectionType?: Maybe<ManifestSelectionType>;
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type FromTriggeringArtifactSource = ArtifactSelection & {
  __typename?: 'FromTriggeringArtifactSource';
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type FromTriggeringPipeline = ArtifactSelection & {
  __typename?: 'FromTriggeringPipeline';
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type FromWebhookPayload = ArtifactSelection & {
  __typename?: 'FromWebhookPayload';
  artifactSourceId?: Maybe<Scalars['String']['output']>;
  artifactSourceName?: Maybe<Scalars['String']['output']>;
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type FrozenExecution = {
  __typename?: 'FrozenExecution';
  environments?: Maybe<Array<Maybe<EnvSummary>>>;
  execution?: Maybe<Execution>;
  pipelineExecutionId?: Maybe<Scalars['String']['output']>;
  rejectedByFreezeWindowIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  rejectedByFreezeWindowNames?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  serviceIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

export type FrozenExecutionConnection = {
  __typename?: 'FrozenExecutionConnection';
  nodes?: Maybe<Array<Maybe<FrozenExecution>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type FrozenExecutionFilter = {
  creationTime?: InputMaybe<TimeFilter>;
  environment?: InputMaybe<IdFilter>;
  rejectedByFreezeWindow: IdFilter;
  service?: InputMaybe<IdFilter>;
};

export type GitHubAction =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'CREATED'
  | 'DELETED'
  | 'EDITED'
  | 'LABELED'
  | 'OPENED'
  | 'PACKAGE_PUBLISHED'
  | 'PRE_RELEASED'
  | 'PUBLISHED'
  | 'RELEASED'
  | 'REOPENED'
  | 'REVIEW_REQUESTED'
  | 'REVIEW_REQUESTED_REMOVED'
  | 'SYNCHRONIZED'
  | 'UNASSIGNED'
  | 'UNLABELED'
  | 'UNPUBLISHED';

export type GitHubEvent = {
  action?: InputMaybe<GitHubAction>;
  event?: InputMaybe<GitHubEventType>;
};

export type GitHubEventType =
  | 'ANY'
  | 'DELETE'
  | 'PACKAGE'
  | 'PULL_REQUEST'
  | 'PUSH'
  | 'RELEASE';

export type GitlabEvent =
  | 'ANY'
  | 'PULL_REQUEST'
  | 'PUSH';

/** Extension (not in the FirstGen API). */
export type HttpHeader = {
  __typename?: 'HttpHeader';
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

/** Extension (not in the FirstGen API). */
export type HttpHeaderInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

/** Extension (not in the FirstGen API). */
export type HttpStepInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  delegateSelectors?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** 100 to 599; 200 when absent. */
  expectedStatus?: InputMaybe<Scalars['Int']['input']>;
  headers?: InputMaybe<Array<InputMaybe<HttpHeaderInput>>>;
  /** GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS; GET when absent. */
  method?: InputMaybe<Scalars['String']['input']>;
  /** 1000 to 3600000; 60000 when absent. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
  /** http or https. */
  url: Scalars['String']['input'];
};

export type IdFilter = {
  operator: IdOperator;
  values: Array<InputMaybe<Scalars['String']['input']>>;
};

export type IdOperator =
  | 'EQUALS'
  | 'IN'
  | 'LIKE'
  | 'NOT_IN'
  | 'NOT_NULL';

export type InfrastructureDefinition = {
  __typename?: 'InfrastructureDefinition';
  id?: Maybe<Scalars['String']['output']>;
};

export type InputVariable = {
  __typename?: 'InputVariable';
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type LastCollected = ArtifactSelection & {
  __typename?: 'LastCollected';
  artifactFilter?: Maybe<Scalars['String']['output']>;
  artifactSourceId?: Maybe<Scalars['String']['output']>;
  artifactSourceName?: Maybe<Scalars['String']['output']>;
  regex?: Maybe<Scalars['Boolean']['output']>;
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type LastCollectedManifest = ManifestSelection & {
  __typename?: 'LastCollectedManifest';
  appManifestId?: Maybe<Scalars['String']['output']>;
  appManifestName?: Maybe<Scalars['String']['output']>;
  manifestSelectionType?: Maybe<ManifestSelectionType>;
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
  versionRegex?: Maybe<Scalars['String']['output']>;
};

export type LastDeployedFromPipeline = ArtifactSelection & {
  __typename?: 'LastDeployedFromPipeline';
  pipelineId?: Maybe<Scalars['String']['output']>;
  pipelineName?: Maybe<Scalars['String']['output']>;
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type LastDeployedFromWorkflow = ArtifactSelection & {
  __typename?: 'LastDeployedFromWorkflow';
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
  workflowId?: Maybe<Scalars['String']['output']>;
  workflowName?: Maybe<Scalars['String']['output']>;
};

export type LastDeployedManifestFromPipeline = ManifestSelection & {
  __typename?: 'LastDeployedManifestFromPipeline';
  manifestSelectionType?: Maybe<ManifestSelectionType>;
  pipelineId?: Maybe<Scalars['String']['output']>;
  pipelineName?: Maybe<Scalars['String']['output']>;
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type LastDeployedManifestFromWorkflow = ManifestSelection & {
  __typename?: 'LastDeployedManifestFromWorkflow';
  manifestSelectionType?: Maybe<ManifestSelectionType>;
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
  workflowId?: Maybe<Scalars['String']['output']>;
  workflowName?: Maybe<Scalars['String']['output']>;
};

/** A chart version of an application manifest (shared/API.md §2.4). */
export type Manifest = {
  __typename?: 'Manifest';
  applicationManifestId?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['Long']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  version?: Maybe<Scalars['String']['output']>;
};

export type ManifestConditionInput = {
  appManifestId: Scalars['String']['input'];
  versionRegex?: InputMaybe<Scalars['String']['input']>;
};

export type ManifestFromTriggeringPipeline = ManifestSelection & {
  __typename?: 'ManifestFromTriggeringPipeline';
  manifestSelectionType?: Maybe<ManifestSelectionType>;
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type ManifestFromWebhookPayload = ManifestSelection & {
  __typename?: 'ManifestFromWebhookPayload';
  appManifestId?: Maybe<Scalars['String']['output']>;
  appManifestName?: Maybe<Scalars['String']['output']>;
  manifestSelectionType?: Maybe<ManifestSelectionType>;
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type ManifestInputType =
  | 'HELM_CHART_ID'
  | 'VERSION_NUMBER';

export type ManifestSelection = {
  manifestSelectionType?: Maybe<ManifestSelectionType>;
  serviceId?: Maybe<Scalars['String']['output']>;
  serviceName?: Maybe<Scalars['String']['output']>;
};

export type ManifestSelectionInput = {
  appManifestId?: InputMaybe<Scalars['String']['input']>;
  manifestSelectionType: ManifestSelectionType;
  pipelineId?: InputMaybe<Scalars['String']['input']>;
  serviceId: Scalars['String']['input'];
  versionRegex?: InputMaybe<Scalars['String']['input']>;
  workflowId?: InputMaybe<Scalars['String']['input']>;
};

export type ManifestSelectionType =
  | 'FROM_APP_MANIFEST'
  | 'LAST_COLLECTED'
  | 'LAST_DEPLOYED'
  | 'PIPELINE_SOURCE'
  | 'WEBHOOK_VARIABLE';

export type ManifestValueInput = {
  helmChartId?: InputMaybe<Scalars['String']['input']>;
  valueType: ManifestInputType;
  versionNumber?: InputMaybe<VersionNumberInput>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Extension (not in the FirstGen API, where aborting was REST only): ends a running execution as ABORTED. */
  abortExecution?: Maybe<AbortExecutionPayload>;
  /** Adds a delegate scope (the reference's spelling, sic). */
  addDelegegateScope?: Maybe<AddDelegateScopePayload>;
  /** Only members of the approval's user groups may approve or reject it. */
  approveOrRejectApprovals?: Maybe<ApproveOrRejectApprovalsInputPayload>;
  /** Includes every scope of the account in a delegate's scopes. */
  attachAllScopesToDelegate?: Maybe<AttachScopeToDelegatePayload>;
  /** Sets a delegate's include and/or exclude scopes. Scopes are recorded and listed; they do not route tasks here (selectors do). */
  attachScopeToDelegate?: Maybe<AttachScopeToDelegatePayload>;
  /** Extension (not in the FirstGen API): queues a task for the account's delegates. */
  createDelegateTask?: Maybe<CreateDelegateTaskPayload>;
  /** Extension (not in the FirstGen API): a token delegates of this account authenticate with. It is shown only here, once. */
  createDelegateToken?: Maybe<CreateDelegateTokenPayload>;
  /** Extension (not in the FirstGen API): creates a pipeline: its variables and stages (workflow and approval stages). */
  createPipeline?: Maybe<CreatePipelinePayload>;
  createTrigger?: Maybe<TriggerPayload>;
  /** Extension (not in the FirstGen API): creates a workflow: its type, environment, variables and ordered phases of steps. */
  createWorkflow?: Maybe<CreateWorkflowPayload>;
  /** ACTIVATE enables a delegate waiting for approval; REJECT deletes it, so it can no longer acquire tasks. */
  delegateApproveReject?: Maybe<DelegateApproveRejectPayload>;
  /** Deletes a delegate: it can no longer register under its name or acquire tasks; tasks it held go to others. */
  deleteDelegate?: Maybe<DeleteDelegatePayload>;
  /** Extension (not in the FirstGen API): deletes a pipeline. */
  deletePipeline?: Maybe<DeletePipelinePayload>;
  deleteTrigger?: Maybe<DeleteTriggerPayload>;
  /** Extension (not in the FirstGen API): deletes a workflow; refused while a pipeline stage runs it. */
  deleteWorkflow?: Maybe<DeleteWorkflowPayload>;
  /** Writes the executions matching the filters to a JSON file in the background (beta in the reference). Counts against the account's rolling exports quota (LIMIT_EXPORTS_PER_24H, default 25 a rolling 24 hours); over it the answer is EXPORT_LIMIT_REACHED. The links need the requester's credentials or their own signature, and stop working at expiresAt. */
  exportExecutions?: Maybe<ExportExecutionsPayload>;
  /** Gives a PAUSED pipeline stage its runtime inputs (checked as startExecution checks inputs) and continues the pipeline. */
  pipelineResumeRuntime?: Maybe<ContinueExecutionPayload>;
  /** Extension (not in the FirstGen API): records a chart version of an application manifest, as CI would; it fires the manifest's ON_NEW_MANIFEST triggers. The first recording makes the manifest known, owned by that application and service: triggers may name it from then on. */
  recordManifestVersion?: Maybe<RecordManifestVersionPayload>;
  /** A new execution of a pipeline execution that ended without success, from the parallel group holding the named stage. */
  resumeExecution?: Maybe<ResumeExecutionPayload>;
  startExecution?: Maybe<StartExecutionPayload>;
  /** Extension (not in the FirstGen API): changes the fields given (absent fields are kept); a stage keeps its id when it names it or keeps its name. */
  updatePipeline?: Maybe<UpdatePipelinePayload>;
  /** Replaces the whole trigger (name, condition and action are required). */
  updateTrigger?: Maybe<UpdateTriggerPayload>;
  /** Extension (not in the FirstGen API): changes the fields given (absent fields are kept; phases and variables are replaced whole). */
  updateWorkflow?: Maybe<UpdateWorkflowPayload>;
};


export type MutationAbortExecutionArgs = {
  input: AbortExecutionInput;
};


export type MutationAddDelegegateScopeArgs = {
  input: AddDelegateScopeInput;
};


export type MutationApproveOrRejectApprovalsArgs = {
  input: ApproveOrRejectApprovalsInput;
};


export type MutationAttachAllScopesToDelegateArgs = {
  input: AttachAllScopesToDelegateInput;
};


export type MutationAttachScopeToDelegateArgs = {
  input: AttachScopeToDelegateInput;
};


export type MutationCreateDelegateTaskArgs = {
  input: CreateDelegateTaskInput;
};


export type MutationCreateDelegateTokenArgs = {
  input: CreateDelegateTokenInput;
};


export type MutationCreatePipelineArgs = {
  input: CreatePipelineInput;
};


export type MutationCreateTriggerArgs = {
  input: CreateTriggerInput;
};


export type MutationCreateWorkflowArgs = {
  input: CreateWorkflowInput;
};


export type MutationDelegateApproveRejectArgs = {
  input: DelegateApproveRejectInput;
};


export type MutationDeleteDelegateArgs = {
  input: DeleteDelegateInput;
};


export type MutationDeletePipelineArgs = {
  input: DeletePipelineInput;
};


export type MutationDeleteTriggerArgs = {
  input: DeleteTriggerInput;
};


export type MutationDeleteWorkflowArgs = {
  input: DeleteWorkflowInput;
};


export type MutationExportExecutionsArgs = {
  input: ExportExecutionsInput;
};


export type MutationPipelineResumeRuntimeArgs = {
  input: RuntimeExecutionInputsToResumePipeline;
};


export type MutationRecordManifestVersionArgs = {
  input: RecordManifestVersionInput;
};


export type MutationResumeExecutionArgs = {
  input?: InputMaybe<ResumeExecutionInput>;
};


export type MutationStartExecutionArgs = {
  input: StartExecutionInput;
};


export type MutationUpdatePipelineArgs = {
  input: UpdatePipelineInput;
};


export type MutationUpdateTriggerArgs = {
  input: UpdateTriggerInput;
};


export type MutationUpdateWorkflowArgs = {
  input: UpdateWorkflowInput;
};

export type NameValuePair = {
  __typename?: 'NameValuePair';
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type NumberFilter = {
  operator: NumericOperator;
  values: Array<InputMaybe<Scalars['Number']['input']>>;
};

export type NumericOperator =
  | 'EQUALS'
  | 'GREATER_THAN'
  | 'GREATER_THAN_OR_EQUALS'
  | 'IN'
  | 'LESS_THAN'
  | 'LESS_THAN_OR_EQUALS'
  | 'NOT_EQUALS';

export type OnNewArtifact = TriggerCondition & {
  __typename?: 'OnNewArtifact';
  artifactFilter?: Maybe<Scalars['String']['output']>;
  artifactSourceId?: Maybe<Scalars['String']['output']>;
  artifactSourceName?: Maybe<Scalars['String']['output']>;
  regex?: Maybe<Scalars['Boolean']['output']>;
  triggerConditionType?: Maybe<TriggerConditionType>;
};

export type OnNewManifest = TriggerCondition & {
  __typename?: 'OnNewManifest';
  appManifestId?: Maybe<Scalars['String']['output']>;
  appManifestName?: Maybe<Scalars['String']['output']>;
  serviceId?: Maybe<Scalars['String']['output']>;
  triggerConditionType?: Maybe<TriggerConditionType>;
  versionRegex?: Maybe<Scalars['String']['output']>;
};

export type OnPipelineCompletion = TriggerCondition & {
  __typename?: 'OnPipelineCompletion';
  pipelineId?: Maybe<Scalars['String']['output']>;
  pipelineName?: Maybe<Scalars['String']['output']>;
  triggerConditionType?: Maybe<TriggerConditionType>;
};

export type OnSchedule = TriggerCondition & {
  __typename?: 'OnSchedule';
  cronDescription: Scalars['String']['output'];
  cronExpression: Scalars['String']['output'];
  onNewArtifactOnly?: Maybe<Scalars['Boolean']['output']>;
  triggerConditionType?: Maybe<TriggerConditionType>;
};

export type OnWebhook = TriggerCondition & {
  __typename?: 'OnWebhook';
  branchName?: Maybe<Scalars['String']['output']>;
  branchRegex?: Maybe<Scalars['String']['output']>;
  deployOnlyIfFilesChanged?: Maybe<Scalars['Boolean']['output']>;
  filePaths?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  gitConnectorId?: Maybe<Scalars['String']['output']>;
  gitConnectorName?: Maybe<Scalars['String']['output']>;
  repoName?: Maybe<Scalars['String']['output']>;
  triggerConditionType?: Maybe<TriggerConditionType>;
  webhookDetails?: Maybe<WebhoookDetails>;
  webhookEvent?: Maybe<WebhookEvent>;
  /** Write-only here: a read answers null, so the signing key never leaves the platform. */
  webhookSecret?: Maybe<Scalars['String']['output']>;
  webhookSource?: Maybe<WebhookSource>;
};

export type OrchestrationWorkflowType =
  | 'BASIC'
  | 'BLUE_GREEN'
  | 'BUILD'
  | 'CANARY'
  | 'CUSTOM'
  | 'MULTI_SERVICE'
  | 'ROLLING';

export type OrchestrationWorkflowTypeFilter = {
  operator?: InputMaybe<EnumOperator>;
  values?: InputMaybe<Array<InputMaybe<OrchestrationWorkflowType>>>;
};

export type Outcome = {
  execution?: Maybe<Execution>;
};

export type OutcomeConnection = {
  __typename?: 'OutcomeConnection';
  nodes?: Maybe<Array<Maybe<Outcome>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  hasMore?: Maybe<Scalars['Boolean']['output']>;
  limit?: Maybe<Scalars['Int']['output']>;
  offset?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type ParameterValueInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type ParameterizedArtifactSourceInput = {
  artifactSourceName: Scalars['String']['input'];
  buildNumber: Scalars['String']['input'];
  parameterValueInputs?: InputMaybe<Array<InputMaybe<ParameterValueInput>>>;
};

export type Pipeline = {
  __typename?: 'Pipeline';
  /** Extension (not in the FirstGen API): the application the pipeline belongs to. */
  applicationId?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  pipelineVariables?: Maybe<Array<Maybe<Variable>>>;
  /** Extension (not in the FirstGen API): the stages, in order; consecutive stages with parallelWithPrevious run together. */
  stages?: Maybe<Array<Maybe<PipelineStage>>>;
  tags?: Maybe<Array<Maybe<Tag>>>;
};

export type PipelineAction = TriggerAction & {
  __typename?: 'PipelineAction';
  artifactSelections?: Maybe<Array<Maybe<ArtifactSelection>>>;
  continueWithDefaultValues?: Maybe<Scalars['Boolean']['output']>;
  manifestSelections?: Maybe<Array<Maybe<ManifestSelection>>>;
  pipelineId?: Maybe<Scalars['String']['output']>;
  pipelineName?: Maybe<Scalars['String']['output']>;
  variables?: Maybe<Array<Maybe<TriggerVariableValue>>>;
};

export type PipelineAggregation = {
  entityAggregation?: InputMaybe<PipelineEntityAggregation>;
  tagAggregation?: InputMaybe<PipelineTagAggregation>;
};

export type PipelineConditionInput = {
  pipelineId: Scalars['String']['input'];
};

export type PipelineConnection = {
  __typename?: 'PipelineConnection';
  nodes?: Maybe<Array<Maybe<Pipeline>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type PipelineEntityAggregation =
  | 'Application';

export type PipelineExecution = Execution & {
  __typename?: 'PipelineExecution';
  application?: Maybe<Application>;
  cause?: Maybe<Cause>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  executionUrl?: Maybe<Scalars['String']['output']>;
  failureDetails?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  /** The pipeline's member workflow executions. */
  memberExecutions?: Maybe<ExecutionConnection>;
  notes?: Maybe<Scalars['String']['output']>;
  pipeline?: Maybe<Pipeline>;
  pipelineStageExecutions?: Maybe<Array<Maybe<PipelineStageExecution>>>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status?: Maybe<ExecutionStatus>;
  tags?: Maybe<Array<Maybe<DeploymentTag>>>;
};

export type PipelineFilter = {
  application?: InputMaybe<IdFilter>;
  pipeline?: InputMaybe<IdFilter>;
  tag?: InputMaybe<PipelineTagFilter>;
};

/** Extension (not in the FirstGen API): a stage; the fields of its type are set, the others null. */
export type PipelineStage = {
  __typename?: 'PipelineStage';
  /** The reference's pipelineStageElementId: stable across updates of the pipeline. */
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  parallelWithPrevious?: Maybe<Scalars['Boolean']['output']>;
  /** Extension. WORKFLOW with runtime input variables: how long the stage waits for them before the pipeline ends EXPIRED. */
  runtimeInputTimeoutMs?: Maybe<Scalars['Int']['output']>;
  /** Extension. WORKFLOW: variables of the workflow given when the stage is reached (pipelineResumeRuntime); the pipeline is PAUSED until then. */
  runtimeInputVariables?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** APPROVAL */
  timeoutMs?: Maybe<Scalars['Int']['output']>;
  type?: Maybe<PipelineStageType>;
  /** APPROVAL */
  userGroupIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** WORKFLOW */
  workflowId?: Maybe<Scalars['String']['output']>;
  /** WORKFLOW: values for the workflow's variables (may use pipeline variables: a value of the form dollar-brace pipeline.variables.name). */
  workflowVariables?: Maybe<Array<Maybe<StageWorkflowVariable>>>;
};

export type PipelineStageExecution = {
  pipelineStageElementId?: Maybe<Scalars['String']['output']>;
  pipelineStageName?: Maybe<Scalars['String']['output']>;
  pipelineStepName?: Maybe<Scalars['String']['output']>;
};

/** Extension (not in the FirstGen API): a stage: its type and the one sub-input of that type. */
export type PipelineStageInput = {
  approval?: InputMaybe<ApprovalStageInput>;
  /** An existing stage's id, to keep it; a new stage gets one (so does a stage of an unknown id). */
  id?: InputMaybe<Scalars['String']['input']>;
  /** Unique within the pipeline; a stage that keeps its name keeps its id too. */
  name: Scalars['String']['input'];
  /** Runs together with the stage before it (not allowed on the first stage). */
  parallelWithPrevious?: InputMaybe<Scalars['Boolean']['input']>;
  type: PipelineStageType;
  workflow?: InputMaybe<WorkflowStageInput>;
};

/** Extension (not in the FirstGen API). */
export type PipelineStageType =
  | 'APPROVAL'
  | 'WORKFLOW';

export type PipelineTagAggregation = {
  entityType?: InputMaybe<PipelineTagType>;
  tagName?: InputMaybe<Scalars['String']['input']>;
};

export type PipelineTagFilter = {
  entityType?: InputMaybe<PipelineTagType>;
  tags?: InputMaybe<Array<InputMaybe<TagInput>>>;
};

export type PipelineTagType =
  | 'APPLICATION'
  | 'PIPELINE';

export type Query = {
  __typename?: 'Query';
  /** The approvals of an execution that wait for a decision. */
  approvalDetails?: Maybe<ApprovalDetailsPayload>;
  /** The account's delegates; DELETED ones only when a filter asks for them. delegateName, delegateStatus and delegateType filters apply. */
  delegateList?: Maybe<DelegateList>;
  /** The account's delegate scopes, by name. */
  delegateScopeList?: Maybe<DelegateScopeList>;
  /** Extension (not in the FirstGen API): a delegate task's status and result, and for a queued task why it waits. */
  delegateTask?: Maybe<DelegateTask>;
  /** Extension (not in the FirstGen API): the account's delegate tasks, oldest first, optionally of one status. */
  delegateTasks?: Maybe<DelegateTaskConnection>;
  /** Counts (or durations) of the executions the caller may read, in total, grouped by an entity, over time, or both. */
  deploymentStats?: Maybe<Data>;
  execution?: Maybe<Execution>;
  /** Extension (not in the FirstGen API): an export's status, as its statusLink shows it; only its requester and members of the user groups it names see it. */
  executionExport?: Maybe<ExportExecutionsPayload>;
  /** Which services need an artifact input before startExecution. */
  executionInputs?: Maybe<ExecutionInputs>;
  /** includeIndirectExecutions: also the workflow executions that ran inside pipelines. */
  executions?: Maybe<ExecutionConnection>;
  /** Executions a deployment freeze window rejected. This server has no freeze windows (they are outside the API's five groups), so no execution is ever rejected by one and the page is always empty; the arguments are checked as the reference checks them. */
  frozenExecutions?: Maybe<FrozenExecutionConnection>;
  pipeline?: Maybe<Pipeline>;
  pipelineByName?: Maybe<Pipeline>;
  /** Counts of the pipelines the caller may read: in total, or grouped by application or a tag. */
  pipelineStats?: Maybe<Data>;
  /** The pipelines the caller may read, newest first; filters are ANDed. */
  pipelines?: Maybe<PipelineConnection>;
  /** Which services a PAUSED pipeline stage with runtime inputs needs an artifact for (those the execution has none for yet). */
  runtimeExecutionInputsToResumePipeline?: Maybe<ExecutionInputs>;
  trigger?: Maybe<Trigger>;
  triggerByName?: Maybe<Trigger>;
  /** Extension (not in the FirstGen API): a trigger's firings, newest first: when it fired, what set it off, and the execution it started or why it started none. */
  triggerFirings?: Maybe<TriggerFiringConnection>;
  /** Triggers of the account, newest first; trigger, application and tag (the application's tags) filters are ANDed. */
  triggers?: Maybe<TriggerConnection>;
  workflow?: Maybe<Workflow>;
  workflowByName?: Maybe<Workflow>;
  /** Counts of the workflows the caller may read: in total, or grouped by application or a tag. */
  workflowStats?: Maybe<Data>;
  /** The workflows the caller may read, newest first; filters are ANDed. */
  workflows?: Maybe<WorkflowConnection>;
};


export type QueryApprovalDetailsArgs = {
  applicationId: Scalars['String']['input'];
  executionId: Scalars['String']['input'];
};


export type QueryDelegateListArgs = {
  filters?: InputMaybe<Array<InputMaybe<DelegateFilter>>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDelegateScopeListArgs = {
  filters?: InputMaybe<Array<InputMaybe<DelegateScopeFilter>>>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDelegateTaskArgs = {
  taskId: Scalars['String']['input'];
};


export type QueryDelegateTasksArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DelegateTaskStatus>;
};


export type QueryDeploymentStatsArgs = {
  aggregateFunction?: InputMaybe<DeploymentAggregationFunction>;
  filters?: InputMaybe<Array<InputMaybe<DeploymentFilter>>>;
  groupBy?: InputMaybe<Array<InputMaybe<DeploymentAggregation>>>;
  includeIndirectExecutions?: InputMaybe<Scalars['Boolean']['input']>;
  sortCriteria?: InputMaybe<Array<InputMaybe<DeploymentSortCriteria>>>;
};


export type QueryExecutionArgs = {
  executionId: Scalars['String']['input'];
};


export type QueryExecutionExportArgs = {
  requestId: Scalars['String']['input'];
};


export type QueryExecutionInputsArgs = {
  applicationId: Scalars['String']['input'];
  entityId: Scalars['String']['input'];
  executionType: ExecutionType;
  variableInputs?: InputMaybe<Array<InputMaybe<VariableInput>>>;
};


export type QueryExecutionsArgs = {
  filters?: InputMaybe<Array<InputMaybe<ExecutionFilter>>>;
  includeIndirectExecutions?: InputMaybe<Scalars['Boolean']['input']>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFrozenExecutionsArgs = {
  filters?: InputMaybe<Array<InputMaybe<FrozenExecutionFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPipelineArgs = {
  pipelineId: Scalars['String']['input'];
};


export type QueryPipelineByNameArgs = {
  applicationId: Scalars['String']['input'];
  pipelineName: Scalars['String']['input'];
};


export type QueryPipelineStatsArgs = {
  filters?: InputMaybe<Array<InputMaybe<PipelineFilter>>>;
  groupBy?: InputMaybe<Array<InputMaybe<PipelineAggregation>>>;
};


export type QueryPipelinesArgs = {
  filters?: InputMaybe<Array<InputMaybe<PipelineFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRuntimeExecutionInputsToResumePipelineArgs = {
  applicationId: Scalars['String']['input'];
  pipelineExecutionId: Scalars['String']['input'];
  pipelineStageElementId: Scalars['String']['input'];
  variableInputs?: InputMaybe<Array<InputMaybe<VariableInput>>>;
};


export type QueryTriggerArgs = {
  triggerId: Scalars['String']['input'];
};


export type QueryTriggerByNameArgs = {
  applicationId: Scalars['String']['input'];
  triggerName: Scalars['String']['input'];
};


export type QueryTriggerFiringsArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  triggerId: Scalars['String']['input'];
};


export type QueryTriggersArgs = {
  filters?: InputMaybe<Array<InputMaybe<TriggerFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkflowArgs = {
  workflowId: Scalars['String']['input'];
};


export type QueryWorkflowByNameArgs = {
  applicationId: Scalars['String']['input'];
  workflowName: Scalars['String']['input'];
};


export type QueryWorkflowStatsArgs = {
  filters?: InputMaybe<Array<InputMaybe<WorkflowFilter>>>;
  groupBy?: InputMaybe<Array<InputMaybe<WorkflowAggregation>>>;
};


export type QueryWorkflowsArgs = {
  filters?: InputMaybe<Array<InputMaybe<WorkflowFilter>>>;
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordManifestVersionInput = {
  appManifestId: Scalars['String']['input'];
  /** The manifest's name (appManifestName in triggers); kept from an earlier recording when omitted, its id at first. */
  appManifestName?: InputMaybe<Scalars['String']['input']>;
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  serviceId: Scalars['String']['input'];
  version: Scalars['String']['input'];
};

export type RecordManifestVersionPayload = {
  __typename?: 'RecordManifestVersionPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  /** The ON_NEW_MANIFEST firings this version set off (none when it was recorded before). */
  firings?: Maybe<Array<Maybe<TriggerFiring>>>;
  manifest?: Maybe<Manifest>;
};

export type Reference = {
  __typename?: 'Reference';
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

export type ResumeExecutionInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  pipelineExecutionId: Scalars['String']['input'];
  pipelineStageName: Scalars['String']['input'];
};

export type ResumeExecutionPayload = {
  __typename?: 'ResumeExecutionPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  execution?: Maybe<Execution>;
};

export type RuntimeExecutionInputsToResumePipeline = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  pipelineExecutionId: Scalars['String']['input'];
  /** The stage's id (PipelineStage.id, WorkflowStageExecution.pipelineStageElementId). */
  pipelineStageElementId: Scalars['String']['input'];
  serviceInputs?: InputMaybe<Array<InputMaybe<ServiceInput>>>;
  variableInputs?: InputMaybe<Array<InputMaybe<VariableInput>>>;
};

export type ScheduleConditionInput = {
  /** Quartz cron syntax: seconds minutes hours day-of-month month day-of-week [year], in UTC. */
  cronExpression: Scalars['String']['input'];
  onNewArtifactOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Service = {
  __typename?: 'Service';
  id?: Maybe<Scalars['String']['output']>;
};

export type ServiceInput = {
  artifactValueInput?: InputMaybe<ArtifactValueInput>;
  manifestValueInput?: InputMaybe<ManifestValueInput>;
  /** The service's name. */
  name: Scalars['String']['input'];
};

/** Extension (not in the FirstGen API). */
export type ShellScriptStepInput = {
  delegateSelectors?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  script: Scalars['String']['input'];
  /** 1000 to 3600000; 600000 when absent. */
  timeoutMs?: InputMaybe<Scalars['Int']['input']>;
};

export type SinglePointData = {
  __typename?: 'SinglePointData';
  dataPoint?: Maybe<DataPoint>;
};

export type SortOrder =
  | 'ASCENDING'
  | 'DESCENDING';

export type StackedData = {
  __typename?: 'StackedData';
  dataPoints?: Maybe<Array<Maybe<StackedDataPoint>>>;
};

export type StackedDataPoint = {
  __typename?: 'StackedDataPoint';
  key?: Maybe<Reference>;
  values?: Maybe<Array<Maybe<DataPoint>>>;
};

export type StackedTimeSeriesData = {
  __typename?: 'StackedTimeSeriesData';
  data?: Maybe<Array<Maybe<StackedTimeSeriesDataPoint>>>;
  label?: Maybe<Scalars['String']['output']>;
};

export type StackedTimeSeriesDataPoint = {
  __typename?: 'StackedTimeSeriesDataPoint';
  time?: Maybe<Scalars['DateTime']['output']>;
  values?: Maybe<Array<Maybe<DataPoint>>>;
};

/** Extension (not in the FirstGen API). */
export type StageWorkflowVariable = {
  __typename?: 'StageWorkflowVariable';
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

/** Extension (not in the FirstGen API). */
export type StageWorkflowVariableInput = {
  name: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type StartExecutionInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  /** PIPELINE: stages with runtime input variables run with their default values instead of pausing for pipelineResumeRuntime. */
  continueWithDefaultValues?: InputMaybe<Scalars['Boolean']['input']>;
  /** The workflow's or pipeline's id. */
  entityId: Scalars['String']['input'];
  excludeHostsWithSameArtifact?: InputMaybe<Scalars['Boolean']['input']>;
  executionType: ExecutionType;
  notes?: InputMaybe<Scalars['String']['input']>;
  serviceInputs?: InputMaybe<Array<InputMaybe<ServiceInput>>>;
  specificHosts?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  targetToSpecificHosts?: InputMaybe<Scalars['Boolean']['input']>;
  variableInputs?: InputMaybe<Array<InputMaybe<VariableInput>>>;
};

export type StartExecutionPayload = {
  __typename?: 'StartExecutionPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  execution?: Maybe<Execution>;
  /** Non-fatal notes on the inputs, e.g. inputs that name nothing. */
  warningMessage?: Maybe<Scalars['String']['output']>;
};

export type Tag = {
  __typename?: 'Tag';
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

export type TagInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
};

/** Task families a delegate scope covers. */
export type TaskGroup =
  | 'ACR'
  | 'AMI'
  | 'APM'
  | 'APPDYNAMICS'
  | 'ARTIFACTORY'
  | 'ARTIFACT_COLLECT_NG'
  | 'AWS'
  | 'AZURE_APP_SERVICE'
  | 'AZURE_ARM'
  | 'AZURE_ARTIFACTS'
  | 'AZURE_VMSS'
  | 'BAMBOO'
  | 'BUILD_SOURCE'
  | 'CAPABILITY_VALIDATION'
  | 'CI'
  | 'CLOUD_FORMATION'
  | 'CLOUD_WATCH'
  | 'COLLABORATION_PROVIDER'
  | 'COMMAND'
  | 'CONNECTIVITY_VALIDATION'
  | 'CONTAINER'
  | 'CUSTOM'
  | 'CVNG'
  | 'DOCKER'
  | 'DYNA_TRACE'
  | 'ECR'
  | 'ELK'
  | 'GCB'
  | 'GCP'
  | 'GCR'
  | 'GCS'
  | 'GIT'
  | 'GIT_NG'
  | 'GUARD_24x7'
  | 'HELM'
  | 'HELM_REPO_CONFIG_VALIDATION'
  | 'HELM_VALUES_FETCH_TASK'
  | 'HOST_VALIDATION'
  | 'HTTP'
  | 'HTTP_NG'
  | 'INSTANA'
  | 'JENKINS'
  | 'JIRA'
  | 'JIRA_NG'
  | 'K8S'
  | 'K8S_NG'
  | 'KMS'
  | 'LDAP'
  | 'LOG'
  | 'LOGZ'
  | 'NEWRELIC'
  | 'NEXUS'
  | 'NOTIFICATION'
  | 'PCF'
  | 'PROMETHEUS'
  | 'S3'
  | 'SCRIPT'
  | 'SERVICENOW'
  | 'SFTP'
  | 'SHELL_SCRIPT_NG'
  | 'SHELL_SCRIPT_PROVISION'
  | 'SLACK'
  | 'SMB'
  | 'SPLUNK'
  | 'SPOTINST'
  | 'STACKDRIVER'
  | 'SUMO'
  | 'TERRAFORM'
  | 'TERRAGRUNT'
  | 'TRIGGER';

export type TimeAggregationType =
  | 'DAY'
  | 'HOUR'
  | 'MONTH'
  | 'WEEK';

export type TimeFilter = {
  operator: TimeOperator;
  value: Scalars['DateTime']['input'];
};

/** BEFORE means at or before the value, AFTER at or after it. */
export type TimeOperator =
  | 'AFTER'
  | 'BEFORE'
  | 'EQUALS';

export type TimeSeriesAggregation = {
  timeAggregationType?: InputMaybe<TimeAggregationType>;
  /** Only 1 is supported (one bucket per hour, day, week or month, UTC). */
  timeAggregationValue?: InputMaybe<Scalars['Int']['input']>;
};

export type TimeSeriesData = {
  __typename?: 'TimeSeriesData';
  dataPoints?: Maybe<Array<Maybe<TimeSeriesDataPoint>>>;
  label?: Maybe<Scalars['String']['output']>;
};

export type TimeSeriesDataPoint = {
  __typename?: 'TimeSeriesDataPoint';
  time?: Maybe<Scalars['DateTime']['output']>;
  value?: Maybe<Scalars['Number']['output']>;
};

export type Trigger = {
  __typename?: 'Trigger';
  action?: Maybe<TriggerAction>;
  condition?: Maybe<TriggerCondition>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  excludeHostsWithSameArtifact?: Maybe<Scalars['Boolean']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** The trigger's own tags, attached with attachTag(entityType: TRIGGER) (an Extension value of TagEntityType); they show here a moment after attachTag answers. */
  tags?: Maybe<Array<Maybe<Tag>>>;
};

export type TriggerAction = {
  artifactSelections?: Maybe<Array<Maybe<ArtifactSelection>>>;
  manifestSelections?: Maybe<Array<Maybe<ManifestSelection>>>;
  variables?: Maybe<Array<Maybe<TriggerVariableValue>>>;
};

export type TriggerActionInput = {
  artifactSelections?: InputMaybe<Array<InputMaybe<ArtifactSelectionInput>>>;
  continueWithDefaultValues?: InputMaybe<Scalars['Boolean']['input']>;
  entityId: Scalars['String']['input'];
  excludeHostsWithSameArtifact?: InputMaybe<Scalars['Boolean']['input']>;
  executionType: ExecutionType;
  manifestSelections?: InputMaybe<Array<InputMaybe<ManifestSelectionInput>>>;
  variables?: InputMaybe<Array<InputMaybe<VariableInput>>>;
};

export type TriggerCondition = {
  triggerConditionType?: Maybe<TriggerConditionType>;
};

export type TriggerConditionInput = {
  artifactConditionInput?: InputMaybe<ArtifactConditionInput>;
  conditionType: ConditionType;
  manifestConditionInput?: InputMaybe<ManifestConditionInput>;
  pipelineConditionInput?: InputMaybe<PipelineConditionInput>;
  scheduleConditionInput?: InputMaybe<ScheduleConditionInput>;
  webhookConditionInput?: InputMaybe<WebhookConditionInput>;
};

export type TriggerConditionType =
  | 'NEW_ARTIFACT'
  | 'NEW_MANIFEST'
  | 'PIPELINE_COMPLETION'
  | 'SCHEDULED'
  | 'WEBHOOK';

export type TriggerConnection = {
  __typename?: 'TriggerConnection';
  nodes?: Maybe<Array<Maybe<Trigger>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type TriggerFilter = {
  application?: InputMaybe<IdFilter>;
  tag?: InputMaybe<TriggerTagFilter>;
  trigger?: InputMaybe<IdFilter>;
};

/** Extension (not in the FirstGen API): a trigger firing and its outcome. */
export type TriggerFiring = {
  __typename?: 'TriggerFiring';
  artifacts?: Maybe<Array<Maybe<TriggerFiringArtifact>>>;
  /** ConditionType of the trigger when it fired. */
  conditionType?: Maybe<ConditionType>;
  /** What set it off: the webhook delivery id, the domain event id or the schedule tick. */
  deliveryId?: Maybe<Scalars['String']['output']>;
  /** The execution it started. */
  executionId?: Maybe<Scalars['String']['output']>;
  firedAt?: Maybe<Scalars['DateTime']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  /** Extension: the chart versions the firing chose, per service (recorded by recordManifestVersion); createdAt is null. */
  manifests?: Maybe<Array<Maybe<Manifest>>>;
  message?: Maybe<Scalars['String']['output']>;
  /** Why it started nothing. */
  reason?: Maybe<TriggerRefusalReason>;
  /** STARTED, REFUSED, or FIRING while it is being decided. */
  status?: Maybe<TriggerFiringStatus>;
  triggerId?: Maybe<Scalars['String']['output']>;
};

export type TriggerFiringArtifact = {
  __typename?: 'TriggerFiringArtifact';
  artifactId?: Maybe<Scalars['String']['output']>;
  artifactSourceId?: Maybe<Scalars['String']['output']>;
  buildNo?: Maybe<Scalars['String']['output']>;
  serviceId?: Maybe<Scalars['String']['output']>;
};

export type TriggerFiringConnection = {
  __typename?: 'TriggerFiringConnection';
  nodes?: Maybe<Array<Maybe<TriggerFiring>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type TriggerFiringStatus =
  | 'FIRING'
  | 'REFUSED'
  | 'STARTED';

export type TriggerPayload = {
  __typename?: 'TriggerPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  trigger?: Maybe<Trigger>;
};

export type TriggerRefusalReason =
  | 'ENGINE_UNAVAILABLE'
  | 'INVALID_EXECUTION_INPUT'
  | 'NOT_AUTHORIZED'
  | 'NO_MATCHING_ARTIFACT'
  | 'QUOTA_EXCEEDED'
  | 'START_FAILED'
  | 'TRIGGERS_DISABLED';

export type TriggerTagFilter = {
  entityType?: InputMaybe<TriggerTagType>;
  tags?: InputMaybe<Array<InputMaybe<TagInput>>>;
};

export type TriggerTagType =
  | 'APPLICATION';

export type TriggerVariableValue = {
  __typename?: 'TriggerVariableValue';
  name?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
};

/** Extension (not in the FirstGen API). */
export type UpdatePipelineInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  pipelineId: Scalars['String']['input'];
  stages?: InputMaybe<Array<InputMaybe<PipelineStageInput>>>;
  variables?: InputMaybe<Array<InputMaybe<VariableDefinitionInput>>>;
};

/** Extension (not in the FirstGen API). */
export type UpdatePipelinePayload = {
  __typename?: 'UpdatePipelinePayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  pipeline?: Maybe<Pipeline>;
};

export type UpdateTriggerInput = {
  action: TriggerActionInput;
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  condition: TriggerConditionInput;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  triggerId: Scalars['String']['input'];
};

export type UpdateTriggerPayload = {
  __typename?: 'UpdateTriggerPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  trigger?: Maybe<Trigger>;
};

/** Extension (not in the FirstGen API). */
export type UpdateWorkflowInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  environmentId?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phases?: InputMaybe<Array<InputMaybe<WorkflowPhaseInput>>>;
  variables?: InputMaybe<Array<InputMaybe<VariableDefinitionInput>>>;
  workflowId: Scalars['String']['input'];
  workflowType?: InputMaybe<OrchestrationWorkflowType>;
};

/** Extension (not in the FirstGen API). */
export type UpdateWorkflowPayload = {
  __typename?: 'UpdateWorkflowPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
  workflow?: Maybe<Workflow>;
};

export type User = {
  __typename?: 'User';
  id?: Maybe<Scalars['String']['output']>;
};

export type UserGroupApprovalDetails = ApprovalDetails & {
  __typename?: 'UserGroupApprovalDetails';
  approvalId?: Maybe<Scalars['String']['output']>;
  approvalType?: Maybe<ApprovalStateType>;
  /** The approver user groups' ids. */
  approvers?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  executionId?: Maybe<Scalars['String']['output']>;
  stageName?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['Long']['output']>;
  stepName?: Maybe<Scalars['String']['output']>;
  triggeredBy?: Maybe<EmbeddedUser>;
  variables?: Maybe<Array<Maybe<NameValuePair>>>;
  willExpireAt?: Maybe<Scalars['Long']['output']>;
};

export type UserInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['String']['input']>;
};

export type Variable = {
  __typename?: 'Variable';
  allowMultipleValues?: Maybe<Scalars['Boolean']['output']>;
  allowedValues?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  defaultValue?: Maybe<Scalars['String']['output']>;
  fixed?: Maybe<Scalars['Boolean']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  required?: Maybe<Scalars['Boolean']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

/** Extension (not in the FirstGen API): a workflow or pipeline variable. */
export type VariableDefinitionInput = {
  allowMultipleValues?: InputMaybe<Scalars['Boolean']['input']>;
  allowedValues?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  defaultValue?: InputMaybe<Scalars['String']['input']>;
  /** A fixed variable always has its default value; a pipeline stage may not set it. */
  fixed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Letters, digits and underscores, not starting with a digit: it is referred to as workflow.variables.name. */
  name: Scalars['String']['input'];
  required?: InputMaybe<Scalars['Boolean']['input']>;
  /** The reference's variable type; TEXT when absent. */
  type?: InputMaybe<Scalars['String']['input']>;
};

export type VariableInput = {
  name: Scalars['String']['input'];
  variableValue: VariableValue;
};

export type VariableValue = {
  type: VariableValueType;
  value: Scalars['String']['input'];
};

export type VariableValueType =
  | 'EXPRESSION'
  | 'ID'
  | 'NAME';

export type VersionNumberInput = {
  appManifestName: Scalars['String']['input'];
  versionNumber: Scalars['String']['input'];
};

/** Extension (not in the FirstGen API). */
export type WaitStepInput = {
  /** 1 to 86400000 (24 hours). */
  durationMs: Scalars['Int']['input'];
};

export type WebhookConditionInput = {
  bitbucketEvent?: InputMaybe<BitbucketEvent>;
  branchName?: InputMaybe<Scalars['String']['input']>;
  branchRegex?: InputMaybe<Scalars['String']['input']>;
  deployOnlyIfFilesChanged?: InputMaybe<Scalars['Boolean']['input']>;
  filePaths?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  gitConnectorId?: InputMaybe<Scalars['String']['input']>;
  githubEvent?: InputMaybe<GitHubEvent>;
  gitlabEvent?: InputMaybe<GitlabEvent>;
  repoName?: InputMaybe<Scalars['String']['input']>;
  /** GitHub only: the key deliveries are signed with (X-Hub-Signature-256); a delivery with a wrong signature is refused with 401. */
  webhookSecret?: InputMaybe<Scalars['String']['input']>;
  webhookSourceType: WebhookSource;
};

export type WebhookEvent = {
  __typename?: 'WebhookEvent';
  action?: Maybe<Scalars['String']['output']>;
  event?: Maybe<Scalars['String']['output']>;
};

export type WebhookSource =
  | 'BITBUCKET'
  | 'CUSTOM'
  | 'GITHUB'
  | 'GITLAB';

/** The curl-style invocation of a trigger's webhook (the reference's spelling, three o's). */
export type WebhoookDetails = {
  __typename?: 'WebhoookDetails';
  header?: Maybe<Scalars['String']['output']>;
  method?: Maybe<Scalars['String']['output']>;
  payload?: Maybe<Scalars['String']['output']>;
  webhookURL?: Maybe<Scalars['String']['output']>;
};

export type Workflow = {
  __typename?: 'Workflow';
  /** Extension (not in the FirstGen API): the application the workflow belongs to. */
  applicationId?: Maybe<Scalars['String']['output']>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  createdBy?: Maybe<User>;
  description?: Maybe<Scalars['String']['output']>;
  /** Extension (not in the FirstGen API): the environment the workflow deploys to; null for a workflow without one. */
  environmentId?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** Extension (not in the FirstGen API): the phases, run in order, each running its steps in order. */
  phases?: Maybe<Array<Maybe<WorkflowPhase>>>;
  tags?: Maybe<Array<Maybe<Tag>>>;
  /** Extension (not in the FirstGen API). */
  workflowType?: Maybe<OrchestrationWorkflowType>;
  workflowVariables?: Maybe<Array<Maybe<Variable>>>;
};

export type WorkflowAction = TriggerAction & {
  __typename?: 'WorkflowAction';
  artifactSelections?: Maybe<Array<Maybe<ArtifactSelection>>>;
  manifestSelections?: Maybe<Array<Maybe<ManifestSelection>>>;
  variables?: Maybe<Array<Maybe<TriggerVariableValue>>>;
  workflowId?: Maybe<Scalars['String']['output']>;
  workflowName?: Maybe<Scalars['String']['output']>;
};

export type WorkflowAggregation = {
  entityAggregation?: InputMaybe<WorkflowEntityAggregation>;
  tagAggregation?: InputMaybe<WorkflowTagAggregation>;
};

export type WorkflowConnection = {
  __typename?: 'WorkflowConnection';
  nodes?: Maybe<Array<Maybe<Workflow>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type WorkflowEntityAggregation =
  | 'Application';

export type WorkflowExecution = Execution & {
  __typename?: 'WorkflowExecution';
  application?: Maybe<Application>;
  artifacts?: Maybe<Array<Maybe<Artifact>>>;
  cause?: Maybe<Cause>;
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  executionUrl?: Maybe<Scalars['String']['output']>;
  failureDetails?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  inputVariables?: Maybe<Array<Maybe<InputVariable>>>;
  /** The chart versions deployed with the artifacts (serviceInputs' manifestValueInput). */
  manifests?: Maybe<Array<Maybe<Manifest>>>;
  notes?: Maybe<Scalars['String']['output']>;
  outcomes?: Maybe<OutcomeConnection>;
  rollbackArtifacts?: Maybe<Array<Maybe<Artifact>>>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status?: Maybe<ExecutionStatus>;
  /** Extension (not in the FirstGen API): each step's status and the output of its delegate task (its log). */
  stepLogs?: Maybe<Array<Maybe<ExecutionStepLog>>>;
  tags?: Maybe<Array<Maybe<DeploymentTag>>>;
  workflow?: Maybe<Workflow>;
};


export type WorkflowExecutionOutcomesArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type WorkflowFilter = {
  application?: InputMaybe<IdFilter>;
  orchestrationWorkflowType?: InputMaybe<OrchestrationWorkflowTypeFilter>;
  tag?: InputMaybe<WorkflowTagFilter>;
  workflow?: InputMaybe<IdFilter>;
};

/** Extension (not in the FirstGen API). */
export type WorkflowPhase = {
  __typename?: 'WorkflowPhase';
  name?: Maybe<Scalars['String']['output']>;
  steps?: Maybe<Array<Maybe<WorkflowStep>>>;
};

/** Extension (not in the FirstGen API). */
export type WorkflowPhaseInput = {
  name: Scalars['String']['input'];
  steps: Array<InputMaybe<WorkflowStepInput>>;
};

export type WorkflowStageExecution = PipelineStageExecution & {
  __typename?: 'WorkflowStageExecution';
  inputVariables?: Maybe<Array<Maybe<InputVariable>>>;
  pipelineStageElementId?: Maybe<Scalars['String']['output']>;
  pipelineStageName?: Maybe<Scalars['String']['output']>;
  pipelineStepName?: Maybe<Scalars['String']['output']>;
  /** The workflow's variables this stage asks for when it is reached. */
  runtimeInputVariables?: Maybe<Array<Maybe<Variable>>>;
  status?: Maybe<ExecutionStatus>;
  workflowExecutionId?: Maybe<Scalars['String']['output']>;
};

/** Extension (not in the FirstGen API). */
export type WorkflowStageInput = {
  /** 60000 to 604800000 (7 days); 86400000 when absent. When it passes without inputs, the pipeline ends EXPIRED. */
  runtimeInputTimeoutMs?: InputMaybe<Scalars['Int']['input']>;
  /** Variables of the workflow given when the stage is reached, with pipelineResumeRuntime (the services the stage deploys get their artifacts then too). */
  runtimeInputVariables?: InputMaybe<Array<InputMaybe<Scalars['String']['input']>>>;
  /** A workflow of the pipeline's application. */
  workflowId: Scalars['String']['input'];
  /** Values for the workflow's variables; every required variable without a default needs one (a runtime input variable's value is its default). */
  workflowVariables?: InputMaybe<Array<InputMaybe<StageWorkflowVariableInput>>>;
};

/** Extension (not in the FirstGen API): a step; the fields of its type are set, the others null. */
export type WorkflowStep = {
  __typename?: 'WorkflowStep';
  body?: Maybe<Scalars['String']['output']>;
  /** SHELL_SCRIPT, HTTP: tags a delegate must all have. */
  delegateSelectors?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
  /** WAIT */
  durationMs?: Maybe<Scalars['Int']['output']>;
  expectedStatus?: Maybe<Scalars['Int']['output']>;
  headers?: Maybe<Array<Maybe<HttpHeader>>>;
  /** DEPLOY: where, within the workflow's environment. */
  infrastructureDefinitionId?: Maybe<Scalars['String']['output']>;
  method?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  /** SHELL_SCRIPT */
  script?: Maybe<Scalars['String']['output']>;
  /** DEPLOY: the service deployed (its artifact comes from the execution's service inputs). */
  serviceId?: Maybe<Scalars['String']['output']>;
  /** SHELL_SCRIPT, HTTP: how long the task may run; APPROVAL: how long it waits for a decision. */
  timeoutMs?: Maybe<Scalars['Int']['output']>;
  type?: Maybe<WorkflowStepType>;
  /** HTTP */
  url?: Maybe<Scalars['String']['output']>;
  /** APPROVAL: members of these user groups may approve or reject. */
  userGroupIds?: Maybe<Array<Maybe<Scalars['String']['output']>>>;
};

/** Extension (not in the FirstGen API): a step: its type and the one sub-input of that type. */
export type WorkflowStepInput = {
  approval?: InputMaybe<ApprovalStepInput>;
  deploy?: InputMaybe<DeployStepInput>;
  http?: InputMaybe<HttpStepInput>;
  /** Unique within the workflow. */
  name: Scalars['String']['input'];
  shellScript?: InputMaybe<ShellScriptStepInput>;
  type: WorkflowStepType;
  wait?: InputMaybe<WaitStepInput>;
};

/** Extension (not in the FirstGen API): the step kinds the engine runs. */
export type WorkflowStepType =
  | 'APPROVAL'
  | 'DEPLOY'
  | 'HTTP'
  | 'SHELL_SCRIPT'
  | 'WAIT';

export type WorkflowTagAggregation = {
  entityType?: InputMaybe<WorkflowTagType>;
  tagName?: InputMaybe<Scalars['String']['input']>;
};

export type WorkflowTagFilter = {
  entityType?: InputMaybe<WorkflowTagType>;
  tags?: InputMaybe<Array<InputMaybe<TagInput>>>;
};

export type WorkflowTagType =
  | 'APPLICATION'
  | 'WORKFLOW';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Application: Application;
  Pipeline: Pipeline;
  Trigger: Trigger;
  Workflow: Workflow;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Application:
    ( { __typename: 'Application' }
    & GraphQLRecursivePick<FederationTypes['Application'], {"id":true}> );
  Pipeline:
    ( { __typename: 'Pipeline' }
    & GraphQLRecursivePick<FederationTypes['Pipeline'], {"id":true}> );
  Trigger:
    ( { __typename: 'Trigger' }
    & GraphQLRecursivePick<FederationTypes['Trigger'], {"id":true}> );
  Workflow:
    ( { __typename: 'Workflow' }
    & GraphQLRecursivePick<FederationTypes['Workflow'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  Cause:
    | ( CauseModelModel )
    | ( CauseModelModel )
    | ( CauseModelModel )
    | ( CauseModelModel )
  ;
  Data:
    | ( AggregatedData )
    | ( SinglePointData )
    | ( StackedData )
    | ( StackedTimeSeriesData )
    | ( TimeSeriesData )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  ApprovalDetails: ( ApprovalViewModel );
  ArtifactSelection:
    | ( FromTriggeringArtifactSource )
    | ( FromTriggeringPipeline )
    | ( FromWebhookPayload )
    | ( LastCollected )
    | ( LastDeployedFromPipeline )
    | ( LastDeployedFromWorkflow )
  ;
  Execution:
    | ( PipelineExecutionModel )
    | ( WorkflowExecutionModel )
  ;
  ManifestSelection:
    | ( FromTriggeringAppManifest )
    | ( LastCollectedManifest )
    | ( LastDeployedManifestFromPipeline )
    | ( LastDeployedManifestFromWorkflow )
    | ( ManifestFromTriggeringPipeline )
    | ( ManifestFromWebhookPayload )
  ;
  Outcome: ( OutcomeModelModel );
  PipelineStageExecution:
    | ( StageExecutionModel )
    | ( StageExecutionModel )
  ;
  TriggerAction:
    | ( Omit<PipelineAction, 'artifactSelections' | 'manifestSelections'> & { artifactSelections?: Maybe<Array<Maybe<_RefType['ArtifactSelection']>>>, manifestSelections?: Maybe<Array<Maybe<_RefType['ManifestSelection']>>> } )
    | ( Omit<WorkflowAction, 'artifactSelections' | 'manifestSelections'> & { artifactSelections?: Maybe<Array<Maybe<_RefType['ArtifactSelection']>>>, manifestSelections?: Maybe<Array<Maybe<_RefType['ManifestSelection']>>> } )
  ;
  TriggerCondition:
    | ( OnNewArtifact )
    | ( OnNewManifest )
    | ( OnPipelineCompletion )
    | ( OnSchedule )
    | ( OnWebhook )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  APIKey: ResolverTypeWrapper<ApiKey>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AbortExecutionInput: AbortExecutionInput;
  AbortExecutionPayload: ResolverTypeWrapper<AbortExecutionPayloadModelModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Action: Action;
  AddDelegateScopeInput: AddDelegateScopeInput;
  AddDelegateScopePayload: ResolverTypeWrapper<Omit<AddDelegateScopePayload, 'delegateScope'> & { delegateScope?: Maybe<ResolversTypes['DelegateScope']> }>;
  AggregatedData: ResolverTypeWrapper<AggregatedData>;
  Application: ResolverTypeWrapper<Omit<Application, 'pipelines' | 'workflows'> & { pipelines?: Maybe<ResolversTypes['PipelineConnection']>, workflows?: Maybe<ResolversTypes['WorkflowConnection']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApprovalDetails: ResolverTypeWrapper<ApprovalViewModel>;
  ApprovalDetailsPayload: ResolverTypeWrapper<Omit<ApprovalDetailsPayload, 'approvalDetails'> & { approvalDetails?: Maybe<Array<Maybe<ResolversTypes['ApprovalDetails']>>> }>;
  ApprovalStageExecution: ResolverTypeWrapper<StageExecutionModel>;
  ApprovalStageInput: ApprovalStageInput;
  ApprovalStateType: ApprovalStateType;
  ApprovalStepInput: ApprovalStepInput;
  ApprovalStepType: ApprovalStepType;
  ApproveOrRejectApprovalsInput: ApproveOrRejectApprovalsInput;
  ApproveOrRejectApprovalsInputPayload: ResolverTypeWrapper<ApproveOrRejectApprovalsInputPayload>;
  Artifact: ResolverTypeWrapper<Artifact>;
  ArtifactConditionInput: ArtifactConditionInput;
  ArtifactIdInput: ArtifactIdInput;
  ArtifactInputType: ArtifactInputType;
  ArtifactSelection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ArtifactSelection']>;
  ArtifactSelectionInput: ArtifactSelectionInput;
  ArtifactSelectionType: ArtifactSelectionType;
  ArtifactValueInput: ArtifactValueInput;
  AttachAllScopesToDelegateInput: AttachAllScopesToDelegateInput;
  AttachScopeToDelegateInput: AttachScopeToDelegateInput;
  AttachScopeToDelegatePayload: ResolverTypeWrapper<AttachScopeToDelegatePayload>;
  BitbucketEvent: BitbucketEvent;
  BuildNumberInput: BuildNumberInput;
  Cause: ResolverTypeWrapper<CauseModelModel>;
  ConditionType: ConditionType;
  ContinueExecutionPayload: ResolverTypeWrapper<ContinueExecutionPayload>;
  CountAggregateOperation: CountAggregateOperation;
  CreateDelegateTaskInput: CreateDelegateTaskInput;
  CreateDelegateTaskPayload: ResolverTypeWrapper<Omit<CreateDelegateTaskPayload, 'task'> & { task?: Maybe<ResolversTypes['DelegateTask']> }>;
  CreateDelegateTokenInput: CreateDelegateTokenInput;
  CreateDelegateTokenPayload: ResolverTypeWrapper<CreateDelegateTokenPayload>;
  CreatePipelineInput: CreatePipelineInput;
  CreatePipelinePayload: ResolverTypeWrapper<Omit<CreatePipelinePayload, 'pipeline'> & { pipeline?: Maybe<ResolversTypes['Pipeline']> }>;
  CreateTriggerInput: CreateTriggerInput;
  CreateWorkflowInput: CreateWorkflowInput;
  CreateWorkflowPayload: ResolverTypeWrapper<Omit<CreateWorkflowPayload, 'workflow'> & { workflow?: Maybe<ResolversTypes['Workflow']> }>;
  Data: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Data']>;
  DataPoint: ResolverTypeWrapper<DataPoint>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Delegate: ResolverTypeWrapper<DelegateWithLivenessModel>;
  DelegateApproval: DelegateApproval;
  DelegateApproveRejectInput: DelegateApproveRejectInput;
  DelegateApproveRejectPayload: ResolverTypeWrapper<Omit<DelegateApproveRejectPayload, 'delegate'> & { delegate?: Maybe<ResolversTypes['Delegate']> }>;
  DelegateConnection: ResolverTypeWrapper<DelegateConnection>;
  DelegateFilter: DelegateFilter;
  DelegateList: ResolverTypeWrapper<ConnectionModel<DelegateWithLivenessModel>>;
  DelegateScope: ResolverTypeWrapper<DelegateScopeModel>;
  DelegateScopeFilter: DelegateScopeFilter;
  DelegateScopeList: ResolverTypeWrapper<ConnectionModel<DelegateScopeModel>>;
  DelegateStatus: DelegateStatus;
  DelegateTask: ResolverTypeWrapper<DelegateTaskModel>;
  DelegateTaskConnection: ResolverTypeWrapper<ConnectionModel<DelegateTaskModel>>;
  DelegateTaskHttpHeaderInput: DelegateTaskHttpHeaderInput;
  DelegateTaskResult: ResolverTypeWrapper<DelegateTaskResult>;
  DelegateTaskStatus: DelegateTaskStatus;
  DelegateTaskType: DelegateTaskType;
  DelegateTaskWait: ResolverTypeWrapper<DelegateTaskWait>;
  DelegateType: DelegateType;
  DeleteDelegateInput: DeleteDelegateInput;
  DeleteDelegatePayload: ResolverTypeWrapper<DeleteDelegatePayload>;
  DeletePipelineInput: DeletePipelineInput;
  DeletePipelinePayload: ResolverTypeWrapper<DeletePipelinePayload>;
  DeleteTriggerInput: DeleteTriggerInput;
  DeleteTriggerPayload: ResolverTypeWrapper<DeleteTriggerPayload>;
  DeleteWorkflowInput: DeleteWorkflowInput;
  DeleteWorkflowPayload: ResolverTypeWrapper<DeleteWorkflowPayload>;
  DeployStepInput: DeployStepInput;
  DeploymentAggregation: DeploymentAggregation;
  DeploymentAggregationFunction: DeploymentAggregationFunction;
  DeploymentEntityAggregation: DeploymentEntityAggregation;
  DeploymentFilter: DeploymentFilter;
  DeploymentOutcome: ResolverTypeWrapper<OutcomeModelModel>;
  DeploymentSortCriteria: DeploymentSortCriteria;
  DeploymentSortType: DeploymentSortType;
  DeploymentTag: ResolverTypeWrapper<DeploymentTag>;
  DeploymentTagAggregation: DeploymentTagAggregation;
  DeploymentTagFilter: DeploymentTagFilter;
  DeploymentTagType: DeploymentTagType;
  DurationAggregateOperation: DurationAggregateOperation;
  EmbeddedUser: ResolverTypeWrapper<EmbeddedUser>;
  EnumOperator: EnumOperator;
  EnvSummary: ResolverTypeWrapper<EnvSummary>;
  Environment: ResolverTypeWrapper<Environment>;
  EnvironmentType: EnvironmentType;
  EnvironmentTypeFilter: EnvironmentTypeFilter;
  ExecuteOptions: ExecuteOptions;
  ExecutedAlongPipeline: ResolverTypeWrapper<CauseModelModel>;
  ExecutedByAPIKey: ResolverTypeWrapper<CauseModelModel>;
  ExecutedByTrigger: ResolverTypeWrapper<CauseModelModel>;
  ExecutedByUser: ResolverTypeWrapper<CauseModelModel>;
  Execution: ResolverTypeWrapper<ExecutionModel>;
  ExecutionConnection: ResolverTypeWrapper<ConnectionModel<ExecutionModel>>;
  ExecutionFilter: ExecutionFilter;
  ExecutionInputs: ResolverTypeWrapper<ExecutionInputs>;
  ExecutionStatus: ExecutionStatus;
  ExecutionStepLog: ResolverTypeWrapper<StepExecutionModel>;
  ExecutionType: ExecutionType;
  ExportExecutionFilter: ExportExecutionFilter;
  ExportExecutionsInput: ExportExecutionsInput;
  ExportExecutionsPayload: ResolverTypeWrapper<ExportExecutionsPayload>;
  ExportExecutionsStatus: ExportExecutionsStatus;
  FromTriggeringAppManifest: ResolverTypeWrapper<FromTriggeringAppManifest>;
  FromTriggeringArtifactSource: ResolverTypeWrapper<FromTriggeringArtifactSource>;
  FromTriggeringPipeline: ResolverTypeWrapper<FromTriggeringPipeline>;
  FromWebhookPayload: ResolverTypeWrapper<FromWebhookPayload>;
  FrozenExecution: ResolverTypeWrapper<Omit<FrozenExecution, 'execution'> & { execution?: Maybe<ResolversTypes['Execution']> }>;
  FrozenExecutionConnection: ResolverTypeWrapper<ConnectionModel<never>>;
  FrozenExecutionFilter: FrozenExecutionFilter;
  GitHubAction: GitHubAction;
  GitHubEvent: GitHubEvent;
  GitHubEventType: GitHubEventType;
  GitlabEvent: GitlabEvent;
  HttpHeader: ResolverTypeWrapper<HttpHeader>;
  HttpHeaderInput: HttpHeaderInput;
  HttpStepInput: HttpStepInput;
  IdFilter: IdFilter;
  IdOperator: IdOperator;
  InfrastructureDefinition: ResolverTypeWrapper<InfrastructureDefinition>;
  InputVariable: ResolverTypeWrapper<InputVariable>;
  LastCollected: ResolverTypeWrapper<LastCollected>;
  LastCollectedManifest: ResolverTypeWrapper<LastCollectedManifest>;
  LastDeployedFromPipeline: ResolverTypeWrapper<LastDeployedFromPipeline>;
  LastDeployedFromWorkflow: ResolverTypeWrapper<LastDeployedFromWorkflow>;
  LastDeployedManifestFromPipeline: ResolverTypeWrapper<LastDeployedManifestFromPipeline>;
  LastDeployedManifestFromWorkflow: ResolverTypeWrapper<LastDeployedManifestFromWorkflow>;
  Long: ResolverTypeWrapper<Scalars['Long']['output']>;
  Manifest: ResolverTypeWrapper<ManifestModelModel>;
  ManifestConditionInput: ManifestConditionInput;
  ManifestFromTriggeringPipeline: ResolverTypeWrapper<ManifestFromTriggeringPipeline>;
  ManifestFromWebhookPayload: ResolverTypeWrapper<ManifestFromWebhookPayload>;
  ManifestInputType: ManifestInputType;
  ManifestSelection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ManifestSelection']>;
  ManifestSelectionInput: ManifestSelectionInput;
  ManifestSelectionType: ManifestSelectionType;
  ManifestValueInput: ManifestValueInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameValuePair: ResolverTypeWrapper<NameValuePair>;
  Number: ResolverTypeWrapper<Scalars['Number']['output']>;
  NumberFilter: NumberFilter;
  NumericOperator: NumericOperator;
  OnNewArtifact: ResolverTypeWrapper<OnNewArtifact>;
  OnNewManifest: ResolverTypeWrapper<OnNewManifest>;
  OnPipelineCompletion: ResolverTypeWrapper<OnPipelineCompletion>;
  OnSchedule: ResolverTypeWrapper<OnSchedule>;
  OnWebhook: ResolverTypeWrapper<OnWebhook>;
  OrchestrationWorkflowType: OrchestrationWorkflowType;
  OrchestrationWorkflowTypeFilter: OrchestrationWorkflowTypeFilter;
  Outcome: ResolverTypeWrapper<OutcomeModelModel>;
  OutcomeConnection: ResolverTypeWrapper<ConnectionModel<OutcomeModelModel>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParameterValueInput: ParameterValueInput;
  ParameterizedArtifactSourceInput: ParameterizedArtifactSourceInput;
  Pipeline: ResolverTypeWrapper<PipelineModel>;
  PipelineAction: ResolverTypeWrapper<Omit<PipelineAction, 'artifactSelections' | 'manifestSelections'> & { artifactSelections?: Maybe<Array<Maybe<ResolversTypes['ArtifactSelection']>>>, manifestSelections?: Maybe<Array<Maybe<ResolversTypes['ManifestSelection']>>> }>;
  PipelineAggregation: PipelineAggregation;
  PipelineConditionInput: PipelineConditionInput;
  PipelineConnection: ResolverTypeWrapper<ConnectionModel<PipelineModel>>;
  PipelineEntityAggregation: PipelineEntityAggregation;
  PipelineExecution: ResolverTypeWrapper<PipelineExecutionModel>;
  PipelineFilter: PipelineFilter;
  PipelineStage: ResolverTypeWrapper<PipelineStage>;
  PipelineStageExecution: ResolverTypeWrapper<StageExecutionModel>;
  PipelineStageInput: PipelineStageInput;
  PipelineStageType: PipelineStageType;
  PipelineTagAggregation: PipelineTagAggregation;
  PipelineTagFilter: PipelineTagFilter;
  PipelineTagType: PipelineTagType;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordManifestVersionInput: RecordManifestVersionInput;
  RecordManifestVersionPayload: ResolverTypeWrapper<Omit<RecordManifestVersionPayload, 'firings' | 'manifest'> & { firings?: Maybe<Array<Maybe<ResolversTypes['TriggerFiring']>>>, manifest?: Maybe<ResolversTypes['Manifest']> }>;
  Reference: ResolverTypeWrapper<Reference>;
  ResumeExecutionInput: ResumeExecutionInput;
  ResumeExecutionPayload: ResolverTypeWrapper<Omit<ResumeExecutionPayload, 'execution'> & { execution?: Maybe<ResolversTypes['Execution']> }>;
  RuntimeExecutionInputsToResumePipeline: RuntimeExecutionInputsToResumePipeline;
  ScheduleConditionInput: ScheduleConditionInput;
  Service: ResolverTypeWrapper<Service>;
  ServiceInput: ServiceInput;
  ShellScriptStepInput: ShellScriptStepInput;
  SinglePointData: ResolverTypeWrapper<SinglePointData>;
  SortOrder: SortOrder;
  StackedData: ResolverTypeWrapper<StackedData>;
  StackedDataPoint: ResolverTypeWrapper<StackedDataPoint>;
  StackedTimeSeriesData: ResolverTypeWrapper<StackedTimeSeriesData>;
  StackedTimeSeriesDataPoint: ResolverTypeWrapper<StackedTimeSeriesDataPoint>;
  StageWorkflowVariable: ResolverTypeWrapper<StageWorkflowVariable>;
  StageWorkflowVariableInput: StageWorkflowVariableInput;
  StartExecutionInput: StartExecutionInput;
  StartExecutionPayload: ResolverTypeWrapper<StartExecutionPayloadModelModel>;
  Tag: ResolverTypeWrapper<Tag>;
  TagInput: TagInput;
  TaskGroup: TaskGroup;
  TimeAggregationType: TimeAggregationType;
  TimeFilter: TimeFilter;
  TimeOperator: TimeOperator;
  TimeSeriesAggregation: TimeSeriesAggregation;
  TimeSeriesData: ResolverTypeWrapper<TimeSeriesData>;
  TimeSeriesDataPoint: ResolverTypeWrapper<TimeSeriesDataPoint>;
  Trigger: ResolverTypeWrapper<TriggerModel>;
  TriggerAction: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['TriggerAction']>;
  TriggerActionInput: TriggerActionInput;
  TriggerCondition: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['TriggerCondition']>;
  TriggerConditionInput: TriggerConditionInput;
  TriggerConditionType: TriggerConditionType;
  TriggerConnection: ResolverTypeWrapper<ConnectionModel<TriggerModel>>;
  TriggerFilter: TriggerFilter;
  TriggerFiring: ResolverTypeWrapper<TriggerFiringModel>;
  TriggerFiringArtifact: ResolverTypeWrapper<TriggerFiringArtifact>;
  TriggerFiringConnection: ResolverTypeWrapper<ConnectionModel<TriggerFiringModel>>;
  TriggerFiringStatus: TriggerFiringStatus;
  TriggerPayload: ResolverTypeWrapper<Omit<TriggerPayload, 'trigger'> & { trigger?: Maybe<ResolversTypes['Trigger']> }>;
  TriggerRefusalReason: TriggerRefusalReason;
  TriggerTagFilter: TriggerTagFilter;
  TriggerTagType: TriggerTagType;
  TriggerVariableValue: ResolverTypeWrapper<TriggerVariableValue>;
  UpdatePipelineInput: UpdatePipelineInput;
  UpdatePipelinePayload: ResolverTypeWrapper<Omit<UpdatePipelinePayload, 'pipeline'> & { pipeline?: Maybe<ResolversTypes['Pipeline']> }>;
  UpdateTriggerInput: UpdateTriggerInput;
  UpdateTriggerPayload: ResolverTypeWrapper<Omit<UpdateTriggerPayload, 'trigger'> & { trigger?: Maybe<ResolversTypes['Trigger']> }>;
  UpdateWorkflowInput: UpdateWorkflowInput;
  UpdateWorkflowPayload: ResolverTypeWrapper<Omit<UpdateWorkflowPayload, 'workflow'> & { workflow?: Maybe<ResolversTypes['Workflow']> }>;
  User: ResolverTypeWrapper<User>;
  UserGroupApprovalDetails: ResolverTypeWrapper<ApprovalViewModel>;
  UserInput: UserInput;
  Variable: ResolverTypeWrapper<Variable>;
  VariableDefinitionInput: VariableDefinitionInput;
  VariableInput: VariableInput;
  VariableValue: VariableValue;
  VariableValueType: VariableValueType;
  VersionNumberInput: VersionNumberInput;
  WaitStepInput: WaitStepInput;
  WebhookConditionInput: WebhookConditionInput;
  WebhookEvent: ResolverTypeWrapper<WebhookEvent>;
  WebhookSource: WebhookSource;
  WebhoookDetails: ResolverTypeWrapper<WebhoookDetails>;
  Workflow: ResolverTypeWrapper<WorkflowRecordModel>;
  WorkflowAction: ResolverTypeWrapper<Omit<WorkflowAction, 'artifactSelections' | 'manifestSelections'> & { artifactSelections?: Maybe<Array<Maybe<ResolversTypes['ArtifactSelection']>>>, manifestSelections?: Maybe<Array<Maybe<ResolversTypes['ManifestSelection']>>> }>;
  WorkflowAggregation: WorkflowAggregation;
  WorkflowConnection: ResolverTypeWrapper<ConnectionModel<WorkflowRecordModel>>;
  WorkflowEntityAggregation: WorkflowEntityAggregation;
  WorkflowExecution: ResolverTypeWrapper<WorkflowExecutionModel>;
  WorkflowFilter: WorkflowFilter;
  WorkflowPhase: ResolverTypeWrapper<WorkflowPhase>;
  WorkflowPhaseInput: WorkflowPhaseInput;
  WorkflowStageExecution: ResolverTypeWrapper<StageExecutionModel>;
  WorkflowStageInput: WorkflowStageInput;
  WorkflowStep: ResolverTypeWrapper<WorkflowStep>;
  WorkflowStepInput: WorkflowStepInput;
  WorkflowStepType: WorkflowStepType;
  WorkflowTagAggregation: WorkflowTagAggregation;
  WorkflowTagFilter: WorkflowTagFilter;
  WorkflowTagType: WorkflowTagType;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  APIKey: ApiKey;
  String: Scalars['String']['output'];
  AbortExecutionInput: AbortExecutionInput;
  AbortExecutionPayload: AbortExecutionPayloadModelModel;
  Boolean: Scalars['Boolean']['output'];
  AddDelegateScopeInput: AddDelegateScopeInput;
  AddDelegateScopePayload: Omit<AddDelegateScopePayload, 'delegateScope'> & { delegateScope?: Maybe<ResolversParentTypes['DelegateScope']> };
  AggregatedData: AggregatedData;
  Application: Omit<Application, 'pipelines' | 'workflows'> & { pipelines?: Maybe<ResolversParentTypes['PipelineConnection']>, workflows?: Maybe<ResolversParentTypes['WorkflowConnection']> } | FederationReferenceTypes['Application'];
  Int: Scalars['Int']['output'];
  ApprovalDetails: ApprovalViewModel;
  ApprovalDetailsPayload: Omit<ApprovalDetailsPayload, 'approvalDetails'> & { approvalDetails?: Maybe<Array<Maybe<ResolversParentTypes['ApprovalDetails']>>> };
  ApprovalStageExecution: StageExecutionModel;
  ApprovalStageInput: ApprovalStageInput;
  ApprovalStepInput: ApprovalStepInput;
  ApproveOrRejectApprovalsInput: ApproveOrRejectApprovalsInput;
  ApproveOrRejectApprovalsInputPayload: ApproveOrRejectApprovalsInputPayload;
  Artifact: Artifact;
  ArtifactConditionInput: ArtifactConditionInput;
  ArtifactIdInput: ArtifactIdInput;
  ArtifactSelection: ResolversInterfaceTypes<ResolversParentTypes>['ArtifactSelection'];
  ArtifactSelectionInput: ArtifactSelectionInput;
  ArtifactValueInput: ArtifactValueInput;
  AttachAllScopesToDelegateInput: AttachAllScopesToDelegateInput;
  AttachScopeToDelegateInput: AttachScopeToDelegateInput;
  AttachScopeToDelegatePayload: AttachScopeToDelegatePayload;
  BuildNumberInput: BuildNumberInput;
  Cause: CauseModelModel;
  ContinueExecutionPayload: ContinueExecutionPayload;
  CreateDelegateTaskInput: CreateDelegateTaskInput;
  CreateDelegateTaskPayload: Omit<CreateDelegateTaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['DelegateTask']> };
  CreateDelegateTokenInput: CreateDelegateTokenInput;
  CreateDelegateTokenPayload: CreateDelegateTokenPayload;
  CreatePipelineInput: CreatePipelineInput;
  CreatePipelinePayload: Omit<CreatePipelinePayload, 'pipeline'> & { pipeline?: Maybe<ResolversParentTypes['Pipeline']> };
  CreateTriggerInput: CreateTriggerInput;
  CreateWorkflowInput: CreateWorkflowInput;
  CreateWorkflowPayload: Omit<CreateWorkflowPayload, 'workflow'> & { workflow?: Maybe<ResolversParentTypes['Workflow']> };
  Data: ResolversUnionTypes<ResolversParentTypes>['Data'];
  DataPoint: DataPoint;
  DateTime: Scalars['DateTime']['output'];
  Delegate: DelegateWithLivenessModel;
  DelegateApproveRejectInput: DelegateApproveRejectInput;
  DelegateApproveRejectPayload: Omit<DelegateApproveRejectPayload, 'delegate'> & { delegate?: Maybe<ResolversParentTypes['Delegate']> };
  DelegateConnection: DelegateConnection;
  DelegateFilter: DelegateFilter;
  DelegateList: ConnectionModel<DelegateWithLivenessModel>;
  DelegateScope: DelegateScopeModel;
  DelegateScopeFilter: DelegateScopeFilter;
  DelegateScopeList: ConnectionModel<DelegateScopeModel>;
  DelegateTask: DelegateTaskModel;
  DelegateTaskConnection: ConnectionModel<DelegateTaskModel>;
  DelegateTaskHttpHeaderInput: DelegateTaskHttpHeaderInput;
  DelegateTaskResult: DelegateTaskResult;
  DelegateTaskWait: DelegateTaskWait;
  DeleteDelegateInput: DeleteDelegateInput;
  DeleteDelegatePayload: DeleteDelegatePayload;
  DeletePipelineInput: DeletePipelineInput;
  DeletePipelinePayload: DeletePipelinePayload;
  DeleteTriggerInput: DeleteTriggerInput;
  DeleteTriggerPayload: DeleteTriggerPayload;
  DeleteWorkflowInput: DeleteWorkflowInput;
  DeleteWorkflowPayload: DeleteWorkflowPayload;
  DeployStepInput: DeployStepInput;
  DeploymentAggregation: DeploymentAggregation;
  DeploymentAggregationFunction: DeploymentAggregationFunction;
  DeploymentFilter: DeploymentFilter;
  DeploymentOutcome: OutcomeModelModel;
  DeploymentSortCriteria: DeploymentSortCriteria;
  DeploymentTag: DeploymentTag;
  DeploymentTagAggregation: DeploymentTagAggregation;
  DeploymentTagFilter: DeploymentTagFilter;
  EmbeddedUser: EmbeddedUser;
  EnvSummary: EnvSummary;
  Environment: Environment;
  EnvironmentTypeFilter: EnvironmentTypeFilter;
  ExecutedAlongPipeline: CauseModelModel;
  ExecutedByAPIKey: CauseModelModel;
  ExecutedByTrigger: CauseModelModel;
  ExecutedByUser: CauseModelModel;
  Execution: ExecutionModel;
  ExecutionConnection: ConnectionModel<ExecutionModel>;
  ExecutionFilter: ExecutionFilter;
  ExecutionInputs: ExecutionInputs;
  ExecutionStepLog: StepExecutionModel;
  ExportExecutionFilter: ExportExecutionFilter;
  ExportExecutionsInput: ExportExecutionsInput;
  ExportExecutionsPayload: ExportExecutionsPayload;
  FromTriggeringAppManifest: FromTriggeringAppManifest;
  FromTriggeringArtifactSource: FromTriggeringArtifactSource;
  FromTriggeringPipeline: FromTriggeringPipeline;
  FromWebhookPayload: FromWebhookPayload;
  FrozenExecution: Omit<FrozenExecution, 'execution'> & { execution?: Maybe<ResolversParentTypes['Execution']> };
  FrozenExecutionConnection: ConnectionModel<never>;
  FrozenExecutionFilter: FrozenExecutionFilter;
  GitHubEvent: GitHubEvent;
  HttpHeader: HttpHeader;
  HttpHeaderInput: HttpHeaderInput;
  HttpStepInput: HttpStepInput;
  IdFilter: IdFilter;
  InfrastructureDefinition: InfrastructureDefinition;
  InputVariable: InputVariable;
  LastCollected: LastCollected;
  LastCollectedManifest: LastCollectedManifest;
  LastDeployedFromPipeline: LastDeployedFromPipeline;
  LastDeployedFromWorkflow: LastDeployedFromWorkflow;
  LastDeployedManifestFromPipeline: LastDeployedManifestFromPipeline;
  LastDeployedManifestFromWorkflow: LastDeployedManifestFromWorkflow;
  Long: Scalars['Long']['output'];
  Manifest: ManifestModelModel;
  ManifestConditionInput: ManifestConditionInput;
  ManifestFromTriggeringPipeline: ManifestFromTriggeringPipeline;
  ManifestFromWebhookPayload: ManifestFromWebhookPayload;
  ManifestSelection: ResolversInterfaceTypes<ResolversParentTypes>['ManifestSelection'];
  ManifestSelectionInput: ManifestSelectionInput;
  ManifestValueInput: ManifestValueInput;
  Mutation: Record<PropertyKey, never>;
  NameValuePair: NameValuePair;
  Number: Scalars['Number']['output'];
  NumberFilter: NumberFilter;
  OnNewArtifact: OnNewArtifact;
  OnNewManifest: OnNewManifest;
  OnPipelineCompletion: OnPipelineCompletion;
  OnSchedule: OnSchedule;
  OnWebhook: OnWebhook;
  OrchestrationWorkflowTypeFilter: OrchestrationWorkflowTypeFilter;
  Outcome: OutcomeModelModel;
  OutcomeConnection: ConnectionModel<OutcomeModelModel>;
  PageInfo: PageInfo;
  ParameterValueInput: ParameterValueInput;
  ParameterizedArtifactSourceInput: ParameterizedArtifactSourceInput;
  Pipeline: PipelineModel;
  PipelineAction: Omit<PipelineAction, 'artifactSelections' | 'manifestSelections'> & { artifactSelections?: Maybe<Array<Maybe<ResolversParentTypes['ArtifactSelection']>>>, manifestSelections?: Maybe<Array<Maybe<ResolversParentTypes['ManifestSelection']>>> };
  PipelineAggregation: PipelineAggregation;
  PipelineConditionInput: PipelineConditionInput;
  PipelineConnection: ConnectionModel<PipelineModel>;
  PipelineExecution: PipelineExecutionModel;
  PipelineFilter: PipelineFilter;
  PipelineStage: PipelineStage;
  PipelineStageExecution: StageExecutionModel;
  PipelineStageInput: PipelineStageInput;
  PipelineTagAggregation: PipelineTagAggregation;
  PipelineTagFilter: PipelineTagFilter;
  Query: Record<PropertyKey, never>;
  RecordManifestVersionInput: RecordManifestVersionInput;
  RecordManifestVersionPayload: Omit<RecordManifestVersionPayload, 'firings' | 'manifest'> & { firings?: Maybe<Array<Maybe<ResolversParentTypes['TriggerFiring']>>>, manifest?: Maybe<ResolversParentTypes['Manifest']> };
  Reference: Reference;
  ResumeExecutionInput: ResumeExecutionInput;
  ResumeExecutionPayload: Omit<ResumeExecutionPayload, 'execution'> & { execution?: Maybe<ResolversParentTypes['Execution']> };
  RuntimeExecutionInputsToResumePipeline: RuntimeExecutionInputsToResumePipeline;
  ScheduleConditionInput: ScheduleConditionInput;
  Service: Service;
  ServiceInput: ServiceInput;
  ShellScriptStepInput: ShellScriptStepInput;
  SinglePointData: SinglePointData;
  StackedData: StackedData;
  StackedDataPoint: StackedDataPoint;
  StackedTimeSeriesData: StackedTimeSeriesData;
  StackedTimeSeriesDataPoint: StackedTimeSeriesDataPoint;
  StageWorkflowVariable: StageWorkflowVariable;
  StageWorkflowVariableInput: StageWorkflowVariableInput;
  StartExecutionInput: StartExecutionInput;
  StartExecutionPayload: StartExecutionPayloadModelModel;
  Tag: Tag;
  TagInput: TagInput;
  TimeFilter: TimeFilter;
  TimeSeriesAggregation: TimeSeriesAggregation;
  TimeSeriesData: TimeSeriesData;
  TimeSeriesDataPoint: TimeSeriesDataPoint;
  Trigger: TriggerModel;
  TriggerAction: ResolversInterfaceTypes<ResolversParentTypes>['TriggerAction'];
  TriggerActionInput: TriggerActionInput;
  TriggerCondition: ResolversInterfaceTypes<ResolversParentTypes>['TriggerCondition'];
  TriggerConditionInput: TriggerConditionInput;
  TriggerConnection: ConnectionModel<TriggerModel>;
  TriggerFilter: TriggerFilter;
  TriggerFiring: TriggerFiringModel;
  TriggerFiringArtifact: TriggerFiringArtifact;
  TriggerFiringConnection: ConnectionModel<TriggerFiringModel>;
  TriggerPayload: Omit<TriggerPayload, 'trigger'> & { trigger?: Maybe<ResolversParentTypes['Trigger']> };
  TriggerTagFilter: TriggerTagFilter;
  TriggerVariableValue: TriggerVariableValue;
  UpdatePipelineInput: UpdatePipelineInput;
  UpdatePipelinePayload: Omit<UpdatePipelinePayload, 'pipeline'> & { pipeline?: Maybe<ResolversParentTypes['Pipeline']> };
  UpdateTriggerInput: UpdateTriggerInput;
  UpdateTriggerPayload: Omit<UpdateTriggerPayload, 'trigger'> & { trigger?: Maybe<ResolversParentTypes['Trigger']> };
  UpdateWorkflowInput: UpdateWorkflowInput;
  UpdateWorkflowPayload: Omit<UpdateWorkflowPayload, 'workflow'> & { workflow?: Maybe<ResolversParentTypes['Workflow']> };
  User: User;
  UserGroupApprovalDetails: ApprovalViewModel;
  UserInput: UserInput;
  Variable: Variable;
  VariableDefinitionInput: VariableDefinitionInput;
  VariableInput: VariableInput;
  VariableValue: VariableValue;
  VersionNumberInput: VersionNumberInput;
  WaitStepInput: WaitStepInput;
  WebhookConditionInput: WebhookConditionInput;
  WebhookEvent: WebhookEvent;
  WebhoookDetails: WebhoookDetails;
  Workflow: WorkflowRecordModel;
  WorkflowAction: Omit<WorkflowAction, 'artifactSelections' | 'manifestSelections'> & { artifactSelections?: Maybe<Array<Maybe<ResolversParentTypes['ArtifactSelection']>>>, manifestSelections?: Maybe<Array<Maybe<ResolversParentTypes['ManifestSelection']>>> };
  WorkflowAggregation: WorkflowAggregation;
  WorkflowConnection: ConnectionModel<WorkflowRecordModel>;
  WorkflowExecution: WorkflowExecutionModel;
  WorkflowFilter: WorkflowFilter;
  WorkflowPhase: WorkflowPhase;
  WorkflowPhaseInput: WorkflowPhaseInput;
  WorkflowStageExecution: StageExecutionModel;
  WorkflowStageInput: WorkflowStageInput;
  WorkflowStep: WorkflowStep;
  WorkflowStepInput: WorkflowStepInput;
  WorkflowTagAggregation: WorkflowTagAggregation;
  WorkflowTagFilter: WorkflowTagFilter;
};

export type ApiKeyResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['APIKey'] = ResolversParentTypes['APIKey']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AbortExecutionPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['AbortExecutionPayload'] = ResolversParentTypes['AbortExecutionPayload']> = {
  aborted?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
};

export type AddDelegateScopePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['AddDelegateScopePayload'] = ResolversParentTypes['AddDelegateScopePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegateScope?: Resolver<Maybe<ResolversTypes['DelegateScope']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AggregatedDataResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['AggregatedData'] = ResolversParentTypes['AggregatedData']> = {
  dataPoints?: Resolver<Maybe<Array<Maybe<ResolversTypes['DataPoint']>>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelines?: Resolver<Maybe<ResolversTypes['PipelineConnection']>, ParentType, ContextType, RequireFields<ApplicationPipelinesArgs, 'limit'>>;
  workflows?: Resolver<Maybe<ResolversTypes['WorkflowConnection']>, ParentType, ContextType, RequireFields<ApplicationWorkflowsArgs, 'limit'>>;
};

export type ApprovalDetailsResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ApprovalDetails'] = ResolversParentTypes['ApprovalDetails']> = {
  __resolveType: TypeResolveFn<'UserGroupApprovalDetails', ParentType, ContextType>;
};

export type ApprovalDetailsPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ApprovalDetailsPayload'] = ResolversParentTypes['ApprovalDetailsPayload']> = {
  approvalDetails?: Resolver<Maybe<Array<Maybe<ResolversTypes['ApprovalDetails']>>>, ParentType, ContextType>;
};

export type ApprovalStageExecutionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ApprovalStageExecution'] = ResolversParentTypes['ApprovalStageExecution']> = {
  approvalStepType?: Resolver<Maybe<ResolversTypes['ApprovalStepType']>, ParentType, ContextType>;
  pipelineStageElementId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelineStageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelineStepName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ExecutionStatus']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApproveOrRejectApprovalsInputPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ApproveOrRejectApprovalsInputPayload'] = ResolversParentTypes['ApproveOrRejectApprovalsInputPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ArtifactResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Artifact'] = ResolversParentTypes['Artifact']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ArtifactSelectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ArtifactSelection'] = ResolversParentTypes['ArtifactSelection']> = {
  __resolveType: TypeResolveFn<'FromTriggeringArtifactSource' | 'FromTriggeringPipeline' | 'FromWebhookPayload' | 'LastCollected' | 'LastDeployedFromPipeline' | 'LastDeployedFromWorkflow', ParentType, ContextType>;
};

export type AttachScopeToDelegatePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['AttachScopeToDelegatePayload'] = ResolversParentTypes['AttachScopeToDelegatePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CauseResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Cause'] = ResolversParentTypes['Cause']> = {
  __resolveType: TypeResolveFn<'ExecutedAlongPipeline' | 'ExecutedByAPIKey' | 'ExecutedByTrigger' | 'ExecutedByUser', ParentType, ContextType>;
};

export type ContinueExecutionPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ContinueExecutionPayload'] = ResolversParentTypes['ContinueExecutionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type CreateDelegateTaskPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['CreateDelegateTaskPayload'] = ResolversParentTypes['CreateDelegateTaskPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['DelegateTask']>, ParentType, ContextType>;
};

export type CreateDelegateTokenPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['CreateDelegateTokenPayload'] = ResolversParentTypes['CreateDelegateTokenPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreatePipelinePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['CreatePipelinePayload'] = ResolversParentTypes['CreatePipelinePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType>;
};

export type CreateWorkflowPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['CreateWorkflowPayload'] = ResolversParentTypes['CreateWorkflowPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
};

export type DataResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Data'] = ResolversParentTypes['Data']> = {
  __resolveType: TypeResolveFn<'AggregatedData' | 'SinglePointData' | 'StackedData' | 'StackedTimeSeriesData' | 'TimeSeriesData', ParentType, ContextType>;
};

export type DataPointResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DataPoint'] = ResolversParentTypes['DataPoint']> = {
  key?: Resolver<Maybe<ResolversTypes['Reference']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Number']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelegateResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Delegate'] = ResolversParentTypes['Delegate']> = {
  accountId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  connections?: Resolver<Maybe<Array<Maybe<ResolversTypes['DelegateConnection']>>>, ParentType, ContextType>;
  delegateName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegateProfileId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegateType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disconnected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  excludeScopes?: Resolver<Maybe<Array<Maybe<ResolversTypes['DelegateScope']>>>, ParentType, ContextType>;
  hostName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  includeScopes?: Resolver<Maybe<Array<Maybe<ResolversTypes['DelegateScope']>>>, ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastHeartBeat?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  lastHeartbeat?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  polllingModeEnabled?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supportedTasks?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  uuid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DelegateApproveRejectPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateApproveRejectPayload'] = ResolversParentTypes['DelegateApproveRejectPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegate?: Resolver<Maybe<ResolversTypes['Delegate']>, ParentType, ContextType>;
};

export type DelegateConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateConnection'] = ResolversParentTypes['DelegateConnection']> = {
  disconnected?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DelegateListResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateList'] = ResolversParentTypes['DelegateList']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Delegate']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type DelegateScopeResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateScope'] = ResolversParentTypes['DelegateScope']> = {
  applications?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  environmentTypes?: Resolver<Maybe<Array<Maybe<ResolversTypes['EnvironmentType']>>>, ParentType, ContextType>;
  environments?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  infrastructureDefinitions?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  services?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  taskTypes?: Resolver<Maybe<Array<Maybe<ResolversTypes['TaskGroup']>>>, ParentType, ContextType>;
  uuid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DelegateScopeListResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateScopeList'] = ResolversParentTypes['DelegateScopeList']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['DelegateScope']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type DelegateTaskResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateTask'] = ResolversParentTypes['DelegateTask']> = {
  acquiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  attempts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  delegateId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leaseUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['DelegateTaskResult']>, ParentType, ContextType>;
  selectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  waiting?: Resolver<Maybe<ResolversTypes['DelegateTaskWait']>, ParentType, ContextType>;
};

export type DelegateTaskConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateTaskConnection'] = ResolversParentTypes['DelegateTaskConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['DelegateTask']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type DelegateTaskResultResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateTaskResult'] = ResolversParentTypes['DelegateTaskResult']> = {
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exitCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DelegateTaskWaitResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DelegateTaskWait'] = ResolversParentTypes['DelegateTaskWait']> = {
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteDelegatePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DeleteDelegatePayload'] = ResolversParentTypes['DeleteDelegatePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeletePipelinePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DeletePipelinePayload'] = ResolversParentTypes['DeletePipelinePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteTriggerPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DeleteTriggerPayload'] = ResolversParentTypes['DeleteTriggerPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeleteWorkflowPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DeleteWorkflowPayload'] = ResolversParentTypes['DeleteWorkflowPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DeploymentOutcomeResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DeploymentOutcome'] = ResolversParentTypes['DeploymentOutcome']> = {
  environment?: Resolver<Maybe<ResolversTypes['Environment']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  infrastructureDefinition?: Resolver<Maybe<ResolversTypes['InfrastructureDefinition']>, ParentType, ContextType>;
  service?: Resolver<Maybe<ResolversTypes['Service']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeploymentTagResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DeploymentTag'] = ResolversParentTypes['DeploymentTag']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmbeddedUserResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['EmbeddedUser'] = ResolversParentTypes['EmbeddedUser']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EnvSummaryResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['EnvSummary'] = ResolversParentTypes['EnvSummary']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['EnvironmentType']>, ParentType, ContextType>;
};

export type EnvironmentResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Environment'] = ResolversParentTypes['Environment']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExecutedAlongPipelineResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ExecutedAlongPipeline'] = ResolversParentTypes['ExecutedAlongPipeline']> = {
  execution?: Resolver<Maybe<ResolversTypes['PipelineExecution']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExecutedByApiKeyResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ExecutedByAPIKey'] = ResolversParentTypes['ExecutedByAPIKey']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['APIKey']>, ParentType, ContextType>;
  using?: Resolver<Maybe<ResolversTypes['ExecuteOptions']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExecutedByTriggerResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ExecutedByTrigger'] = ResolversParentTypes['ExecutedByTrigger']> = {
  trigger?: Resolver<Maybe<ResolversTypes['Trigger']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExecutedByUserResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ExecutedByUser'] = ResolversParentTypes['ExecutedByUser']> = {
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  using?: Resolver<Maybe<ResolversTypes['ExecuteOptions']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExecutionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Execution'] = ResolversParentTypes['Execution']> = {
  __resolveType: TypeResolveFn<'PipelineExecution' | 'WorkflowExecution', ParentType, ContextType>;
};

export type ExecutionConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ExecutionConnection'] = ResolversParentTypes['ExecutionConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Execution']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type ExecutionInputsResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ExecutionInputs'] = ResolversParentTypes['ExecutionInputs']> = {
  serviceInputs?: Resolver<Maybe<Array<Maybe<ResolversTypes['Service']>>>, ParentType, ContextType>;
  serviceManifestInputs?: Resolver<Maybe<Array<Maybe<ResolversTypes['Service']>>>, ParentType, ContextType>;
};

export type ExecutionStepLogResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ExecutionStepLog'] = ResolversParentTypes['ExecutionStepLog']> = {
  delegateTaskId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  exitCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  failureDetails?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  httpStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  output?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phaseName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ExecutionStatus']>, ParentType, ContextType>;
  stepId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stepName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stepType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ExportExecutionsPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ExportExecutionsPayload'] = ResolversParentTypes['ExportExecutionsPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downloadLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  errorMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ExportExecutionsStatus']>, ParentType, ContextType>;
  statusLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalExecutions?: Resolver<Maybe<ResolversTypes['Number']>, ParentType, ContextType>;
  triggeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type FromTriggeringAppManifestResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['FromTriggeringAppManifest'] = ResolversParentTypes['FromTriggeringAppManifest']> = {
  manifestSelectionType?: Resolver<Maybe<ResolversTypes['ManifestSelectionType']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FromTriggeringArtifactSourceResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['FromTriggeringArtifactSource'] = ResolversParentTypes['FromTriggeringArtifactSource']> = {
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FromTriggeringPipelineResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['FromTriggeringPipeline'] = ResolversParentTypes['FromTriggeringPipeline']> = {
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FromWebhookPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['FromWebhookPayload'] = ResolversParentTypes['FromWebhookPayload']> = {
  artifactSourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  artifactSourceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FrozenExecutionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['FrozenExecution'] = ResolversParentTypes['FrozenExecution']> = {
  environments?: Resolver<Maybe<Array<Maybe<ResolversTypes['EnvSummary']>>>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  pipelineExecutionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectedByFreezeWindowIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  rejectedByFreezeWindowNames?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  serviceIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type FrozenExecutionConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['FrozenExecutionConnection'] = ResolversParentTypes['FrozenExecutionConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['FrozenExecution']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type HttpHeaderResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['HttpHeader'] = ResolversParentTypes['HttpHeader']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InfrastructureDefinitionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['InfrastructureDefinition'] = ResolversParentTypes['InfrastructureDefinition']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InputVariableResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['InputVariable'] = ResolversParentTypes['InputVariable']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LastCollectedResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['LastCollected'] = ResolversParentTypes['LastCollected']> = {
  artifactFilter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  artifactSourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  artifactSourceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regex?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LastCollectedManifestResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['LastCollectedManifest'] = ResolversParentTypes['LastCollectedManifest']> = {
  appManifestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appManifestName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manifestSelectionType?: Resolver<Maybe<ResolversTypes['ManifestSelectionType']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versionRegex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LastDeployedFromPipelineResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['LastDeployedFromPipeline'] = ResolversParentTypes['LastDeployedFromPipeline']> = {
  pipelineId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelineName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LastDeployedFromWorkflowResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['LastDeployedFromWorkflow'] = ResolversParentTypes['LastDeployedFromWorkflow']> = {
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workflowId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workflowName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LastDeployedManifestFromPipelineResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['LastDeployedManifestFromPipeline'] = ResolversParentTypes['LastDeployedManifestFromPipeline']> = {
  manifestSelectionType?: Resolver<Maybe<ResolversTypes['ManifestSelectionType']>, ParentType, ContextType>;
  pipelineId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelineName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LastDeployedManifestFromWorkflowResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['LastDeployedManifestFromWorkflow'] = ResolversParentTypes['LastDeployedManifestFromWorkflow']> = {
  manifestSelectionType?: Resolver<Maybe<ResolversTypes['ManifestSelectionType']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workflowId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workflowName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface LongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Long'], any> {
  name: 'Long';
}

export type ManifestResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Manifest'] = ResolversParentTypes['Manifest']> = {
  applicationManifestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ManifestFromTriggeringPipelineResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ManifestFromTriggeringPipeline'] = ResolversParentTypes['ManifestFromTriggeringPipeline']> = {
  manifestSelectionType?: Resolver<Maybe<ResolversTypes['ManifestSelectionType']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ManifestFromWebhookPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ManifestFromWebhookPayload'] = ResolversParentTypes['ManifestFromWebhookPayload']> = {
  appManifestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appManifestName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manifestSelectionType?: Resolver<Maybe<ResolversTypes['ManifestSelectionType']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ManifestSelectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ManifestSelection'] = ResolversParentTypes['ManifestSelection']> = {
  __resolveType: TypeResolveFn<'FromTriggeringAppManifest' | 'LastCollectedManifest' | 'LastDeployedManifestFromPipeline' | 'LastDeployedManifestFromWorkflow' | 'ManifestFromTriggeringPipeline' | 'ManifestFromWebhookPayload', ParentType, ContextType>;
};

export type MutationResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  abortExecution?: Resolver<Maybe<ResolversTypes['AbortExecutionPayload']>, ParentType, ContextType, RequireFields<MutationAbortExecutionArgs, 'input'>>;
  addDelegegateScope?: Resolver<Maybe<ResolversTypes['AddDelegateScopePayload']>, ParentType, ContextType, RequireFields<MutationAddDelegegateScopeArgs, 'input'>>;
  approveOrRejectApprovals?: Resolver<Maybe<ResolversTypes['ApproveOrRejectApprovalsInputPayload']>, ParentType, ContextType, RequireFields<MutationApproveOrRejectApprovalsArgs, 'input'>>;
  attachAllScopesToDelegate?: Resolver<Maybe<ResolversTypes['AttachScopeToDelegatePayload']>, ParentType, ContextType, RequireFields<MutationAttachAllScopesToDelegateArgs, 'input'>>;
  attachScopeToDelegate?: Resolver<Maybe<ResolversTypes['AttachScopeToDelegatePayload']>, ParentType, ContextType, RequireFields<MutationAttachScopeToDelegateArgs, 'input'>>;
  createDelegateTask?: Resolver<Maybe<ResolversTypes['CreateDelegateTaskPayload']>, ParentType, ContextType, RequireFields<MutationCreateDelegateTaskArgs, 'input'>>;
  createDelegateToken?: Resolver<Maybe<ResolversTypes['CreateDelegateTokenPayload']>, ParentType, ContextType, RequireFields<MutationCreateDelegateTokenArgs, 'input'>>;
  createPipeline?: Resolver<Maybe<ResolversTypes['CreatePipelinePayload']>, ParentType, ContextType, RequireFields<MutationCreatePipelineArgs, 'input'>>;
  createTrigger?: Resolver<Maybe<ResolversTypes['TriggerPayload']>, ParentType, ContextType, RequireFields<MutationCreateTriggerArgs, 'input'>>;
  createWorkflow?: Resolver<Maybe<ResolversTypes['CreateWorkflowPayload']>, ParentType, ContextType, RequireFields<MutationCreateWorkflowArgs, 'input'>>;
  delegateApproveReject?: Resolver<Maybe<ResolversTypes['DelegateApproveRejectPayload']>, ParentType, ContextType, RequireFields<MutationDelegateApproveRejectArgs, 'input'>>;
  deleteDelegate?: Resolver<Maybe<ResolversTypes['DeleteDelegatePayload']>, ParentType, ContextType, RequireFields<MutationDeleteDelegateArgs, 'input'>>;
  deletePipeline?: Resolver<Maybe<ResolversTypes['DeletePipelinePayload']>, ParentType, ContextType, RequireFields<MutationDeletePipelineArgs, 'input'>>;
  deleteTrigger?: Resolver<Maybe<ResolversTypes['DeleteTriggerPayload']>, ParentType, ContextType, RequireFields<MutationDeleteTriggerArgs, 'input'>>;
  deleteWorkflow?: Resolver<Maybe<ResolversTypes['DeleteWorkflowPayload']>, ParentType, ContextType, RequireFields<MutationDeleteWorkflowArgs, 'input'>>;
  exportExecutions?: Resolver<Maybe<ResolversTypes['ExportExecutionsPayload']>, ParentType, ContextType, RequireFields<MutationExportExecutionsArgs, 'input'>>;
  pipelineResumeRuntime?: Resolver<Maybe<ResolversTypes['ContinueExecutionPayload']>, ParentType, ContextType, RequireFields<MutationPipelineResumeRuntimeArgs, 'input'>>;
  recordManifestVersion?: Resolver<Maybe<ResolversTypes['RecordManifestVersionPayload']>, ParentType, ContextType, RequireFields<MutationRecordManifestVersionArgs, 'input'>>;
  resumeExecution?: Resolver<Maybe<ResolversTypes['ResumeExecutionPayload']>, ParentType, ContextType, Partial<MutationResumeExecutionArgs>>;
  startExecution?: Resolver<Maybe<ResolversTypes['StartExecutionPayload']>, ParentType, ContextType, RequireFields<MutationStartExecutionArgs, 'input'>>;
  updatePipeline?: Resolver<Maybe<ResolversTypes['UpdatePipelinePayload']>, ParentType, ContextType, RequireFields<MutationUpdatePipelineArgs, 'input'>>;
  updateTrigger?: Resolver<Maybe<ResolversTypes['UpdateTriggerPayload']>, ParentType, ContextType, RequireFields<MutationUpdateTriggerArgs, 'input'>>;
  updateWorkflow?: Resolver<Maybe<ResolversTypes['UpdateWorkflowPayload']>, ParentType, ContextType, RequireFields<MutationUpdateWorkflowArgs, 'input'>>;
};

export type NameValuePairResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['NameValuePair'] = ResolversParentTypes['NameValuePair']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface NumberScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Number'], any> {
  name: 'Number';
}

export type OnNewArtifactResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['OnNewArtifact'] = ResolversParentTypes['OnNewArtifact']> = {
  artifactFilter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  artifactSourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  artifactSourceName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regex?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  triggerConditionType?: Resolver<Maybe<ResolversTypes['TriggerConditionType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OnNewManifestResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['OnNewManifest'] = ResolversParentTypes['OnNewManifest']> = {
  appManifestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appManifestName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  triggerConditionType?: Resolver<Maybe<ResolversTypes['TriggerConditionType']>, ParentType, ContextType>;
  versionRegex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OnPipelineCompletionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['OnPipelineCompletion'] = ResolversParentTypes['OnPipelineCompletion']> = {
  pipelineId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelineName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  triggerConditionType?: Resolver<Maybe<ResolversTypes['TriggerConditionType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OnScheduleResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['OnSchedule'] = ResolversParentTypes['OnSchedule']> = {
  cronDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cronExpression?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onNewArtifactOnly?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  triggerConditionType?: Resolver<Maybe<ResolversTypes['TriggerConditionType']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OnWebhookResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['OnWebhook'] = ResolversParentTypes['OnWebhook']> = {
  branchName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  branchRegex?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  deployOnlyIfFilesChanged?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  filePaths?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  gitConnectorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gitConnectorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repoName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  triggerConditionType?: Resolver<Maybe<ResolversTypes['TriggerConditionType']>, ParentType, ContextType>;
  webhookDetails?: Resolver<Maybe<ResolversTypes['WebhoookDetails']>, ParentType, ContextType>;
  webhookEvent?: Resolver<Maybe<ResolversTypes['WebhookEvent']>, ParentType, ContextType>;
  webhookSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webhookSource?: Resolver<Maybe<ResolversTypes['WebhookSource']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OutcomeResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = {
  __resolveType: TypeResolveFn<'DeploymentOutcome', ParentType, ContextType>;
};

export type OutcomeConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['OutcomeConnection'] = ResolversParentTypes['OutcomeConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Outcome']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasMore?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PipelineResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Pipeline'] = ResolversParentTypes['Pipeline'], FederationReferenceType extends FederationReferenceTypes['Pipeline'] = FederationReferenceTypes['Pipeline']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pipeline']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applicationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelineVariables?: Resolver<Maybe<Array<Maybe<ResolversTypes['Variable']>>>, ParentType, ContextType>;
  stages?: Resolver<Maybe<Array<Maybe<ResolversTypes['PipelineStage']>>>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['Tag']>>>, ParentType, ContextType>;
};

export type PipelineActionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['PipelineAction'] = ResolversParentTypes['PipelineAction']> = {
  artifactSelections?: Resolver<Maybe<Array<Maybe<ResolversTypes['ArtifactSelection']>>>, ParentType, ContextType>;
  continueWithDefaultValues?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  manifestSelections?: Resolver<Maybe<Array<Maybe<ResolversTypes['ManifestSelection']>>>, ParentType, ContextType>;
  pipelineId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelineName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  variables?: Resolver<Maybe<Array<Maybe<ResolversTypes['TriggerVariableValue']>>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PipelineConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['PipelineConnection'] = ResolversParentTypes['PipelineConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Pipeline']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type PipelineExecutionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['PipelineExecution'] = ResolversParentTypes['PipelineExecution']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  cause?: Resolver<Maybe<ResolversTypes['Cause']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  executionUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failureDetails?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberExecutions?: Resolver<Maybe<ResolversTypes['ExecutionConnection']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType>;
  pipelineStageExecutions?: Resolver<Maybe<Array<Maybe<ResolversTypes['PipelineStageExecution']>>>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ExecutionStatus']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['DeploymentTag']>>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PipelineStageResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['PipelineStage'] = ResolversParentTypes['PipelineStage']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parallelWithPrevious?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  runtimeInputTimeoutMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  runtimeInputVariables?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  timeoutMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['PipelineStageType']>, ParentType, ContextType>;
  userGroupIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  workflowId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workflowVariables?: Resolver<Maybe<Array<Maybe<ResolversTypes['StageWorkflowVariable']>>>, ParentType, ContextType>;
};

export type PipelineStageExecutionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['PipelineStageExecution'] = ResolversParentTypes['PipelineStageExecution']> = {
  __resolveType: TypeResolveFn<'ApprovalStageExecution' | 'WorkflowStageExecution', ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  approvalDetails?: Resolver<Maybe<ResolversTypes['ApprovalDetailsPayload']>, ParentType, ContextType, RequireFields<QueryApprovalDetailsArgs, 'applicationId' | 'executionId'>>;
  delegateList?: Resolver<Maybe<ResolversTypes['DelegateList']>, ParentType, ContextType, Partial<QueryDelegateListArgs>>;
  delegateScopeList?: Resolver<Maybe<ResolversTypes['DelegateScopeList']>, ParentType, ContextType, Partial<QueryDelegateScopeListArgs>>;
  delegateTask?: Resolver<Maybe<ResolversTypes['DelegateTask']>, ParentType, ContextType, RequireFields<QueryDelegateTaskArgs, 'taskId'>>;
  delegateTasks?: Resolver<Maybe<ResolversTypes['DelegateTaskConnection']>, ParentType, ContextType, RequireFields<QueryDelegateTasksArgs, 'limit'>>;
  deploymentStats?: Resolver<Maybe<ResolversTypes['Data']>, ParentType, ContextType, Partial<QueryDeploymentStatsArgs>>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType, RequireFields<QueryExecutionArgs, 'executionId'>>;
  executionExport?: Resolver<Maybe<ResolversTypes['ExportExecutionsPayload']>, ParentType, ContextType, RequireFields<QueryExecutionExportArgs, 'requestId'>>;
  executionInputs?: Resolver<Maybe<ResolversTypes['ExecutionInputs']>, ParentType, ContextType, RequireFields<QueryExecutionInputsArgs, 'applicationId' | 'entityId' | 'executionType'>>;
  executions?: Resolver<Maybe<ResolversTypes['ExecutionConnection']>, ParentType, ContextType, RequireFields<QueryExecutionsArgs, 'limit'>>;
  frozenExecutions?: Resolver<Maybe<ResolversTypes['FrozenExecutionConnection']>, ParentType, ContextType, RequireFields<QueryFrozenExecutionsArgs, 'limit'>>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineArgs, 'pipelineId'>>;
  pipelineByName?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineByNameArgs, 'applicationId' | 'pipelineName'>>;
  pipelineStats?: Resolver<Maybe<ResolversTypes['Data']>, ParentType, ContextType, Partial<QueryPipelineStatsArgs>>;
  pipelines?: Resolver<Maybe<ResolversTypes['PipelineConnection']>, ParentType, ContextType, RequireFields<QueryPipelinesArgs, 'limit'>>;
  runtimeExecutionInputsToResumePipeline?: Resolver<Maybe<ResolversTypes['ExecutionInputs']>, ParentType, ContextType, RequireFields<QueryRuntimeExecutionInputsToResumePipelineArgs, 'applicationId' | 'pipelineExecutionId' | 'pipelineStageElementId'>>;
  trigger?: Resolver<Maybe<ResolversTypes['Trigger']>, ParentType, ContextType, RequireFields<QueryTriggerArgs, 'triggerId'>>;
  triggerByName?: Resolver<Maybe<ResolversTypes['Trigger']>, ParentType, ContextType, RequireFields<QueryTriggerByNameArgs, 'applicationId' | 'triggerName'>>;
  triggerFirings?: Resolver<Maybe<ResolversTypes['TriggerFiringConnection']>, ParentType, ContextType, RequireFields<QueryTriggerFiringsArgs, 'limit' | 'triggerId'>>;
  triggers?: Resolver<Maybe<ResolversTypes['TriggerConnection']>, ParentType, ContextType, RequireFields<QueryTriggersArgs, 'limit'>>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType, RequireFields<QueryWorkflowArgs, 'workflowId'>>;
  workflowByName?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType, RequireFields<QueryWorkflowByNameArgs, 'applicationId' | 'workflowName'>>;
  workflowStats?: Resolver<Maybe<ResolversTypes['Data']>, ParentType, ContextType, Partial<QueryWorkflowStatsArgs>>;
  workflows?: Resolver<Maybe<ResolversTypes['WorkflowConnection']>, ParentType, ContextType, RequireFields<QueryWorkflowsArgs, 'limit'>>;
};

export type RecordManifestVersionPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['RecordManifestVersionPayload'] = ResolversParentTypes['RecordManifestVersionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firings?: Resolver<Maybe<Array<Maybe<ResolversTypes['TriggerFiring']>>>, ParentType, ContextType>;
  manifest?: Resolver<Maybe<ResolversTypes['Manifest']>, ParentType, ContextType>;
};

export type ReferenceResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Reference'] = ResolversParentTypes['Reference']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ResumeExecutionPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ResumeExecutionPayload'] = ResolversParentTypes['ResumeExecutionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
};

export type ServiceResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Service'] = ResolversParentTypes['Service']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SinglePointDataResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['SinglePointData'] = ResolversParentTypes['SinglePointData']> = {
  dataPoint?: Resolver<Maybe<ResolversTypes['DataPoint']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StackedDataResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['StackedData'] = ResolversParentTypes['StackedData']> = {
  dataPoints?: Resolver<Maybe<Array<Maybe<ResolversTypes['StackedDataPoint']>>>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StackedDataPointResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['StackedDataPoint'] = ResolversParentTypes['StackedDataPoint']> = {
  key?: Resolver<Maybe<ResolversTypes['Reference']>, ParentType, ContextType>;
  values?: Resolver<Maybe<Array<Maybe<ResolversTypes['DataPoint']>>>, ParentType, ContextType>;
};

export type StackedTimeSeriesDataResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['StackedTimeSeriesData'] = ResolversParentTypes['StackedTimeSeriesData']> = {
  data?: Resolver<Maybe<Array<Maybe<ResolversTypes['StackedTimeSeriesDataPoint']>>>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StackedTimeSeriesDataPointResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['StackedTimeSeriesDataPoint'] = ResolversParentTypes['StackedTimeSeriesDataPoint']> = {
  time?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  values?: Resolver<Maybe<Array<Maybe<ResolversTypes['DataPoint']>>>, ParentType, ContextType>;
};

export type StageWorkflowVariableResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['StageWorkflowVariable'] = ResolversParentTypes['StageWorkflowVariable']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StartExecutionPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['StartExecutionPayload'] = ResolversParentTypes['StartExecutionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  execution?: Resolver<Maybe<ResolversTypes['Execution']>, ParentType, ContextType>;
  warningMessage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TagResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TimeSeriesDataResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['TimeSeriesData'] = ResolversParentTypes['TimeSeriesData']> = {
  dataPoints?: Resolver<Maybe<Array<Maybe<ResolversTypes['TimeSeriesDataPoint']>>>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimeSeriesDataPointResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['TimeSeriesDataPoint'] = ResolversParentTypes['TimeSeriesDataPoint']> = {
  time?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Number']>, ParentType, ContextType>;
};

export type TriggerResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Trigger'] = ResolversParentTypes['Trigger'], FederationReferenceType extends FederationReferenceTypes['Trigger'] = FederationReferenceTypes['Trigger']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Trigger']> | FederationReferenceType, FederationReferenceType, ContextType>;
  action?: Resolver<Maybe<ResolversTypes['TriggerAction']>, ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['TriggerCondition']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  excludeHostsWithSameArtifact?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['Tag']>>>, ParentType, ContextType>;
};

export type TriggerActionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['TriggerAction'] = ResolversParentTypes['TriggerAction']> = {
  __resolveType: TypeResolveFn<'PipelineAction' | 'WorkflowAction', ParentType, ContextType>;
};

export type TriggerConditionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['TriggerCondition'] = ResolversParentTypes['TriggerCondition']> = {
  __resolveType: TypeResolveFn<'OnNewArtifact' | 'OnNewManifest' | 'OnPipelineCompletion' | 'OnSchedule' | 'OnWebhook', ParentType, ContextType>;
};

export type TriggerConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['TriggerConnection'] = ResolversParentTypes['TriggerConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Trigger']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type TriggerFiringResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['TriggerFiring'] = ResolversParentTypes['TriggerFiring']> = {
  artifacts?: Resolver<Maybe<Array<Maybe<ResolversTypes['TriggerFiringArtifact']>>>, ParentType, ContextType>;
  conditionType?: Resolver<Maybe<ResolversTypes['ConditionType']>, ParentType, ContextType>;
  deliveryId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manifests?: Resolver<Maybe<Array<Maybe<ResolversTypes['Manifest']>>>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['TriggerRefusalReason']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['TriggerFiringStatus']>, ParentType, ContextType>;
  triggerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TriggerFiringArtifactResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['TriggerFiringArtifact'] = ResolversParentTypes['TriggerFiringArtifact']> = {
  artifactId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  artifactSourceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buildNo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TriggerFiringConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['TriggerFiringConnection'] = ResolversParentTypes['TriggerFiringConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['TriggerFiring']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type TriggerPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['TriggerPayload'] = ResolversParentTypes['TriggerPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trigger?: Resolver<Maybe<ResolversTypes['Trigger']>, ParentType, ContextType>;
};

export type TriggerVariableValueResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['TriggerVariableValue'] = ResolversParentTypes['TriggerVariableValue']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UpdatePipelinePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['UpdatePipelinePayload'] = ResolversParentTypes['UpdatePipelinePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType>;
};

export type UpdateTriggerPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['UpdateTriggerPayload'] = ResolversParentTypes['UpdateTriggerPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trigger?: Resolver<Maybe<ResolversTypes['Trigger']>, ParentType, ContextType>;
};

export type UpdateWorkflowPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['UpdateWorkflowPayload'] = ResolversParentTypes['UpdateWorkflowPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserGroupApprovalDetailsResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['UserGroupApprovalDetails'] = ResolversParentTypes['UserGroupApprovalDetails']> = {
  approvalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  approvalType?: Resolver<Maybe<ResolversTypes['ApprovalStateType']>, ParentType, ContextType>;
  approvers?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  executionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  stepName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  triggeredBy?: Resolver<Maybe<ResolversTypes['EmbeddedUser']>, ParentType, ContextType>;
  variables?: Resolver<Maybe<Array<Maybe<ResolversTypes['NameValuePair']>>>, ParentType, ContextType>;
  willExpireAt?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VariableResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Variable'] = ResolversParentTypes['Variable']> = {
  allowMultipleValues?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  allowedValues?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  defaultValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fixed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WebhookEventResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['WebhookEvent'] = ResolversParentTypes['WebhookEvent']> = {
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WebhoookDetailsResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['WebhoookDetails'] = ResolversParentTypes['WebhoookDetails']> = {
  header?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payload?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  webhookURL?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WorkflowResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Workflow'] = ResolversParentTypes['Workflow'], FederationReferenceType extends FederationReferenceTypes['Workflow'] = FederationReferenceTypes['Workflow']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Workflow']> | FederationReferenceType, FederationReferenceType, ContextType>;
  applicationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  environmentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phases?: Resolver<Maybe<Array<Maybe<ResolversTypes['WorkflowPhase']>>>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['Tag']>>>, ParentType, ContextType>;
  workflowType?: Resolver<Maybe<ResolversTypes['OrchestrationWorkflowType']>, ParentType, ContextType>;
  workflowVariables?: Resolver<Maybe<Array<Maybe<ResolversTypes['Variable']>>>, ParentType, ContextType>;
};

export type WorkflowActionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['WorkflowAction'] = ResolversParentTypes['WorkflowAction']> = {
  artifactSelections?: Resolver<Maybe<Array<Maybe<ResolversTypes['ArtifactSelection']>>>, ParentType, ContextType>;
  manifestSelections?: Resolver<Maybe<Array<Maybe<ResolversTypes['ManifestSelection']>>>, ParentType, ContextType>;
  variables?: Resolver<Maybe<Array<Maybe<ResolversTypes['TriggerVariableValue']>>>, ParentType, ContextType>;
  workflowId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workflowName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WorkflowConnectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['WorkflowConnection'] = ResolversParentTypes['WorkflowConnection']> = {
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Workflow']>>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
};

export type WorkflowExecutionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['WorkflowExecution'] = ResolversParentTypes['WorkflowExecution']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  artifacts?: Resolver<Maybe<Array<Maybe<ResolversTypes['Artifact']>>>, ParentType, ContextType>;
  cause?: Resolver<Maybe<ResolversTypes['Cause']>, ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  executionUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failureDetails?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  inputVariables?: Resolver<Maybe<Array<Maybe<ResolversTypes['InputVariable']>>>, ParentType, ContextType>;
  manifests?: Resolver<Maybe<Array<Maybe<ResolversTypes['Manifest']>>>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomes?: Resolver<Maybe<ResolversTypes['OutcomeConnection']>, ParentType, ContextType, Partial<WorkflowExecutionOutcomesArgs>>;
  rollbackArtifacts?: Resolver<Maybe<Array<Maybe<ResolversTypes['Artifact']>>>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ExecutionStatus']>, ParentType, ContextType>;
  stepLogs?: Resolver<Maybe<Array<Maybe<ResolversTypes['ExecutionStepLog']>>>, ParentType, ContextType>;
  tags?: Resolver<Maybe<Array<Maybe<ResolversTypes['DeploymentTag']>>>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WorkflowPhaseResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['WorkflowPhase'] = ResolversParentTypes['WorkflowPhase']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  steps?: Resolver<Maybe<Array<Maybe<ResolversTypes['WorkflowStep']>>>, ParentType, ContextType>;
};

export type WorkflowStageExecutionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['WorkflowStageExecution'] = ResolversParentTypes['WorkflowStageExecution']> = {
  inputVariables?: Resolver<Maybe<Array<Maybe<ResolversTypes['InputVariable']>>>, ParentType, ContextType>;
  pipelineStageElementId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelineStageName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelineStepName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runtimeInputVariables?: Resolver<Maybe<Array<Maybe<ResolversTypes['Variable']>>>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['ExecutionStatus']>, ParentType, ContextType>;
  workflowExecutionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WorkflowStepResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['WorkflowStep'] = ResolversParentTypes['WorkflowStep']> = {
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegateSelectors?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expectedStatus?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  headers?: Resolver<Maybe<Array<Maybe<ResolversTypes['HttpHeader']>>>, ParentType, ContextType>;
  infrastructureDefinitionId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  script?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeoutMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['WorkflowStepType']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userGroupIds?: Resolver<Maybe<Array<Maybe<ResolversTypes['String']>>>, ParentType, ContextType>;
};

export type Resolvers<ContextType = PipelinesContext> = {
  APIKey?: ApiKeyResolvers<ContextType>;
  AbortExecutionPayload?: AbortExecutionPayloadResolvers<ContextType>;
  AddDelegateScopePayload?: AddDelegateScopePayloadResolvers<ContextType>;
  AggregatedData?: AggregatedDataResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApprovalDetails?: ApprovalDetailsResolvers<ContextType>;
  ApprovalDetailsPayload?: ApprovalDetailsPayloadResolvers<ContextType>;
  ApprovalStageExecution?: ApprovalStageExecutionResolvers<ContextType>;
  ApproveOrRejectApprovalsInputPayload?: ApproveOrRejectApprovalsInputPayloadResolvers<ContextType>;
  Artifact?: ArtifactResolvers<ContextType>;
  ArtifactSelection?: ArtifactSelectionResolvers<ContextType>;
  AttachScopeToDelegatePayload?: AttachScopeToDelegatePayloadResolvers<ContextType>;
  Cause?: CauseResolvers<ContextType>;
  ContinueExecutionPayload?: ContinueExecutionPayloadResolvers<ContextType>;
  CreateDelegateTaskPayload?: CreateDelegateTaskPayloadResolvers<ContextType>;
  CreateDelegateTokenPayload?: CreateDelegateTokenPayloadResolvers<ContextType>;
  CreatePipelinePayload?: CreatePipelinePayloadResolvers<ContextType>;
  CreateWorkflowPayload?: CreateWorkflowPayloadResolvers<ContextType>;
  Data?: DataResolvers<ContextType>;
  DataPoint?: DataPointResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Delegate?: DelegateResolvers<ContextType>;
  DelegateApproveRejectPayload?: DelegateApproveRejectPayloadResolvers<ContextType>;
  DelegateConnection?: DelegateConnectionResolvers<ContextType>;
  DelegateList?: DelegateListResolvers<ContextType>;
  DelegateScope?: DelegateScopeResolvers<ContextType>;
  DelegateScopeList?: DelegateScopeListResolvers<ContextType>;
  DelegateTask?: DelegateTaskResolvers<ContextType>;
  DelegateTaskConnection?: DelegateTaskConnectionResolvers<ContextType>;
  DelegateTaskResult?: DelegateTaskResultResolvers<ContextType>;
  DelegateTaskWait?: DelegateTaskWaitResolvers<ContextType>;
  DeleteDelegatePayload?: DeleteDelegatePayloadResolvers<ContextType>;
  DeletePipelinePayload?: DeletePipelinePayloadResolvers<ContextType>;
  DeleteTriggerPayload?: DeleteTriggerPayloadResolvers<ContextType>;
  DeleteWorkflowPayload?: DeleteWorkflowPayloadResolvers<ContextType>;
  DeploymentOutcome?: DeploymentOutcomeResolvers<ContextType>;
  DeploymentTag?: DeploymentTagResolvers<ContextType>;
  EmbeddedUser?: EmbeddedUserResolvers<ContextType>;
  EnvSummary?: EnvSummaryResolvers<ContextType>;
  Environment?: EnvironmentResolvers<ContextType>;
  ExecutedAlongPipeline?: ExecutedAlongPipelineResolvers<ContextType>;
  ExecutedByAPIKey?: ExecutedByApiKeyResolvers<ContextType>;
  ExecutedByTrigger?: ExecutedByTriggerResolvers<ContextType>;
  ExecutedByUser?: ExecutedByUserResolvers<ContextType>;
  Execution?: ExecutionResolvers<ContextType>;
  ExecutionConnection?: ExecutionConnectionResolvers<ContextType>;
  ExecutionInputs?: ExecutionInputsResolvers<ContextType>;
  ExecutionStepLog?: ExecutionStepLogResolvers<ContextType>;
  ExportExecutionsPayload?: ExportExecutionsPayloadResolvers<ContextType>;
  FromTriggeringAppManifest?: FromTriggeringAppManifestResolvers<ContextType>;
  FromTriggeringArtifactSource?: FromTriggeringArtifactSourceResolvers<ContextType>;
  FromTriggeringPipeline?: FromTriggeringPipelineResolvers<ContextType>;
  FromWebhookPayload?: FromWebhookPayloadResolvers<ContextType>;
  FrozenExecution?: FrozenExecutionResolvers<ContextType>;
  FrozenExecutionConnection?: FrozenExecutionConnectionResolvers<ContextType>;
  HttpHeader?: HttpHeaderResolvers<ContextType>;
  InfrastructureDefinition?: InfrastructureDefinitionResolvers<ContextType>;
  InputVariable?: InputVariableResolvers<ContextType>;
  LastCollected?: LastCollectedResolvers<ContextType>;
  LastCollectedManifest?: LastCollectedManifestResolvers<ContextType>;
  LastDeployedFromPipeline?: LastDeployedFromPipelineResolvers<ContextType>;
  LastDeployedFromWorkflow?: LastDeployedFromWorkflowResolvers<ContextType>;
  LastDeployedManifestFromPipeline?: LastDeployedManifestFromPipelineResolvers<ContextType>;
  LastDeployedManifestFromWorkflow?: LastDeployedManifestFromWorkflowResolvers<ContextType>;
  Long?: GraphQLScalarType;
  Manifest?: ManifestResolvers<ContextType>;
  ManifestFromTriggeringPipeline?: ManifestFromTriggeringPipelineResolvers<ContextType>;
  ManifestFromWebhookPayload?: ManifestFromWebhookPayloadResolvers<ContextType>;
  ManifestSelection?: ManifestSelectionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NameValuePair?: NameValuePairResolvers<ContextType>;
  Number?: GraphQLScalarType;
  OnNewArtifact?: OnNewArtifactResolvers<ContextType>;
  OnNewManifest?: OnNewManifestResolvers<ContextType>;
  OnPipelineCompletion?: OnPipelineCompletionResolvers<ContextType>;
  OnSchedule?: OnScheduleResolvers<ContextType>;
  OnWebhook?: OnWebhookResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  OutcomeConnection?: OutcomeConnectionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelineAction?: PipelineActionResolvers<ContextType>;
  PipelineConnection?: PipelineConnectionResolvers<ContextType>;
  PipelineExecution?: PipelineExecutionResolvers<ContextType>;
  PipelineStage?: PipelineStageResolvers<ContextType>;
  PipelineStageExecution?: PipelineStageExecutionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordManifestVersionPayload?: RecordManifestVersionPayloadResolvers<ContextType>;
  Reference?: ReferenceResolvers<ContextType>;
  ResumeExecutionPayload?: ResumeExecutionPayloadResolvers<ContextType>;
  Service?: ServiceResolvers<ContextType>;
  SinglePointData?: SinglePointDataResolvers<ContextType>;
  StackedData?: StackedDataResolvers<ContextType>;
  StackedDataPoint?: StackedDataPointResolvers<ContextType>;
  StackedTimeSeriesData?: StackedTimeSeriesDataResolvers<ContextType>;
  StackedTimeSeriesDataPoint?: StackedTimeSeriesDataPointResolvers<ContextType>;
  StageWorkflowVariable?: StageWorkflowVariableResolvers<ContextType>;
  StartExecutionPayload?: StartExecutionPayloadResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  TimeSeriesData?: TimeSeriesDataResolvers<ContextType>;
  TimeSeriesDataPoint?: TimeSeriesDataPointResolvers<ContextType>;
  Trigger?: TriggerResolvers<ContextType>;
  TriggerAction?: TriggerActionResolvers<ContextType>;
  TriggerCondition?: TriggerConditionResolvers<ContextType>;
  TriggerConnection?: TriggerConnectionResolvers<ContextType>;
  TriggerFiring?: TriggerFiringResolvers<ContextType>;
  TriggerFiringArtifact?: TriggerFiringArtifactResolvers<ContextType>;
  TriggerFiringConnection?: TriggerFiringConnectionResolvers<ContextType>;
  TriggerPayload?: TriggerPayloadResolvers<ContextType>;
  TriggerVariableValue?: TriggerVariableValueResolvers<ContextType>;
  UpdatePipelinePayload?: UpdatePipelinePayloadResolvers<ContextType>;
  UpdateTriggerPayload?: UpdateTriggerPayloadResolvers<ContextType>;
  UpdateWorkflowPayload?: UpdateWorkflowPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserGroupApprovalDetails?: UserGroupApprovalDetailsResolvers<ContextType>;
  Variable?: VariableResolvers<ContextType>;
  WebhookEvent?: WebhookEventResolvers<ContextType>;
  WebhoookDetails?: WebhoookDetailsResolvers<ContextType>;
  Workflow?: WorkflowResolvers<ContextType>;
  WorkflowAction?: WorkflowActionResolvers<ContextType>;
  WorkflowConnection?: WorkflowConnectionResolvers<ContextType>;
  WorkflowExecution?: WorkflowExecutionResolvers<ContextType>;
  WorkflowPhase?: WorkflowPhaseResolvers<ContextType>;
  WorkflowStageExecution?: WorkflowStageExecutionResolvers<ContextType>;
  WorkflowStep?: WorkflowStepResolvers<ContextType>;
};


import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Pipeline as PipelineModel, Trigger as TriggerModel, TriggerFiring as TriggerFiringModel, ManifestVersion as ManifestVersionModel } from '@fg/pipelines-workflows-executions/data-access';
import type { Connection as ConnectionModel } from '@fg/graphql-kit';
import type { DelegateWithLiveness as DelegateWithLivenessModel, DelegateScope as DelegateScopeModel, DelegateTask as DelegateTaskModel } from '@fg/pipelines-workflows-executions/delegate-tasks';
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
  _FieldSet: { input: string; output: string; }
};

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

export type Application = {
  __typename?: 'Application';
  id?: Maybe<Scalars['String']['output']>;
  pipelines?: Maybe<PipelineConnection>;
};


export type ApplicationPipelinesArgs = {
  limit: Scalars['Int']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type ArtifactConditionInput = {
  artifactFilter?: InputMaybe<Scalars['String']['input']>;
  artifactSourceId: Scalars['String']['input'];
  regex?: InputMaybe<Scalars['Boolean']['input']>;
};

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

export type ConditionType =
  | 'ON_NEW_ARTIFACT'
  | 'ON_NEW_MANIFEST'
  | 'ON_PIPELINE_COMPLETION'
  | 'ON_SCHEDULE'
  | 'ON_WEBHOOK';

export type CreateDelegateTaskInput = {
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  expectedStatus?: InputMaybe<Scalars['Int']['input']>;
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

export type CreateTriggerInput = {
  action: TriggerActionInput;
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  condition: TriggerConditionInput;
  description?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
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

export type DeleteTriggerInput = {
  applicationId: Scalars['String']['input'];
  clientMutationId?: InputMaybe<Scalars['String']['input']>;
  triggerId: Scalars['String']['input'];
};

export type DeleteTriggerPayload = {
  __typename?: 'DeleteTriggerPayload';
  clientMutationId?: Maybe<Scalars['String']['output']>;
};

export type EnvironmentType =
  | 'NON_PROD'
  | 'PROD';

/** Shared with startExecution (shared/API.md §2.5). */
export type ExecutionType =
  | 'PIPELINE'
  | 'WORKFLOW';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a delegate scope (the reference's spelling, sic). */
  addDelegegateScope?: Maybe<AddDelegateScopePayload>;
  /** Includes every scope of the account in a delegate's scopes. */
  attachAllScopesToDelegate?: Maybe<AttachScopeToDelegatePayload>;
  /** Sets a delegate's include and/or exclude scopes. Scopes are recorded and listed; they do not route tasks here (selectors do). */
  attachScopeToDelegate?: Maybe<AttachScopeToDelegatePayload>;
  /** Extension (not in the FirstGen API): queues a task for the account's delegates. */
  createDelegateTask?: Maybe<CreateDelegateTaskPayload>;
  /** Extension (not in the FirstGen API): a token delegates of this account authenticate with. It is shown only here, once. */
  createDelegateToken?: Maybe<CreateDelegateTokenPayload>;
  createTrigger?: Maybe<TriggerPayload>;
  /** ACTIVATE enables a delegate waiting for approval; REJECT deletes it, so it can no longer acquire tasks. */
  delegateApproveReject?: Maybe<DelegateApproveRejectPayload>;
  /** Deletes a delegate: it can no longer register under its name or acquire tasks; tasks it held go to others. */
  deleteDelegate?: Maybe<DeleteDelegatePayload>;
  deleteTrigger?: Maybe<DeleteTriggerPayload>;
  /** Extension (not in the FirstGen API): records a chart version of an application manifest, as CI would; it fires the manifest's ON_NEW_MANIFEST triggers. */
  recordManifestVersion?: Maybe<RecordManifestVersionPayload>;
  /** Replaces the whole trigger (name, condition and action are required). */
  updateTrigger?: Maybe<UpdateTriggerPayload>;
};


export type MutationAddDelegegateScopeArgs = {
  input: AddDelegateScopeInput;
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


export type MutationCreateTriggerArgs = {
  input: CreateTriggerInput;
};


export type MutationDelegateApproveRejectArgs = {
  input: DelegateApproveRejectInput;
};


export type MutationDeleteDelegateArgs = {
  input: DeleteDelegateInput;
};


export type MutationDeleteTriggerArgs = {
  input: DeleteTriggerInput;
};


export type MutationRecordManifestVersionArgs = {
  input: RecordManifestVersionInput;
};


export type MutationUpdateTriggerArgs = {
  input: UpdateTriggerInput;
};

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

export type PageInfo = {
  __typename?: 'PageInfo';
  hasMore?: Maybe<Scalars['Boolean']['output']>;
  limit?: Maybe<Scalars['Int']['output']>;
  offset?: Maybe<Scalars['Int']['output']>;
  total?: Maybe<Scalars['Int']['output']>;
};

export type Pipeline = {
  __typename?: 'Pipeline';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
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

export type PipelineConditionInput = {
  pipelineId: Scalars['String']['input'];
};

export type PipelineConnection = {
  __typename?: 'PipelineConnection';
  nodes?: Maybe<Array<Maybe<Pipeline>>>;
  pageInfo?: Maybe<PageInfo>;
};

export type Query = {
  __typename?: 'Query';
  /** The account's delegates; DELETED ones only when a filter asks for them. delegateName, delegateStatus and delegateType filters apply. */
  delegateList?: Maybe<DelegateList>;
  /** The account's delegate scopes, by name. */
  delegateScopeList?: Maybe<DelegateScopeList>;
  /** Extension (not in the FirstGen API): a delegate task's status and result, and for a queued task why it waits. */
  delegateTask?: Maybe<DelegateTask>;
  /** Extension (not in the FirstGen API): the account's delegate tasks, oldest first, optionally of one status. */
  delegateTasks?: Maybe<DelegateTaskConnection>;
  pipeline?: Maybe<Pipeline>;
  pipelineByName?: Maybe<Pipeline>;
  trigger?: Maybe<Trigger>;
  triggerByName?: Maybe<Trigger>;
  /** Extension (not in the FirstGen API): a trigger's firings, newest first: when it fired, what set it off, and the execution it started or why it started none. */
  triggerFirings?: Maybe<TriggerFiringConnection>;
  /** Triggers of the account, newest first; trigger, application and tag (the application's tags) filters are ANDed. */
  triggers?: Maybe<TriggerConnection>;
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


export type QueryPipelineArgs = {
  pipelineId: Scalars['String']['input'];
};


export type QueryPipelineByNameArgs = {
  applicationId: Scalars['String']['input'];
  pipelineName: Scalars['String']['input'];
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

export type RecordManifestVersionInput = {
  appManifestId: Scalars['String']['input'];
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

export type ScheduleConditionInput = {
  /** Quartz cron syntax: seconds minutes hours day-of-month month day-of-week [year], in UTC. */
  cronExpression: Scalars['String']['input'];
  onNewArtifactOnly?: InputMaybe<Scalars['Boolean']['input']>;
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

export type User = {
  __typename?: 'User';
  id?: Maybe<Scalars['String']['output']>;
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

export type WorkflowAction = TriggerAction & {
  __typename?: 'WorkflowAction';
  artifactSelections?: Maybe<Array<Maybe<ArtifactSelection>>>;
  manifestSelections?: Maybe<Array<Maybe<ManifestSelection>>>;
  variables?: Maybe<Array<Maybe<TriggerVariableValue>>>;
  workflowId?: Maybe<Scalars['String']['output']>;
  workflowName?: Maybe<Scalars['String']['output']>;
};



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
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  ArtifactSelection:
    | ( FromTriggeringArtifactSource )
    | ( FromTriggeringPipeline )
    | ( FromWebhookPayload )
    | ( LastCollected )
    | ( LastDeployedFromPipeline )
    | ( LastDeployedFromWorkflow )
  ;
  ManifestSelection:
    | ( FromTriggeringAppManifest )
    | ( LastCollectedManifest )
    | ( LastDeployedManifestFromPipeline )
    | ( LastDeployedManifestFromWorkflow )
    | ( ManifestFromTriggeringPipeline )
    | ( ManifestFromWebhookPayload )
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
  AddDelegateScopeInput: AddDelegateScopeInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddDelegateScopePayload: ResolverTypeWrapper<Omit<AddDelegateScopePayload, 'delegateScope'> & { delegateScope?: Maybe<ResolversTypes['DelegateScope']> }>;
  Application: ResolverTypeWrapper<Omit<Application, 'pipelines'> & { pipelines?: Maybe<ResolversTypes['PipelineConnection']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ArtifactConditionInput: ArtifactConditionInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ArtifactSelection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ArtifactSelection']>;
  ArtifactSelectionInput: ArtifactSelectionInput;
  ArtifactSelectionType: ArtifactSelectionType;
  AttachAllScopesToDelegateInput: AttachAllScopesToDelegateInput;
  AttachScopeToDelegateInput: AttachScopeToDelegateInput;
  AttachScopeToDelegatePayload: ResolverTypeWrapper<AttachScopeToDelegatePayload>;
  BitbucketEvent: BitbucketEvent;
  ConditionType: ConditionType;
  CreateDelegateTaskInput: CreateDelegateTaskInput;
  CreateDelegateTaskPayload: ResolverTypeWrapper<Omit<CreateDelegateTaskPayload, 'task'> & { task?: Maybe<ResolversTypes['DelegateTask']> }>;
  CreateDelegateTokenInput: CreateDelegateTokenInput;
  CreateDelegateTokenPayload: ResolverTypeWrapper<CreateDelegateTokenPayload>;
  CreateTriggerInput: CreateTriggerInput;
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
  DelegateTaskResult: ResolverTypeWrapper<DelegateTaskResult>;
  DelegateTaskStatus: DelegateTaskStatus;
  DelegateTaskType: DelegateTaskType;
  DelegateTaskWait: ResolverTypeWrapper<DelegateTaskWait>;
  DelegateType: DelegateType;
  DeleteDelegateInput: DeleteDelegateInput;
  DeleteDelegatePayload: ResolverTypeWrapper<DeleteDelegatePayload>;
  DeleteTriggerInput: DeleteTriggerInput;
  DeleteTriggerPayload: ResolverTypeWrapper<DeleteTriggerPayload>;
  EnvironmentType: EnvironmentType;
  ExecutionType: ExecutionType;
  FromTriggeringAppManifest: ResolverTypeWrapper<FromTriggeringAppManifest>;
  FromTriggeringArtifactSource: ResolverTypeWrapper<FromTriggeringArtifactSource>;
  FromTriggeringPipeline: ResolverTypeWrapper<FromTriggeringPipeline>;
  FromWebhookPayload: ResolverTypeWrapper<FromWebhookPayload>;
  GitHubAction: GitHubAction;
  GitHubEvent: GitHubEvent;
  GitHubEventType: GitHubEventType;
  GitlabEvent: GitlabEvent;
  IdFilter: IdFilter;
  IdOperator: IdOperator;
  LastCollected: ResolverTypeWrapper<LastCollected>;
  LastCollectedManifest: ResolverTypeWrapper<LastCollectedManifest>;
  LastDeployedFromPipeline: ResolverTypeWrapper<LastDeployedFromPipeline>;
  LastDeployedFromWorkflow: ResolverTypeWrapper<LastDeployedFromWorkflow>;
  LastDeployedManifestFromPipeline: ResolverTypeWrapper<LastDeployedManifestFromPipeline>;
  LastDeployedManifestFromWorkflow: ResolverTypeWrapper<LastDeployedManifestFromWorkflow>;
  Long: ResolverTypeWrapper<Scalars['Long']['output']>;
  Manifest: ResolverTypeWrapper<ManifestVersionModel>;
  ManifestConditionInput: ManifestConditionInput;
  ManifestFromTriggeringPipeline: ResolverTypeWrapper<ManifestFromTriggeringPipeline>;
  ManifestFromWebhookPayload: ResolverTypeWrapper<ManifestFromWebhookPayload>;
  ManifestSelection: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ManifestSelection']>;
  ManifestSelectionInput: ManifestSelectionInput;
  ManifestSelectionType: ManifestSelectionType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OnNewArtifact: ResolverTypeWrapper<OnNewArtifact>;
  OnNewManifest: ResolverTypeWrapper<OnNewManifest>;
  OnPipelineCompletion: ResolverTypeWrapper<OnPipelineCompletion>;
  OnSchedule: ResolverTypeWrapper<OnSchedule>;
  OnWebhook: ResolverTypeWrapper<OnWebhook>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pipeline: ResolverTypeWrapper<PipelineModel>;
  PipelineAction: ResolverTypeWrapper<Omit<PipelineAction, 'artifactSelections' | 'manifestSelections'> & { artifactSelections?: Maybe<Array<Maybe<ResolversTypes['ArtifactSelection']>>>, manifestSelections?: Maybe<Array<Maybe<ResolversTypes['ManifestSelection']>>> }>;
  PipelineConditionInput: PipelineConditionInput;
  PipelineConnection: ResolverTypeWrapper<ConnectionModel<PipelineModel>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordManifestVersionInput: RecordManifestVersionInput;
  RecordManifestVersionPayload: ResolverTypeWrapper<Omit<RecordManifestVersionPayload, 'firings' | 'manifest'> & { firings?: Maybe<Array<Maybe<ResolversTypes['TriggerFiring']>>>, manifest?: Maybe<ResolversTypes['Manifest']> }>;
  ScheduleConditionInput: ScheduleConditionInput;
  Tag: ResolverTypeWrapper<Tag>;
  TagInput: TagInput;
  TaskGroup: TaskGroup;
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
  UpdateTriggerInput: UpdateTriggerInput;
  UpdateTriggerPayload: ResolverTypeWrapper<Omit<UpdateTriggerPayload, 'trigger'> & { trigger?: Maybe<ResolversTypes['Trigger']> }>;
  User: ResolverTypeWrapper<User>;
  VariableInput: VariableInput;
  VariableValue: VariableValue;
  VariableValueType: VariableValueType;
  WebhookConditionInput: WebhookConditionInput;
  WebhookEvent: ResolverTypeWrapper<WebhookEvent>;
  WebhookSource: WebhookSource;
  WebhoookDetails: ResolverTypeWrapper<WebhoookDetails>;
  WorkflowAction: ResolverTypeWrapper<Omit<WorkflowAction, 'artifactSelections' | 'manifestSelections'> & { artifactSelections?: Maybe<Array<Maybe<ResolversTypes['ArtifactSelection']>>>, manifestSelections?: Maybe<Array<Maybe<ResolversTypes['ManifestSelection']>>> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddDelegateScopeInput: AddDelegateScopeInput;
  String: Scalars['String']['output'];
  AddDelegateScopePayload: Omit<AddDelegateScopePayload, 'delegateScope'> & { delegateScope?: Maybe<ResolversParentTypes['DelegateScope']> };
  Application: Omit<Application, 'pipelines'> & { pipelines?: Maybe<ResolversParentTypes['PipelineConnection']> } | FederationReferenceTypes['Application'];
  Int: Scalars['Int']['output'];
  ArtifactConditionInput: ArtifactConditionInput;
  Boolean: Scalars['Boolean']['output'];
  ArtifactSelection: ResolversInterfaceTypes<ResolversParentTypes>['ArtifactSelection'];
  ArtifactSelectionInput: ArtifactSelectionInput;
  AttachAllScopesToDelegateInput: AttachAllScopesToDelegateInput;
  AttachScopeToDelegateInput: AttachScopeToDelegateInput;
  AttachScopeToDelegatePayload: AttachScopeToDelegatePayload;
  CreateDelegateTaskInput: CreateDelegateTaskInput;
  CreateDelegateTaskPayload: Omit<CreateDelegateTaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['DelegateTask']> };
  CreateDelegateTokenInput: CreateDelegateTokenInput;
  CreateDelegateTokenPayload: CreateDelegateTokenPayload;
  CreateTriggerInput: CreateTriggerInput;
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
  DelegateTaskResult: DelegateTaskResult;
  DelegateTaskWait: DelegateTaskWait;
  DeleteDelegateInput: DeleteDelegateInput;
  DeleteDelegatePayload: DeleteDelegatePayload;
  DeleteTriggerInput: DeleteTriggerInput;
  DeleteTriggerPayload: DeleteTriggerPayload;
  FromTriggeringAppManifest: FromTriggeringAppManifest;
  FromTriggeringArtifactSource: FromTriggeringArtifactSource;
  FromTriggeringPipeline: FromTriggeringPipeline;
  FromWebhookPayload: FromWebhookPayload;
  GitHubEvent: GitHubEvent;
  IdFilter: IdFilter;
  LastCollected: LastCollected;
  LastCollectedManifest: LastCollectedManifest;
  LastDeployedFromPipeline: LastDeployedFromPipeline;
  LastDeployedFromWorkflow: LastDeployedFromWorkflow;
  LastDeployedManifestFromPipeline: LastDeployedManifestFromPipeline;
  LastDeployedManifestFromWorkflow: LastDeployedManifestFromWorkflow;
  Long: Scalars['Long']['output'];
  Manifest: ManifestVersionModel;
  ManifestConditionInput: ManifestConditionInput;
  ManifestFromTriggeringPipeline: ManifestFromTriggeringPipeline;
  ManifestFromWebhookPayload: ManifestFromWebhookPayload;
  ManifestSelection: ResolversInterfaceTypes<ResolversParentTypes>['ManifestSelection'];
  ManifestSelectionInput: ManifestSelectionInput;
  Mutation: Record<PropertyKey, never>;
  OnNewArtifact: OnNewArtifact;
  OnNewManifest: OnNewManifest;
  OnPipelineCompletion: OnPipelineCompletion;
  OnSchedule: OnSchedule;
  OnWebhook: OnWebhook;
  PageInfo: PageInfo;
  Pipeline: PipelineModel;
  PipelineAction: Omit<PipelineAction, 'artifactSelections' | 'manifestSelections'> & { artifactSelections?: Maybe<Array<Maybe<ResolversParentTypes['ArtifactSelection']>>>, manifestSelections?: Maybe<Array<Maybe<ResolversParentTypes['ManifestSelection']>>> };
  PipelineConditionInput: PipelineConditionInput;
  PipelineConnection: ConnectionModel<PipelineModel>;
  Query: Record<PropertyKey, never>;
  RecordManifestVersionInput: RecordManifestVersionInput;
  RecordManifestVersionPayload: Omit<RecordManifestVersionPayload, 'firings' | 'manifest'> & { firings?: Maybe<Array<Maybe<ResolversParentTypes['TriggerFiring']>>>, manifest?: Maybe<ResolversParentTypes['Manifest']> };
  ScheduleConditionInput: ScheduleConditionInput;
  Tag: Tag;
  TagInput: TagInput;
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
  UpdateTriggerInput: UpdateTriggerInput;
  UpdateTriggerPayload: Omit<UpdateTriggerPayload, 'trigger'> & { trigger?: Maybe<ResolversParentTypes['Trigger']> };
  User: User;
  VariableInput: VariableInput;
  VariableValue: VariableValue;
  WebhookConditionInput: WebhookConditionInput;
  WebhookEvent: WebhookEvent;
  WebhoookDetails: WebhoookDetails;
  WorkflowAction: Omit<WorkflowAction, 'artifactSelections' | 'manifestSelections'> & { artifactSelections?: Maybe<Array<Maybe<ResolversParentTypes['ArtifactSelection']>>>, manifestSelections?: Maybe<Array<Maybe<ResolversParentTypes['ManifestSelection']>>> };
};

export type AddDelegateScopePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['AddDelegateScopePayload'] = ResolversParentTypes['AddDelegateScopePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delegateScope?: Resolver<Maybe<ResolversTypes['DelegateScope']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pipelines?: Resolver<Maybe<ResolversTypes['PipelineConnection']>, ParentType, ContextType, RequireFields<ApplicationPipelinesArgs, 'limit'>>;
};

export type ArtifactSelectionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['ArtifactSelection'] = ResolversParentTypes['ArtifactSelection']> = {
  __resolveType: TypeResolveFn<'FromTriggeringArtifactSource' | 'FromTriggeringPipeline' | 'FromWebhookPayload' | 'LastCollected' | 'LastDeployedFromPipeline' | 'LastDeployedFromWorkflow', ParentType, ContextType>;
};

export type AttachScopeToDelegatePayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['AttachScopeToDelegatePayload'] = ResolversParentTypes['AttachScopeToDelegatePayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type DeleteTriggerPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['DeleteTriggerPayload'] = ResolversParentTypes['DeleteTriggerPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  addDelegegateScope?: Resolver<Maybe<ResolversTypes['AddDelegateScopePayload']>, ParentType, ContextType, RequireFields<MutationAddDelegegateScopeArgs, 'input'>>;
  attachAllScopesToDelegate?: Resolver<Maybe<ResolversTypes['AttachScopeToDelegatePayload']>, ParentType, ContextType, RequireFields<MutationAttachAllScopesToDelegateArgs, 'input'>>;
  attachScopeToDelegate?: Resolver<Maybe<ResolversTypes['AttachScopeToDelegatePayload']>, ParentType, ContextType, RequireFields<MutationAttachScopeToDelegateArgs, 'input'>>;
  createDelegateTask?: Resolver<Maybe<ResolversTypes['CreateDelegateTaskPayload']>, ParentType, ContextType, RequireFields<MutationCreateDelegateTaskArgs, 'input'>>;
  createDelegateToken?: Resolver<Maybe<ResolversTypes['CreateDelegateTokenPayload']>, ParentType, ContextType, RequireFields<MutationCreateDelegateTokenArgs, 'input'>>;
  createTrigger?: Resolver<Maybe<ResolversTypes['TriggerPayload']>, ParentType, ContextType, RequireFields<MutationCreateTriggerArgs, 'input'>>;
  delegateApproveReject?: Resolver<Maybe<ResolversTypes['DelegateApproveRejectPayload']>, ParentType, ContextType, RequireFields<MutationDelegateApproveRejectArgs, 'input'>>;
  deleteDelegate?: Resolver<Maybe<ResolversTypes['DeleteDelegatePayload']>, ParentType, ContextType, RequireFields<MutationDeleteDelegateArgs, 'input'>>;
  deleteTrigger?: Resolver<Maybe<ResolversTypes['DeleteTriggerPayload']>, ParentType, ContextType, RequireFields<MutationDeleteTriggerArgs, 'input'>>;
  recordManifestVersion?: Resolver<Maybe<ResolversTypes['RecordManifestVersionPayload']>, ParentType, ContextType, RequireFields<MutationRecordManifestVersionArgs, 'input'>>;
  updateTrigger?: Resolver<Maybe<ResolversTypes['UpdateTriggerPayload']>, ParentType, ContextType, RequireFields<MutationUpdateTriggerArgs, 'input'>>;
};

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

export type PageInfoResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasMore?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offset?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type PipelineResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Pipeline'] = ResolversParentTypes['Pipeline'], FederationReferenceType extends FederationReferenceTypes['Pipeline'] = FederationReferenceTypes['Pipeline']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Pipeline']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type QueryResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  delegateList?: Resolver<Maybe<ResolversTypes['DelegateList']>, ParentType, ContextType, Partial<QueryDelegateListArgs>>;
  delegateScopeList?: Resolver<Maybe<ResolversTypes['DelegateScopeList']>, ParentType, ContextType, Partial<QueryDelegateScopeListArgs>>;
  delegateTask?: Resolver<Maybe<ResolversTypes['DelegateTask']>, ParentType, ContextType, RequireFields<QueryDelegateTaskArgs, 'taskId'>>;
  delegateTasks?: Resolver<Maybe<ResolversTypes['DelegateTaskConnection']>, ParentType, ContextType, RequireFields<QueryDelegateTasksArgs, 'limit'>>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineArgs, 'pipelineId'>>;
  pipelineByName?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineByNameArgs, 'applicationId' | 'pipelineName'>>;
  trigger?: Resolver<Maybe<ResolversTypes['Trigger']>, ParentType, ContextType, RequireFields<QueryTriggerArgs, 'triggerId'>>;
  triggerByName?: Resolver<Maybe<ResolversTypes['Trigger']>, ParentType, ContextType, RequireFields<QueryTriggerByNameArgs, 'applicationId' | 'triggerName'>>;
  triggerFirings?: Resolver<Maybe<ResolversTypes['TriggerFiringConnection']>, ParentType, ContextType, RequireFields<QueryTriggerFiringsArgs, 'limit' | 'triggerId'>>;
  triggers?: Resolver<Maybe<ResolversTypes['TriggerConnection']>, ParentType, ContextType, RequireFields<QueryTriggersArgs, 'limit'>>;
};

export type RecordManifestVersionPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['RecordManifestVersionPayload'] = ResolversParentTypes['RecordManifestVersionPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firings?: Resolver<Maybe<Array<Maybe<ResolversTypes['TriggerFiring']>>>, ParentType, ContextType>;
  manifest?: Resolver<Maybe<ResolversTypes['Manifest']>, ParentType, ContextType>;
};

export type TagResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['Tag'] = ResolversParentTypes['Tag']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type UpdateTriggerPayloadResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['UpdateTriggerPayload'] = ResolversParentTypes['UpdateTriggerPayload']> = {
  clientMutationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  trigger?: Resolver<Maybe<ResolversTypes['Trigger']>, ParentType, ContextType>;
};

export type UserResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  id?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type WorkflowActionResolvers<ContextType = PipelinesContext, ParentType extends ResolversParentTypes['WorkflowAction'] = ResolversParentTypes['WorkflowAction']> = {
  artifactSelections?: Resolver<Maybe<Array<Maybe<ResolversTypes['ArtifactSelection']>>>, ParentType, ContextType>;
  manifestSelections?: Resolver<Maybe<Array<Maybe<ResolversTypes['ManifestSelection']>>>, ParentType, ContextType>;
  variables?: Resolver<Maybe<Array<Maybe<ResolversTypes['TriggerVariableValue']>>>, ParentType, ContextType>;
  workflowId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workflowName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = PipelinesContext> = {
  AddDelegateScopePayload?: AddDelegateScopePayloadResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ArtifactSelection?: ArtifactSelectionResolvers<ContextType>;
  AttachScopeToDelegatePayload?: AttachScopeToDelegatePayloadResolvers<ContextType>;
  CreateDelegateTaskPayload?: CreateDelegateTaskPayloadResolvers<ContextType>;
  CreateDelegateTokenPayload?: CreateDelegateTokenPayloadResolvers<ContextType>;
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
  DeleteTriggerPayload?: DeleteTriggerPayloadResolvers<ContextType>;
  FromTriggeringAppManifest?: FromTriggeringAppManifestResolvers<ContextType>;
  FromTriggeringArtifactSource?: FromTriggeringArtifactSourceResolvers<ContextType>;
  FromTriggeringPipeline?: FromTriggeringPipelineResolvers<ContextType>;
  FromWebhookPayload?: FromWebhookPayloadResolvers<ContextType>;
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
  OnNewArtifact?: OnNewArtifactResolvers<ContextType>;
  OnNewManifest?: OnNewManifestResolvers<ContextType>;
  OnPipelineCompletion?: OnPipelineCompletionResolvers<ContextType>;
  OnSchedule?: OnScheduleResolvers<ContextType>;
  OnWebhook?: OnWebhookResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelineAction?: PipelineActionResolvers<ContextType>;
  PipelineConnection?: PipelineConnectionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordManifestVersionPayload?: RecordManifestVersionPayloadResolvers<ContextType>;
  Tag?: TagResolvers<ContextType>;
  Trigger?: TriggerResolvers<ContextType>;
  TriggerAction?: TriggerActionResolvers<ContextType>;
  TriggerCondition?: TriggerConditionResolvers<ContextType>;
  TriggerConnection?: TriggerConnectionResolvers<ContextType>;
  TriggerFiring?: TriggerFiringResolvers<ContextType>;
  TriggerFiringArtifact?: TriggerFiringArtifactResolvers<ContextType>;
  TriggerFiringConnection?: TriggerFiringConnectionResolvers<ContextType>;
  TriggerPayload?: TriggerPayloadResolvers<ContextType>;
  TriggerVariableValue?: TriggerVariableValueResolvers<ContextType>;
  UpdateTriggerPayload?: UpdateTriggerPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WebhookEvent?: WebhookEventResolvers<ContextType>;
  WebhoookDetails?: WebhoookDetailsResolvers<ContextType>;
  WorkflowAction?: WorkflowActionResolvers<ContextType>;
};

